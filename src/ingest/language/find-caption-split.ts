/**
 * Find where a caption or headline line that holds both languages switches
 * from one to the other: "…attended the forum.雙方近50家企業代表出席論壇。",
 * "…as Volunteers重慶市政府外辦百余名…", or Chinese first, English second.
 */
import type { Lang, Span } from '../../types';
import { countScripts, LATIN_LETTERS_PER_HAN } from './count-scripts';
import { PART_END } from '../ingest-patterns';

/** Where a caption line splits: the language of its first part, and the source offset of the second. */
export interface CaptionSplit {
  readonly first: Lang;
  readonly at: number;
}

/** Each part needs at least this many English words: two-word English names inside Chinese text are not captions. */
export const MIN_CAPTION_WORDS = 3;
/** And at least this many Han characters: a Chinese gloss of a name inside English text is not a caption. */
export const MIN_CAPTION_HAN = 4;
/**
 * Latin letters per Han character allowed between the two parts: the seed's
 * articles run from 3.95 to 5.45 and its caption lines from 4.0 to 5.7
 * (see count-scripts.ts); the window is a factor of three either side of 4.5.
 */
export const CAPTION_RATIO_RANGE: readonly [number, number] = [LATIN_LETTERS_PER_HAN / 3, LATIN_LETTERS_PER_HAN * 3];

type CharClass = 'han' | 'latin' | 'other';
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const OPENING = /[\p{Ps}\p{Pi}]/u;
const SPACE = /\s/u;
const DIGIT = /\p{Nd}/u;

/**
 * The split of a line that holds an English part and its Chinese translation
 * (either order), or `undefined` when the line is not such a caption: each
 * part must be written in one language (the English part without Han
 * characters, the Chinese part with at most as many Latin letters as Han
 * characters), long enough, and of comparable length.
 * @example findCaptionSplit('Nearly 50 guests attended.近50位嘉賓出席。', { start: 0, end: 36 }) //=> { first: 'en', at: 26 }
 */
export function findCaptionSplit(text: string, span: Span, skip: readonly Span[] = []): CaptionSplit | undefined {
  const classes = classify(text, span, skip);
  const firstHan = classes.findIndex((c) => c.kind === 'han');
  if (firstHan === -1) return undefined;
  const lastHan = findLastIndex(classes, (c) => c.kind === 'han');
  const firstLatinAfterHan = classes.findIndex((c, i) => i > lastHan && c.kind === 'latin');
  const candidates: { first: Lang; boundary: number }[] = [{ first: 'en', boundary: firstHan }];
  if (firstLatinAfterHan !== -1) candidates.push({ first: 'zh', boundary: firstLatinAfterHan });
  for (const { first, boundary } of candidates) {
    const at = splitPoint(text, classes, boundary);
    if (at === undefined) continue;
    const head = countScripts(text, { start: span.start, end: at }, skip);
    const tail = countScripts(text, { start: at, end: span.end }, skip);
    const [en, zh] = first === 'en' ? [head, tail] : [tail, head];
    if (en.han > 0 || en.latinWords < MIN_CAPTION_WORDS) continue;
    if (zh.han < MIN_CAPTION_HAN || zh.latinLetters > zh.han) continue;
    const ratio = en.latinLetters / zh.han;
    if (ratio < CAPTION_RATIO_RANGE[0] || ratio > CAPTION_RATIO_RANGE[1]) continue;
    return { first, at };
  }
  return undefined;
}

interface Classified {
  readonly kind: CharClass;
  readonly offset: number;
  readonly char: string;
}

function classify(text: string, span: Span, skip: readonly Span[]): Classified[] {
  const out: Classified[] = [];
  let skipIndex = 0;
  for (let offset = span.start; offset < span.end; ) {
    const skipped = skip[skipIndex];
    if (skipped !== undefined && offset >= skipped.start) {
      if (offset < skipped.end) offset = skipped.end;
      skipIndex++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
    const kind: CharClass = HAN.test(char) ? 'han' : LATIN.test(char) ? 'latin' : 'other';
    out.push({ kind, offset, char });
    offset += char.length;
  }
  return out;
}

/**
 * Where the second part starts, given the index of its first letter: after
 * the last punctuation mark that can end the first part ("forum.|2022年"),
 * else after the first space ("論壇 |2022 Forum"), else right before the
 * letter ("Volunteers|重慶", "COVID-19|疫情"), taking opening quotes along.
 */
function splitPoint(text: string, classes: readonly Classified[], boundary: number): number | undefined {
  let gapStart = boundary;
  while (gapStart > 0 && classes[gapStart - 1]?.kind === 'other') gapStart--;
  if (gapStart === 0) return undefined;
  const gap = classes.slice(gapStart, boundary);
  const lastEnd = findLastIndex(gap, (c, i) => PART_END.test(c.char) && !SPACE.test(c.char) && !betweenDigits(gap, i));
  if (lastEnd !== -1) {
    const after = gap[lastEnd];
    return after === undefined ? undefined : after.offset + after.char.length;
  }
  const firstSpace = gap.findIndex((c) => SPACE.test(c.char));
  if (firstSpace !== -1) {
    const space = gap[firstSpace];
    return space === undefined ? undefined : space.offset + space.char.length;
  }
  let start = boundary;
  while (start > gapStart && OPENING.test(classes[start - 1]?.char ?? '')) start--;
  return classes[start]?.offset;
}

/** "3.5", "1,000": a point or comma inside a number ends nothing. */
function betweenDigits(gap: readonly Classified[], index: number): boolean {
  return DIGIT.test(gap[index - 1]?.char ?? '') && DIGIT.test(gap[index + 1]?.char ?? '');
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item !== undefined && predicate(item, i)) return i;
  }
  return -1;
}
