/**
 * Extract a bilingual termbase from translation units. The steps:
 *
 * 1. check the units (typed errors for what cannot be read, issues for what
 *    is skipped);
 * 2. read term pairs over the corpus in two passes (`read-corpus-pairs.ts`):
 *    candidates on the English side, links to the Chinese by dictionary,
 *    sound, form, known pairs and association, one pair per candidate and unit;
 * 3. give each pair a confidence from its evidence (`confidence-model.ts`)
 *    and a type, and gather its examples;
 * 4. group the variants of one concept into entries;
 * 5. split at the confidence threshold into the termbase and the review list.
 */
import { TermsError, type Issue } from '../errors';
import { defaultLexicon } from '../lexicon/default-lexicon';
import type { Lexicon } from '../lexicon/lexicon';
import type { Term, TranslationUnit } from '../types';
import { termDictionary } from './dictionary/term-dictionary';
import { corpusWordFacts } from './english/corpus-word-facts';
import { modelMatchesFeatures, TERMS_MODEL } from './pairs/confidence-model';
import { readCorpusPairs } from './pairs/read-corpus-pairs';
import { createReadings } from './links/pinyin-key';
import { termsFromPairs } from './termbase/terms-from-pairs';
import { groupEntries, type TermEntry } from './termbase/group-entries';
import { compareTerms } from './termbase/compare-terms';

/** Tunable options of {@link extractTerms}, with defaults in {@link DEFAULT_EXTRACT_TERMS_OPTIONS}. */
export interface ExtractTermsTuning {
  /**
   * Pairs with a lower confidence go to `review`, not `terms`. The default is
   * the threshold fitted with the confidence model (see test/bench/terms.md).
   */
  readonly minConfidence: number;
  /** Pairs below this are dropped altogether: not worth a reviewer's time. Default 0.2. */
  readonly minReviewConfidence: number;
  /** Examples kept per term. Default 3. */
  readonly maxExamples: number;
}

/** Options of {@link extractTerms}. */
export interface ExtractTermsOptions extends Partial<ExtractTermsTuning> {
  /** CC-CEDICT or your own lexicon (`loadLexicon(path)`). Default: the shipped extract, loaded once. */
  readonly lexicon?: Lexicon | undefined;
  /**
   * Your termbase (`parseTermsTsv`, `parseTbx`): its pairs are known from the
   * start, as links wherever both sides occur in a unit.
   */
  readonly termbase?: readonly Term[] | undefined;
}

/**
 * Default tuning of {@link extractTerms}.
 * @example DEFAULT_EXTRACT_TERMS_OPTIONS.maxExamples //=> 3
 */
export const DEFAULT_EXTRACT_TERMS_OPTIONS: ExtractTermsTuning = {
  minConfidence: TERMS_MODEL.threshold,
  minReviewConfidence: 0.2,
  maxExamples: 3,
};

/** The termbase, the pairs held back for review, the concept entries, and problems with the input. */
export interface ExtractTermsResult {
  /** Pairs at or above `minConfidence`, sorted by type, English, Chinese; each names its entry. */
  readonly terms: Term[];
  /** Pairs below `minConfidence` (down to `minReviewConfidence`), same order: for a person to check. */
  readonly review: Term[];
  /** Concept entries of `terms`: the variants of one name together. Indices point into `terms`. */
  readonly entries: TermEntry[];
  readonly issues: Issue[];
}

/** A unit larger than this (either side) is skipped with an issue: no sentence-aligned unit is that long. */
const MAX_UNIT_CHARS = 1_000_000;

/**
 * Extract terms (people, organisations, places, titles, events) from units.
 * @example
 * const units = [
 *   { id: 'u1', en: 'The forum was co-hosted by Wang Wen, Director-General of the Foreign Affairs Office of the Chongqing Municipal Government.',
 *     zh: '論壇由重慶市政府外辦主任王雯主持。' },
 *   { id: 'u2', en: 'Wang Wen met the Consul General of Belarus in Chongqing.', zh: '王雯會見了白俄羅斯駐重慶總領事。' },
 * ];
 * const { terms } = extractTerms(units);
 * terms.find((t) => t.en === 'Wang Wen')?.zh //=> '王雯'
 */
