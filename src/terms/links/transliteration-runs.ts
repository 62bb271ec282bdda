/**
 * Where foreign names may stand in Chinese text: runs of transliteration
 * characters, with name separators (·) inside them, and the stretches of a
 * run that one name may occupy.
 */
import type { Span } from '../../types';
import { NAME_SEPARATORS } from './transliteration-chars';
import { appendAll } from '../../append-all';

/** A stretch of Simplified text that may hold one transliterated name. */
export interface NameStretch extends Span {
  readonly text: string;
  /** A whole run, or whole parts between separators. */
  readonly whole: boolean;
  /** Begins or ends inside a common word (波兰提 of 波兰提供): unlikely to be a name. */
  readonly cutsWord: boolean;
}

/** What cutting a common word costs a stretch, in similarity. */
const CUT_WORD_COST = 0.15;
/** How much less similar a whole run (or part) may sound and still win over a piece of one. */
const WHOLE_BONUS = 0.1;
/**
 * Characters that are often a word of their own right after a name and that
 * transliteration also uses (因 because, 在 at, 和 and, 将 will, …).
 */
const FUNCTION_CHAR_AFTER_NAME = /[因在和与将对向为被从把让给也称说于]$/u;

/**
 * How good a stretch is for a name that sounds `similarity` like it: whole
 * parts are preferred, cut words and a function character at the end are not.
 * @example stretchValue(0.8, { start: 0, end: 3, text: '约翰逊', whole: true, cutsWord: false }) //=> 0.9
 */
export function stretchValue(similarity: number, stretch: NameStretch): number {
  return (
    similarity +
    (stretch.whole ? WHOLE_BONUS : 0) -
    (stretch.cutsWord ? CUT_WORD_COST : 0) -
    (FUNCTION_CHAR_AFTER_NAME.test(stretch.text) ? WHOLE_BONUS : 0)
  );
}

/** Shortest run worth comparing, in characters. */
const MIN_RUN = 2;

/** Separators inside one transliterated name: the name dots, and a hyphen in double names (道格拉斯-戴维斯). */
const SEPARATORS: ReadonlySet<string> = new Set([...NAME_SEPARATORS, '-', '－']);

/** A common dictionary word (not a name): a run must not cut through one. */
export interface WordBounds {
  readonly start: number;
  readonly end: number;
}

/**
 * Maximal runs of transliteration characters, separators inside allowed;
 * where a run's edge cuts a common word, also the run without that piece.
 */
export function transliterationRuns(hans: string, chars: ReadonlySet<string>, commonWords: readonly WordBounds[] = []): NameStretch[] {
  const runs: NameStretch[] = [];
  let start = -1;
  let end = -1;
  const isNameChar = (i: number): boolean => chars.has(hans.charAt(i)) || SEPARATORS.has(hans.charAt(i - 1)) || SEPARATORS.has(hans.charAt(i + 1));
  for (let i = 0; i <= hans.length; i++) {
    const char = hans.charAt(i);
    if (i < hans.length && /\p{sc=Han}/u.test(char) && isNameChar(i)) {
      if (start < 0) start = i;
      end = i + 1;
    } else if (i < hans.length && start >= 0 && SEPARATORS.has(char) && /\p{sc=Han}/u.test(hans.charAt(i + 1))) {
      continue;
    } else {
      if (start >= 0) {
        // Both readings when a common word may overlap the edge (总理米哈伊尔 or 警长达伦: the
        // dictionary cannot tell); the name's sound decides between them.
        const trimmed = trimCommonWords(start, end, commonWords);
        const variants = trimmed.start === start && trimmed.end === end ? [trimmed] : [{ start, end }, trimmed];
        appendAll(variants, widenedVariants(hans, start, end, commonWords));
        // …and without a function character at an edge (阿里巴巴于, 当乔伊·卡伯里): the sound decides.
        const inner = { start: FUNCTION_CHARS.test(hans.charAt(start)) ? start + 1 : start, end: FUNCTION_CHAR_AFTER_NAME.test(hans.charAt(end - 1)) ? end - 1 : end };
        if (inner.start !== start || inner.end !== end) variants.push(inner);
        for (const run of variants) {
          if (run.end - run.start >= MIN_RUN) runs.push({ ...run, text: hans.slice(run.start, run.end), whole: true, cutsWord: cutsWord(run.start, run.end, commonWords) });
        }
      }
      start = -1;
    }
  }
  return runs;
}

