/**
 * The Simplified analysis view of a Chinese text: segmentit and pinyin-pro are
 * far more accurate on Simplified script, so analysis runs on this view and
 * maps its offsets back to the original through `offsets`.
 */
import type { OffsetMap } from '../types';
import { toSimplified } from './convert-script';

/** A Simplified copy of a text, with a map from its offsets to the original's. */
export interface SimplifiedView {
  readonly text: string;
  /** Maps offsets in `text` to offsets in the original text. */
  readonly offsets: OffsetMap;
}

/**
 * Build the Simplified view of `text`.
 * @example
 * simplifiedView('重慶外辦').text //=> '重庆外办'
 */
export function simplifiedView(text: string): SimplifiedView {
  const converted = toSimplified(text);
  if (converted.length === text.length) return { text: converted, offsets: { breakpoints: [[0, 0]] } };
  // Rare: some character changed its UTF-16 width. Walk both by code point.
  const breakpoints: (readonly [number, number])[] = [[0, 0]];
  let original = 0;
  let derived = 0;
  const originalPoints = Array.from(text);
  const derivedPoints = Array.from(converted);
  if (originalPoints.length !== derivedPoints.length) {
    throw new Error('opencc changed the number of code points; the Simplified view cannot be mapped');
  }
  for (let i = 0; i < originalPoints.length; i++) {
    const a = originalPoints[i] ?? '';
    const b = derivedPoints[i] ?? '';
    original += a.length;
    derived += b.length;
    if (a.length !== b.length) breakpoints.push([derived, original]);
  }
  return { text: converted, offsets: { breakpoints } };
}
