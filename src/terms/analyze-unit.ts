/**
 * Everything the pairing methods need to know about one unit, computed once:
 * the Simplified view of the Chinese side, English and Chinese candidates,
 * segmentit words, and the lexicon words found in the Chinese text.
 */
import { simplifiedView } from '../chinese/simplified-view';
import { mapSpan } from '../offset-map';
import type { ChineseWord, ChineseWordSegmenter } from '../segment/tokenize-chinese';
import type { OffsetMap, Span, TranslationUnit } from '../types';
import { findChineseCandidates, type ChineseCandidate } from './chinese-candidates';
import { findEnglishCandidates, type EnglishCandidate } from './english-candidates';
import type { GlossIndex } from './gloss-index';

/** A lexicon word found in the Simplified text, with its gloss stems. */
export interface LexiconHit {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly stems: ReadonlySet<string>;
}

/** One unit, analysed. Chinese spans are in the Simplified view unless named `zhSpan`. */
export interface UnitAnalysis {
  /** Index of the unit in the input list. */
  readonly index: number;
  readonly unit: TranslationUnit;
  /** Simplified view of `unit.zh`. */
  readonly hans: string;
  readonly hansOffsets: OffsetMap;
  readonly english: readonly EnglishCandidate[];
  readonly chinese: readonly ChineseCandidate[];
  /** segmentit words over `hans` (spans in `hans`), or empty without a segmenter. */
  readonly words: readonly ChineseWord[];
  /** Lexicon words in `hans`, sorted by start then length. */
  readonly lexiconHits: readonly LexiconHit[];
}

/**
 * Analyse one unit.
 * @example analyzeUnit({ id: 'u1', en: 'Wang Wen', zh: '王雯' }, 0, glossIndex, undefined).hans //=> '王雯'
 */
export function analyzeUnit(
  unit: TranslationUnit,
  index: number,
  glossIndex: GlossIndex,
  segmenter: ChineseWordSegmenter | undefined,
): UnitAnalysis {
  const view = simplifiedView(unit.zh);
  // segmentit on the Simplified view itself, so its spans are offsets in `hans`.
  const words = segmenter ? segmenter.tokenize(view.text) : [];
  return {
    index,
    unit,
    hans: view.text,
    hansOffsets: view.offsets,
    english: findEnglishCandidates(unit.en),
    chinese: findChineseCandidates(view.text, segmenter ? words : undefined),
    words,
    lexiconHits: findLexiconHits(view.text, glossIndex),
  };
}

/** Every lexicon word of length ≥ 1 at every position (all of them, not one segmentation). */
function findLexiconHits(hans: string, glossIndex: GlossIndex): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (let start = 0; start < hans.length; start++) {
    for (let length = 1; length <= glossIndex.maxWordLength && start + length <= hans.length; length++) {
      const word = hans.slice(start, start + length);
      const stems = glossIndex.stemsOf(word);
      if (stems) hits.push({ start, end: start + length, word, stems });
    }
  }
  return hits;
}

/**
 * A span of the Simplified view as a span of the original Chinese text.
 * @example zhSpanOf(analysis, { start: 0, end: 2 }) //=> { start: 0, end: 2 }
 */
export function zhSpanOf(analysis: UnitAnalysis, hansSpan: Span): Span {
  return mapSpan(analysis.hansOffsets, hansSpan);
}

/**
 * The analysis of unit `unit` (a proposal's or an index's unit number). A
 * number with no analysis is a bug in the stage, not a user mistake.
 * @example analysisAt(analyses, 0) === analyses[0] //=> true
 */
export function analysisAt(analyses: readonly UnitAnalysis[], unit: number): UnitAnalysis {
  const analysis = analyses[unit];
  if (analysis === undefined) throw new Error(`No analysis for unit ${unit} of ${analyses.length}.`);
  return analysis;
}