/** One-character words that stand before names and never start one (和, 当, 由, 对, 被, …). */
const FUNCTION_CHARS = /^[和与及当在由对向被把将是的了等说称请让给跟同从为以于而且或但则即个位名家座艘架辆条只]$/u;
/** Most characters a separated name is widened by on the left. */
const MAX_WIDENING = 2;

/**
 * A name written with separators may begin with characters outside the
 * table (祖宾·加格, 易卜拉欣·莱希): the run one and two Han characters wider on
 * the left, where no common word or function character claims them. Not on
 * the right: a verb follows a name there (坎葆·恩塔万率团), and widening into
 * it cost more pairs than it found on the development sets.
 */
function widenedVariants(hans: string, start: number, end: number, commonWords: readonly WordBounds[]): { start: number; end: number }[] {
  if (!Array.from(hans.slice(start, end)).some((c) => SEPARATORS.has(c))) return [];
  const variants: { start: number; end: number }[] = [];
  const free = (i: number): boolean => {
    const char = hans.charAt(i);
    return /\p{sc=Han}/u.test(char) && !FUNCTION_CHARS.test(char) && !commonWords.some((w) => w.start <= i && i < w.end);
  };
  for (let s = start - 1; s >= 0 && start - s <= MAX_WIDENING && free(s); s--) variants.push({ start: s, end });
  return variants;
}

/** True when [start, end) begins or ends inside a common word. */
function cutsWord(start: number, end: number, words: readonly WordBounds[]): boolean {
  return words.some((w) => (w.start < start && start < w.end) || (w.start < end && end < w.end));
}

/** The run without the pieces of common words that start before it (理 of 总理) or end after it (因 of 因为). */
function trimCommonWords(start: number, end: number, words: readonly WordBounds[]): { start: number; end: number } {
  let s = start;
  let e = end;
  for (const w of words) {
    if (w.start < s && w.end > s && w.end <= e) s = w.end;
    if (w.start >= s && w.start < e && w.end > e) e = w.start;
  }
  return { start: s, end: e };
}

/**
 * The stretches a name may occupy in a run: whole parts between separators
 * (one or several in a row), or, in a run without separators, any stretch of
 * two characters or more (布里斯托尔港 holds 布里斯托尔; 阿富汗塔利班 holds 塔利班).
 * @example nameStretches({ start: 0, end: 7, text: '鲍里斯·约翰逊', whole: true, cutsWord: false }).map((s) => s.text) //=> ['鲍里斯', '鲍里斯·约翰逊', '约翰逊']
 */
export function nameStretches(run: NameStretch, commonWords: readonly WordBounds[] = []): NameStretch[] {
  const text = run.text;
  const parts: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SEPARATORS.has(text.charAt(i))) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  const stretches: NameStretch[] = [];
  const add = (a: number, b: number, whole: boolean): void => {
    const start = run.start + a;
    const end = run.start + b;
    stretches.push({ start, end, text: text.slice(a, b), whole, cutsWord: cutsWord(start, end, commonWords) });
  };
  if (parts.length > 1) {
    for (let a = 0; a < parts.length; a++) for (let b = a; b < parts.length; b++) add((parts[a] as [number, number])[0], (parts[b] as [number, number])[1], true);
    return stretches;
  }
  for (let a = 0; a < text.length; a++) for (let b = a + MIN_RUN; b <= text.length; b++) add(a, b, a === 0 && b === text.length);
  return stretches;
}