export function extractTerms(units: readonly TranslationUnit[], options: ExtractTermsOptions = {}): ExtractTermsResult {
  const tuning = resolveTuning(options);
  const { usable, issues } = checkUnits(units);
  if (!modelMatchesFeatures(TERMS_MODEL)) throw new Error('The terms confidence model was fitted on other features: run npm run fit:terms.');
  const dictionary = termDictionary(options.lexicon ?? defaultLexicon());
  const resources = { dictionary, readings: createReadings(), facts: corpusWordFacts(usable, dictionary) };
  const userPairs = (options.termbase ?? []).map((t): [string, string] => [t.en, t.zhHans]);
  const reading = readCorpusPairs(usable, resources, userPairs);
  const scored = termsFromPairs(reading.pairs, reading.units, TERMS_MODEL, tuning.maxExamples).sort(compareTerms);
  const kept = scored.filter((t) => t.confidence >= tuning.minConfidence);
  const { terms, entries } = groupEntries(kept);
  const review = scored.filter((t) => t.confidence < tuning.minConfidence && t.confidence >= tuning.minReviewConfidence);
  return { terms, review, entries, issues };
}

function resolveTuning(options: ExtractTermsOptions): ExtractTermsTuning {
  const tuning: ExtractTermsTuning = {
    minConfidence: options.minConfidence ?? DEFAULT_EXTRACT_TERMS_OPTIONS.minConfidence,
    minReviewConfidence: options.minReviewConfidence ?? DEFAULT_EXTRACT_TERMS_OPTIONS.minReviewConfidence,
    maxExamples: options.maxExamples ?? DEFAULT_EXTRACT_TERMS_OPTIONS.maxExamples,
  };
  for (const name of ['minConfidence', 'minReviewConfidence'] as const) {
    const value = tuning[name];
    if (!(value >= 0 && value <= 1)) throw new TermsError('TERMS_INVALID_INPUT', `Expected ${name} in [0, 1], found ${String(value)}.`);
  }
  if (!(Number.isInteger(tuning.maxExamples) && tuning.maxExamples >= 0)) {
    throw new TermsError('TERMS_INVALID_INPUT', `Expected maxExamples to be a whole number ≥ 0, found ${String(tuning.maxExamples)}.`);
  }
  return tuning;
}

/**
 * The units that can be read, and an issue for each one skipped: an empty
 * side (nothing to pair), an oversized side, a repeated id.
 */
function checkUnits(units: readonly TranslationUnit[]): { usable: TranslationUnit[]; issues: Issue[] } {
  // Checked as unknown: Array.isArray would narrow `units` to any[] for the code below.
  const list: unknown = units;
  if (!Array.isArray(list)) throw new TermsError('TERMS_INVALID_INPUT', `Expected an array of translation units, found ${typeof units}.`);
  const issues: Issue[] = [];
  const usable: TranslationUnit[] = [];
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
    if (unit.en.trim().length === 0 || unit.zh.trim().length === 0) {
      issues.push({ severity: 'warning', code: 'TERMS_EMPTY_SIDE', message: `Unit "${unit.id}" has no ${unit.en.trim().length === 0 ? 'English' : 'Chinese'} text; it was skipped.` });
      continue;
    }
    if (unit.en.length > MAX_UNIT_CHARS || unit.zh.length > MAX_UNIT_CHARS) {
      issues.push({
        severity: 'warning',
        code: 'TERMS_UNIT_TOO_LONG',
        message: `Unit "${unit.id}" has ${Math.max(unit.en.length, unit.zh.length)} characters on one side (more than ${MAX_UNIT_CHARS}); it was skipped: align the text into sentences first.`,
      });
      continue;
    }
    usable.push(unit);
  }
  if (units.length === 0) issues.push({ severity: 'warning', code: 'TERMS_NO_UNITS', message: 'Expected translation units, found none: the termbase is empty.' });
  return { usable, issues };
}

/**
 * True when `unit` has string id, en and zh. The type says so already, but
 * units also come from JavaScript and JSON, so the values are checked anyway.
 */
function hasUnitFields(unit: unknown): unit is TranslationUnit {
  if (unit === null || typeof unit !== 'object') return false;
  const fields = unit as Readonly<Record<string, unknown>>;
  return typeof fields.en === 'string' && typeof fields.zh === 'string' && typeof fields.id === 'string';
}
