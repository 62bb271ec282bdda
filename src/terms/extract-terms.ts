/**
 * Extract a bilingual termbase from translation units: find candidates on
 * each side of every unit, pair them by several methods, merge the pairs
 * over the corpus, and split them at a confidence threshold.
 */
import { TermsError, type Issue } from '../errors';
import type { Lexicon } from '../lexicon/lexicon';
import type { ChineseWordSegmenter } from '../segment/tokenize-chinese';
import type { Term, TranslationUnit } from '../types';
import { aggregateProposals } from './aggregate-terms';
import { analyzeUnit, type UnitAnalysis } from './analyze-unit';
import { findAcronyms } from './find-acronyms';
import { dropNestedPairs } from './drop-nested-pairs';
import { createGlossIndex } from './gloss-index';
import { pairByAppositive } from './pair-by-appositive';
import { pairByAssociation } from './pair-by-association';
import { pairByCedict } from './pair-by-cedict';
import { pairByPinyin } from './pair-by-pinyin';
import { pairByTransliteration } from './pair-by-transliteration';
import { pairShortForms } from './pair-short-forms';
import type { PairContext } from './pair-context';
import { createReadings } from './pinyin-key';
import type { TermProposal } from './term-proposal';

/** Tunable options of {@link extractTerms}, with defaults in {@link DEFAULT_EXTRACT_TERMS_OPTIONS}. */
export interface ExtractTermsTuning {
  /**
   * Pairs with a lower confidence go to `review`, not `terms`. Default 0.7:
   * on the hand-checked seed units the pairs at or above it were 97 % right,
   * the ones below it 67 % (see test/bench/terms.md).
   */
  readonly minConfidence: number;
  /** Examples kept per term. Default 3. */
  readonly maxExamples: number;
}

/** Options of {@link extractTerms}: the resources (loaded by the caller) and the tuning. */
export interface ExtractTermsOptions extends Partial<ExtractTermsTuning> {
  /** CC-CEDICT, from `loadLexicon()`. Required: organisations and titles are paired through it. */
  readonly lexicon: Lexicon;
  /**
   * segmentit, from `loadChineseWordSegmenter()`. Optional: without it,
   * place names that only segmentit recognises (重庆 ↔ Chongqing alone) are
   * not paired and person pairs lose a confirmation.
   */
  readonly segmenter?: ChineseWordSegmenter | undefined;
}

/**
 * Default tuning of {@link extractTerms}.
 * @example DEFAULT_EXTRACT_TERMS_OPTIONS //=> { minConfidence: 0.7, maxExamples: 3 }
 */
export const DEFAULT_EXTRACT_TERMS_OPTIONS: ExtractTermsTuning = { minConfidence: 0.7, maxExamples: 3 };

/** The termbase, the pairs held back for review, and problems with the input. */
export interface ExtractTermsResult {
  /** Pairs at or above `minConfidence`, sorted by type, English, Chinese. */
  readonly terms: Term[];
  /** Pairs below `minConfidence`, same order: candidates for a person to check. */
  readonly review: Term[];
  readonly issues: Issue[];
}

/**
 * Extract terms (people, organisations, places, titles, events) from units.
 * @example
 * const units = [
 *   { id: 'u1', en: 'The forum was co-hosted by Wang Wen, Director-General of the Foreign Affairs Office of the Chongqing Municipal Government, and Dmitry Emelyanov, Consul General of Belarus in Chongqing.',
 *     zh: '論壇由重慶市政府外辦主任王雯和白俄羅斯駐重慶總領事葉梅利亞諾夫共同主持。' },
 *   { id: 'u2', en: 'Wang Wen met Consul General Emelyanov in Chongqing on November 15th, 2022.', zh: '2022年11月15日，王雯在重慶會見葉梅利亞諾夫總領事。' },
 *   { id: 'u3', en: 'Xie Xiaoyong, Chinese Ambassador to Belarus, attended the forum.', zh: '中國駐白俄羅斯大使謝小用出席論壇。' },
 * ];
 * const { terms, review } = extractTerms(units, { lexicon: loadLexicon(), segmenter: loadChineseWordSegmenter() });
 * terms.find((t) => t.en === 'Wang Wen')?.zh //=> '王雯'
 * review.map((t) => [t.en, t.zh, Number(t.confidence.toFixed(2))]) //=> [['Director-General', '主任', 0.68]]
 */
