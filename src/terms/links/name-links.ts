/**
 * Links between capitalised English names and Chinese by sound: Chinese
 * names and places read in pinyin ("Wang Wen" ↔ 王雯, "Chongqing" ↔ 重庆),
 * and foreign names against Chinese transliterations ("Johnson" ↔ 约翰逊,
 * "Bristol" ↔ 布里斯托尔, "Boris Johnson" ↔ 鲍里斯·约翰逊).
 */
import { matchPinyin } from './match-pinyin';
import type { ReadingsOf } from './pinyin-key';
import type { ClassifiedToken } from '../english/classify-tokens';
import { transliterationSimilarity } from './sound-similarity';
import { nameStretches, stretchValue, transliterationRuns, type NameStretch } from './transliteration-runs';
import type { TermUnit } from '../units/analyze-term-unit';
import type { Link } from './link';
import { appendAll } from '../../append-all';

/** Longest run of name words matched as one name. */
const MAX_NAME_WORDS = 4;
/**
 * Least sound similarity for a transliteration link. Measured on the person
 * pairs of the WMT22 news development gold against the same names paired with
 * other names' Chinese: at 0.5, 134 of 141 right pairs pass and 6 of 141 wrong
 * ones (test/bench/terms.md).
 */
export const MIN_TRANSLITERATION_SIMILARITY = 0.5;
/** A transliteration link's score grows with its similarity, from 0.55 at the least to 0.9. */
const TRANSLITERATION_BASE = 0.2;
const TRANSLITERATION_WEIGHT = 0.7;
/** What sound links need beyond the unit. */
export interface NameLinkContext {
  readonly readings: ReadingsOf;
  /** Characters that transliterate foreign names. */
  readonly transliterationChars: ReadonlySet<string>;
}
/** Pinyin: an exact reading of two syllables or more, or one letter off. */
const PINYIN_SCORE = { exact: 0.9, approximate: 0.7 } as const;

/**
 * The sound links of one unit.
 */
export function nameLinks(unit: TermUnit, context: NameLinkContext): Link[] {
  const { readings } = context;
  const links: Link[] = [];
  const runs = nameRuns(unit.tokens);
  for (const run of runs) {
    for (let s = run.start; s < run.end; s++) {
      for (let e = s + 1; e <= run.end && e - s <= MAX_NAME_WORDS; e++) {
        const words = unit.tokens.slice(s, e).map((t) => t.text);
        for (const match of matchPinyin(words, unit.hans, readings)) {
          if (match.syllables < 2) continue;
          links.push({
            en: { start: s, end: e },
            zh: { start: match.start, end: match.end },
            method: 'pinyin',
            score: match.distance === 0 ? PINYIN_SCORE.exact : PINYIN_SCORE.approximate,
          });
        }
      }
    }
  }
  appendAll(links, transliterationLinks(unit, runs, context));
  return links;
}

/** A run of words that may be a name: capitalised, not function words, heads or posts. */
interface NameRun {
  readonly start: number;
  readonly end: number;
}

function isNameWord(token: ClassifiedToken): boolean {
  return (
    token.capitalised &&
    !token.acronym &&
    !token.number &&
    !token.functionWord &&
    !token.calendar &&
    !token.demonym &&
    !token.post &&
    token.headType === undefined &&
    /\p{L}{2}/u.test(token.text)
  );
}

function nameRuns(tokens: readonly ClassifiedToken[]): NameRun[] {
  const runs: NameRun[] = [];
  let start = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    const inRun = token !== undefined && (isNameWord(token) || (start >= 0 && token.particle && tokens[i + 1] !== undefined && isNameWord(tokens[i + 1] as ClassifiedToken)));
    if (inRun && start < 0) start = i;
    if (!inRun && start >= 0) {
      runs.push({ start, end: i });
      start = -1;
    }
  }
  return runs;
}

/**
 * Each name word (and run of name words) against the best-sounding stretch
 * of a transliteration run.
 */
function transliterationLinks(unit: TermUnit, runs: readonly NameRun[], context: NameLinkContext): Link[] {
  const commonWords = unit.hits.filter((h) => h.end - h.start >= 2 && !h.entry.proper);
  const seen = new Set<string>();
  const stretches = transliterationRuns(unit.hans, context.transliterationChars, commonWords)
    .flatMap((run) => nameStretches(run, commonWords))
    .filter((s) => !seen.has(`${s.start}:${s.end}`) && seen.add(`${s.start}:${s.end}`));
  if (stretches.length === 0) return [];
  const links: Link[] = [];
  for (const run of runs) {
    for (let s = run.start; s < run.end; s++) {
      for (let e = s + 1; e <= run.end && e - s <= MAX_NAME_WORDS; e++) {
        const name = unit.tokens.slice(s, e).map((t) => t.text).join(' ');
        let best: { stretch: NameStretch; similarity: number; value: number } | undefined;
        for (const stretch of stretches) {
          const similarity = transliterationSimilarity(name, stretch.text, context.readings);
          if (similarity < MIN_TRANSLITERATION_SIMILARITY) continue;
          const value = stretchValue(similarity, stretch);
          if (best === undefined || value > best.value || (value === best.value && stretch.end - stretch.start > best.stretch.end - best.stretch.start)) {
            best = { stretch, similarity, value };
          }
        }
        if (best) {
          const zh = { start: best.stretch.start, end: best.stretch.end };
          links.push({ en: { start: s, end: e }, zh, method: 'transliteration', score: TRANSLITERATION_BASE + TRANSLITERATION_WEIGHT * best.similarity });
        }
      }
    }
  }
  return links;
}
