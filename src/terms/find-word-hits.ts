/**
 * The places in a unit's Chinese text that account for each word of an
 * English term: lexicon words whose CC-CEDICT glosses hold the word, and
 * pinyin spellings of capitalised words (重庆 for "Chongqing").
 */
import type { UnitAnalysis } from './analyze-unit';
import { stemsMatch } from './english-stem';
import type { EnglishWord } from './english-words';
import type { GlossIndex } from './gloss-index';
import { matchPinyin } from './match-pinyin';
import type { ReadingsOf } from './pinyin-key';

/** A Chinese span that accounts for (part of) one English word. */
export interface WordHit {
  readonly word: number;
  readonly start: number;
  readonly end: number;
  /** Share of the word accounted for: 1, or the share of its hyphen parts. */
  readonly credit: number;
  /** Hyphen parts of the word accounted for (all of them for a whole-word match). */
  readonly parts: readonly number[];
  /** Number of hyphen parts of the word (1 for a plain word). */
  readonly partCount: number;
  /**
   * True when the span is the word as a name: spelled by pinyin (重庆 for
   * "Chongqing"), or a dictionary word of two characters or more whose gloss
   * is that name (老挝 "Laos").
   */
  readonly isName: boolean;
  /**
   * Share of the span's characters accounted for: 1, unless the Chinese word
   * means much more than the English term says (全国人大常委会 "Standing
   * Committee of the National People's Congress" for "Standing Committee").
   */
  readonly charCredit: number;
}

/** Gloss words a Chinese word may have beyond the English term's before its characters count only in part. */
const MAX_UNMATCHED_GLOSS_WORDS = 1;

/** Shortest pinyin match accepted inside a name, in syllables (one syllable matches too much). */
const MIN_PINYIN_SYLLABLES = 2;

/**
 * Every Chinese span of the unit that accounts for one of `words`: lexicon
 * words whose glosses hold the word's stem (or its parts), and, for
 * capitalised words, exact pinyin spellings of two syllables or more.
 */
export function findWordHits(words: readonly EnglishWord[], analysis: UnitAnalysis, readings: ReadingsOf, glossIndex: GlossIndex): WordHit[] {
  const hits: WordHit[] = [];
  const charCredits = new Map<string, number>();
  for (const [w, word] of words.entries()) {
    for (const hit of analysis.lexiconHits) {
      const parts = partsCovered(word, hit.stems);
      if (parts.length === 0) continue;
      const credit = parts.length / word.parts.length;
      let charCredit = charCredits.get(hit.word);
      if (charCredit === undefined) {
        charCredit = glossUse(glossIndex.glossesOf(hit.word), words);
        charCredits.set(hit.word, charCredit);
      }
      const isName = word.proper && hit.end - hit.start >= 2 && glossIndex.namesOf(hit.word).has(word.text.toLowerCase());
      hits.push({ word: w, start: hit.start, end: hit.end, credit, parts, partCount: word.parts.length, charCredit, isName });
    }
    const ordinal = ORDINALS.get(word.stem) ?? ORDINALS.get(word.text.toLowerCase().replace(/(?<=\d)(?:st|nd|rd|th)$/u, ''));
    if (ordinal !== undefined) hits.push(...ordinalHits(w, word, ordinal, analysis.hans));
    if (word.proper) {
      for (const match of matchPinyin([word.text], analysis.hans, readings, { approximate: false })) {
        if (match.syllables >= MIN_PINYIN_SYLLABLES) {
          hits.push({ word: w, start: match.start, end: match.end, credit: 1, parts: word.parts.map((_, i) => i), partCount: word.parts.length, charCredit: 1, isName: true });
        }
      }
    }
  }
  return hits;
}

/** How fully the term uses the best of a word's glosses (1 when at most one gloss word is left over). */
function glossUse(glosses: readonly (readonly string[])[], words: readonly EnglishWord[]): number {
  let best = 0;
  for (const gloss of glosses) {
    const matched = gloss.filter((stem) => words.some((w) => stemsMatch(stem, w.stem) || w.parts.some((p) => stemsMatch(stem, p)))).length;
    const use = gloss.length - matched <= MAX_UNMATCHED_GLOSS_WORDS ? 1 : matched / gloss.length;
    best = Math.max(best, use);
  }
  return best;
}

/** Hyphen parts of the word a gloss accounts for: all when it holds the whole word ("consul-general"). */
function partsCovered(word: EnglishWord, stems: ReadonlySet<string>): number[] {
  if (hasStem(stems, word.stem)) return word.parts.map((_, i) => i);
  if (word.parts.length < 2) return [];
  return word.parts.flatMap((p, i) => (hasStem(stems, p) ? [i] : []));
}

/** Answers of {@link hasStem}, per gloss-stem set: the same lexicon words come up unit after unit. */
const stemAnswers = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

function hasStem(stems: ReadonlySet<string>, stem: string): boolean {
  if (stems.has(stem)) return true;
  if (stem.includes('-')) return false;
  let answers = stemAnswers.get(stems);
  if (!answers) {
    answers = new Map();
    stemAnswers.set(stems, answers);
  }
  let answer = answers.get(stem);
  if (answer === undefined) {
    answer = false;
    for (const s of stems) if (!s.includes('-') && stemsMatch(s, stem)) answer = true;
    answers.set(stem, answer);
  }
  return answer;
}

/**
 * English ordinals and the Chinese numerals that follow 第 ("Third" ↔ 第三届,
 * "23rd" ↔ 第23届): CC-CEDICT has no entry for these compositional forms.
 */
const ORDINALS: ReadonlyMap<string, string> = new Map([
  ['first', '一'], ['second', '二'], ['third', '三'], ['fourth', '四'], ['fifth', '五'], ['sixth', '六'], ['seventh', '七'],
  ['eighth', '八'], ['ninth', '九'], ['tenth', '十'],
  ...Array.from({ length: 99 }, (_, i) => [String(i + 1), String(i + 1)] as const),
]);

/**
 * 第 + numeral (+ a measure word for sessions: 届, 次, 期) as a hit for an ordinal.
 * @example ORDINAL_SPAN.exec('第三届中国')?.[0] //=> '第三届'
 */
export const ORDINAL_SPAN: RegExp = /第([一二三四五六七八九十]+|\d+)[届次期]?/gu;

function ordinalHits(w: number, word: EnglishWord, numeral: string, hans: string): WordHit[] {
  const hits: WordHit[] = [];
  for (const match of hans.matchAll(ORDINAL_SPAN)) {
    if (match[1] !== numeral) continue;
    hits.push({ word: w, start: match.index, end: match.index + match[0].length, credit: 1, parts: word.parts.map((_, i) => i), partCount: word.parts.length, charCredit: 1, isName: false });
  }
  return hits;
}