export function extractTerms(units: readonly TranslationUnit[], options: ExtractTermsOptions): ExtractTermsResult {
  const tuning: ExtractTermsTuning = {
    minConfidence: options.minConfidence ?? DEFAULT_EXTRACT_TERMS_OPTIONS.minConfidence,
    maxExamples: options.maxExamples ?? DEFAULT_EXTRACT_TERMS_OPTIONS.maxExamples,
  };
  const issues = checkUnits(units, tuning);
  const glossIndex = createGlossIndex(options.lexicon);
  const analyses = units.map((unit, i) => analyzeUnit(unit, i, glossIndex, options.segmenter));
  const context: PairContext = { glossIndex, readings: createReadings(), acronyms: findAcronyms(units) };
  // 1. Each unit on its own: names, dictionary composition, appositives.
  const proposals = analyses.flatMap((analysis) => pairUnit(analysis, context));
  // 2. Over the corpus: co-occurrence support, then forms derived from the pairs found.
  proposals.push(...pairByAssociation(analyses, proposals, context));
  proposals.push(...pairShortForms(analyses, proposals, context));
  // 3. One term per pair, split at the threshold.
  const { terms, review } = aggregateProposals(proposals, analyses, tuning);
  return { terms, review, issues };
}

/**
 * The methods run on each unit, in order: names first (pinyin, then
 * transliteration for the names pinyin did not explain), then dictionary
 * composition, then the appositive cue, which builds on the names found.
 */
function pairUnit(analysis: UnitAnalysis, context: PairContext): TermProposal[] {
  const names = pairByPinyin(analysis, context);
  names.push(...pairByTransliteration(analysis, names, context));
  const composed = pairByCedict(analysis, context);
  const appositive = pairByAppositive(analysis, names, context);
  return dropNestedPairs([...names, ...composed, ...appositive]);
}

function checkUnits(units: readonly TranslationUnit[], tuning: ExtractTermsTuning): Issue[] {
  // Checked as unknown: Array.isArray would narrow `units` to any[] for the code below.
  const list: unknown = units;
  if (!Array.isArray(list)) throw new TermsError('TERMS_INVALID_INPUT', `Expected an array of translation units, found ${typeof units}.`);
  if (!(tuning.minConfidence >= 0 && tuning.minConfidence <= 1)) {
    throw new TermsError('TERMS_INVALID_INPUT', `Expected minConfidence in [0, 1], found ${String(tuning.minConfidence)}.`);
  }
  if (!(Number.isInteger(tuning.maxExamples) && tuning.maxExamples >= 0)) {
    throw new TermsError('TERMS_INVALID_INPUT', `Expected maxExamples to be a whole number ≥ 0, found ${String(tuning.maxExamples)}.`);
  }
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const [i, unit] of units.entries()) {
    if (!hasUnitFields(unit)) {
      // JSON.stringify gives undefined, not a string, for undefined (a hole in the array, say).
      const found = JSON.stringify(unit) as string | undefined;
      throw new TermsError('TERMS_INVALID_INPUT', `Expected unit ${i} to have string id, en and zh, found ${found?.slice(0, 80)}.`);
    }
    if (seen.has(unit.id)) {
      issues.push({ severity: 'warning', code: 'TERMS_DUPLICATE_UNIT_ID', message: `Unit id "${unit.id}" occurs more than once; term evidence naming it is ambiguous.` });
    }
    seen.add(unit.id);
  }
  return issues;
}

/**
 * True when `unit` has string id, en and zh. The type says so already, but
 * units also come from JavaScript and JSON, so the values are checked anyway.
 */
function hasUnitFields(unit: unknown): boolean {
  if (unit === null || typeof unit !== 'object') return false;
  const fields = unit as Readonly<Record<string, unknown>>;
  return typeof fields.en === 'string' && typeof fields.zh === 'string' && typeof fields.id === 'string';
}
