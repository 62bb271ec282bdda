/**
 * Evidence of a Chinese sentence: dictionary words (longest match on the
 * Simplified view) with their CC-CEDICT translations, numbers, Latin words,
 * and pinyin keys for names.
 */
import { CHINESE_NUMERAL_RUN, CHINESE_TEXT_RUN } from '../align-patterns';
import { parseChineseNumber } from '../concepts/chinese-number';
import { englishWordConcepts, numberConcept } from '../concepts/english-word-concepts';
import { matchChineseWords } from '../lexicon/match-chinese-words';
import { type ChineseWordInfo, type DescribeContext, MAX_EVIDENCE_UNITS } from './describe-context';
import { markEntries } from './mark-items';
import { analyzeChineseTexts, type ChineseAnalysis } from './analyze-chinese-texts';
import type { EvidenceEntry, SentenceDescription } from './sentence-description';
import { ITEM_KIND, type ItemKind } from './sentence-evidence';
import { textLengths } from './text-lengths';

/** Name keys join 2 to this many syllables (王雯 → wangwen, 陈清扬 → chenqingyang). */
export const MAX_NAME_SYLLABLES = 4;
const MIN_NAME_SYLLABLES = 2;
const EMPTY: Int32Array = new Int32Array(0);
const NONE: readonly string[] = [];
const LARGE_UNIT_AFTER_DIGITS: ReadonlyMap<string, number> = new Map([['万', 1e4], ['亿', 1e8]]);

/**
 * Describe one Chinese sentence (either script).
 */
export function describeChineseSentence(
  text: string,
  context: DescribeContext,
  analysis: ChineseAnalysis = analyzeChineseTexts([text.slice(0, MAX_EVIDENCE_UNITS)], context.names)[0] as ChineseAnalysis,
): SentenceDescription {
  const simplified = analysis.simplified.slice(0, MAX_EVIDENCE_UNITS);
  const entries: EvidenceEntry[] = [];
  let words = 0;
  for (const match of simplified.matchAll(CHINESE_TEXT_RUN)) {
    const run = match[0];
    const first = run.codePointAt(0) ?? 0;
    if ((first >= 0x30 && first <= 0x39) || /^\p{N}/u.test(run)) {
      // 20万 is 200,000 and 3.5亿 350,000,000: a large unit right after the digits multiplies them.
      const unit = LARGE_UNIT_AFTER_DIGITS.get(simplified[match.index + run.length] ?? '') ?? 1;
      entries.push({ kind: ITEM_KIND.number, lexiconIds: [], keys: [numberConcept(Number(run.replaceAll(',', '')) * unit)], nameKeys: NONE, word: undefined });
      words++;
    } else if (/^\p{Script=Han}/u.test(run)) {
      words += describeHanRun(run, analysis.syllableAt?.slice(match.index, match.index + run.length), context, entries);
    } else {
      entries.push({ kind: ITEM_KIND.word, lexiconIds: [], keys: englishWordConcepts(run), nameKeys: NONE, word: undefined });
      words++;
    }
  }
  for (const entry of markEntries(text.slice(0, MAX_EVIDENCE_UNITS))) entries.push(entry);
  return { lengths: { ...textLengths(text), words }, entries };
}

/** Add the entries of one Han run; returns its number of words. */
function describeHanRun(
  run: string,
  syllableAt: readonly (string | undefined)[] | undefined,
  context: DescribeContext,
  entries: EvidenceEntry[],
): number {
  const words = context.lexicon ? mergeNumerals(matchChineseWords(run, context.lexicon.words)) : Array.from(run);
  // One syllable per code point of the run.
  const syllables = syllableAt ? syllableAt.filter((s): s is string => s !== undefined) : [];
  let charIndex = 0; // index into `syllables`
  for (const word of words) {
    const info = wordInfo(word, context);
    let nameKeys = NONE;
    if (info.mayStartName && charIndex + MIN_NAME_SYLLABLES <= syllables.length) {
      const keys: string[] = [];
      let key = `py:${syllables[charIndex] ?? ''}`;
      for (let n = 2; n <= MAX_NAME_SYLLABLES && charIndex + n <= syllables.length; n++) {
        key += syllables[charIndex + n - 1] ?? '';
        keys.push(key);
      }
      nameKeys = keys;
    }
    entries.push({ kind: info.kind, lexiconIds: info.lexiconIds, keys: info.keys, nameKeys, word });
    charIndex += codePoints(word);
  }
  return words.length;
}

function wordInfo(word: string, context: DescribeContext): ChineseWordInfo {
  const known = context.chineseWords.get(word);
  if (known) return known;
  const translations = context.lexicon?.translations.get(word) ?? EMPTY;
  const lexiconIds: number[] = Array.from(translations);
  let keys = NONE;
  let kind: ItemKind = ITEM_KIND.word;
  if (isNumeral(word)) {
    const value = parseChineseNumber(word);
    if (value !== undefined && (word.length > 1 || translations.length === 0)) {
      keys = [numberConcept(value)];
      kind = ITEM_KIND.number;
    }
  }
  if (lexiconIds.length === 0 && keys.length === 0) kind = ITEM_KIND.pinyin;
  // Names start with a surname (one character) or are unknown or proper nouns in CC-CEDICT.
  const mayStartName = word.length === 1 || kind === ITEM_KIND.pinyin || (context.lexicon?.properNouns.has(word) ?? false);
  const info = { lexiconIds, keys, kind, mayStartName };
  context.chineseWords.set(word, info);
  return info;
}

function codePoints(word: string): number {
  let count = 0;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code < 0xdc00 || code > 0xdfff) count++; // low surrogates continue a code point
  }
  return count;
}

function isNumeral(word: string): boolean {
  const match = CHINESE_NUMERAL_RUN.exec(word);
  return match !== null && match[0].length === word.length;
}

/** Join neighbouring all-numeral words (三千|五百 → 三千五百, 一|九|八|六 → 一九八六). */
function mergeNumerals(words: readonly string[]): string[] {
  const merged: string[] = [];
  for (const word of words) {
    const last = merged.at(-1);
    if (last !== undefined && isNumeral(last) && isNumeral(word) && parseChineseNumber(last + word) !== undefined) {
      merged[merged.length - 1] = last + word;
    } else {
      merged.push(word);
    }
  }
  return merged;
}
