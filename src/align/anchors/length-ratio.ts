/**
 * The length ratio of a text pair (English bytes per Chinese byte). It differs
 * by genre (1.14 on the literary dev set, 0.98 on the academic one), so it is
 * estimated per text pair from the totals of both sides. When that total
 * ratio is implausible (one side holds much untranslated text), the anchors'
 * ratio is used instead if there are enough anchors, and the result is kept
 * within the plausible range. (The anchors' ratio is not the first choice:
 * on mac-dev it costs 0.02 F1, anchors being a biased sample of easy pairs.)
 */
import type { AlignDocument } from '../evidence/describe-document';
import type { Anchor } from './find-anchors';
import { at } from '../../checked';

/** With at least this many anchors, their ratio is used. */
export const MIN_RATIO_ANCHORS = 10;
/**
 * Plausible range of the ratio, in UTF-8 bytes (whitespace excluded). Wide
 * around the dev sets' 0.98 … 1.14: it only guards against a side holding far
 * more text than the other.
 */
export const RATIO_RANGE: readonly [number, number] = [0.5, 2];

/**
 * English length per Chinese length for the length model.
 */
export function estimateLengthRatio(document: AlignDocument, anchors: readonly Anchor[]): number {
  let ratio = document.lengthRatio;
  const plausible = ratio >= RATIO_RANGE[0] && ratio <= RATIO_RANGE[1];
  if (!plausible && anchors.length >= MIN_RATIO_ANCHORS) {
    let zh = 0;
    let en = 0;
    for (const anchor of anchors) {
      zh += at(document.zhLengths, anchor.zh + 1, 'estimateLengthRatio: zh length') - at(document.zhLengths, anchor.zh, 'estimateLengthRatio: zh length');
      en += at(document.enLengths, anchor.en + 1, 'estimateLengthRatio: en length') - at(document.enLengths, anchor.en, 'estimateLengthRatio: en length');
    }
    if (zh > 0 && en > 0) ratio = en / zh;
  }
  return Math.min(RATIO_RANGE[1], Math.max(RATIO_RANGE[0], ratio));
}
