/**
 * Pair organisations, events, titles and place names by CC-CEDICT
 * composition: the Chinese extent whose words' glosses account for the
 * English term, with the English head matched by the extent's last word.
 */
import type { TermType } from '../types';
import type { UnitAnalysis } from './analyze-unit';
import { endsWithTypeSuffix } from './chinese-candidates';
import { CHINESE_TITLE_WORDS } from './chinese-term-words';
import type { EnglishCandidate } from './english-candidates';
import { DEMONYM } from './english-patterns';
import { contentWords, expandAcronyms, type EnglishWord } from './english-words';
import { bestExtent, findWordHits, type Coverage } from './lexicon-coverage';
import type { PairContext } from './pair-context';
import type { TermProposal } from './term-proposal';

/**
 * Least share of the English words the Chinese must account for, and least
 * share of the Chinese characters accounted for. Set by hand on the
 * development fixture (test/fixtures/terms/seed-units.json): below these,
 * the pairs found were mostly wrong; see test/bench/terms.md.
 */
export const MIN_ENGLISH_COVERAGE = 0.7;
export const MIN_CHINESE_COVERAGE = 0.75;

/** A composition pair is weaker evidence than an exact pinyin spelling: its best score. */
const CEDICT_MAX_SCORE = 0.9;
/** A dictionary entry that is the name itself (明斯克 "Minsk, …") is strong evidence. */
const NAME_SCORE = 0.9;

/** Gloss stems that mark a proper noun as a place (重庆 "Chongqing municipality", 明斯克 "Minsk, capital of Belarus"). */
const PLACE_GLOSS_STEMS: ReadonlySet<string> = new Set(['capit', 'capital', 'city', 'country', 'province', 'provinc', 'municip', 'state', 'district', 'county', 'region', 'island', 'river', 'republic', 'prefectur']);

/**
 * Proposals of one unit by CC-CEDICT composition.
 * @example pairByCedict(analysis, context)[0] //=> { type: 'org', en: 'Foreign Affairs Office', zhHans: '外办', … }
 */
export function pairByCedict(analysis: UnitAnalysis, context: PairContext): TermProposal[] {
  const proposals: TermProposal[] = [];
  for (const candidate of analysis.english) {
    const proposal = candidate.kind === 'name' ? pairName(candidate, analysis, context) : pairTyped(candidate, analysis, context);
    if (proposal) proposals.push(proposal);
  }
  return proposals;
}

/**
 * Coverage of the best Chinese extent for a typed English candidate, or
 * undefined. Exported for the appositive method, which checks its parts.
 */
export function composeCandidate(
  candidate: EnglishCandidate,
  analysis: UnitAnalysis,
  context: PairContext,
): { coverage: Coverage; words: readonly EnglishWord[] } | undefined {
  const words = expandAcronyms(contentWords(candidate.tokens), context.acronyms);
  if (words.length === 0) return undefined;
  const headWords = words.flatMap((w, i) => (w.token >= candidate.head.start && w.token < candidate.head.end ? [i] : []));
  const hits = findWordHits(words, analysis, context.readings, context.glossIndex);
  const coverage = bestExtent(words, hits, analysis, { headWords });
  return coverage ? { coverage, words } : undefined;
}

function pairTyped(candidate: EnglishCandidate, analysis: UnitAnalysis, context: PairContext): TermProposal | undefined {
  const type = candidate.kind as TermType;
  const composed = composeCandidate(candidate, analysis, context);
  if (!composed) return undefined;
  const { coverage, words } = composed;
  if (coverage.english < MIN_ENGLISH_COVERAGE || coverage.chinese < MIN_CHINESE_COVERAGE) return undefined;
  const zhHans = analysis.hans.slice(coverage.span.start, coverage.span.end);
  // The Chinese must end like a term of that type: …办/…委员会 for an org, a title word for a title.
  if (!endsWithTypeSuffix(zhHans, type)) return undefined;
  // A one-word term is generic unless it is a title word ("Ambassador" ↔ 大使).
  if (words.length < 2 && !(type === 'title' && CHINESE_TITLE_WORDS.includes(zhHans) && coverage.english === 1)) return undefined;
  return proposal(type, candidate, analysis, coverage, coverage.score * CEDICT_MAX_SCORE);
}

/**
 * A bare proper name that one lexicon word translates and marks as a place:
 * its gloss starts with the name (白俄罗斯 "Belarus", 明斯克 "Minsk, capital
 * of Belarus") and segmentit tags it a place or the gloss says what kind.
 */
function pairName(candidate: EnglishCandidate, analysis: UnitAnalysis, context: PairContext): TermProposal | undefined {
  if (candidate.tokens.length === 1 && DEMONYM.test(candidate.text)) return undefined;
  // "Wanzhou" of "Wanzhou District" is paired with its head.
  if (analysis.english.some((c) => c.kind === 'place' && c.span.start === candidate.span.start && c.span.end > candidate.span.end)) return undefined;
  const name = candidate.text.toLowerCase().replace(/[’]/gu, "'");
  let found: { start: number; end: number; word: string } | undefined;
  for (const hit of analysis.lexiconHits) {
    if (!context.glossIndex.namesOf(hit.word).has(name)) continue;
    if (found && found.end - found.start >= hit.end - hit.start) continue;
    found = hit;
  }
  if (!found) return undefined;
  const place = found;
  const taggedPlace = analysis.words.some((w) => w.tag === 'place' && w.span.start <= place.start && w.span.end >= place.end);
  const stems = context.glossIndex.stemsOf(place.word);
  const glossPlace = stems !== undefined && [...stems].some((s) => PLACE_GLOSS_STEMS.has(s));
  if (!taggedPlace && !glossPlace) return undefined;
  const span = { start: place.start, end: place.end };
  return proposal('place', candidate, analysis, { span, english: 1, chinese: 1, score: 1 }, NAME_SCORE);
}

function proposal(type: TermType, candidate: EnglishCandidate, analysis: UnitAnalysis, coverage: Coverage, score: number): TermProposal {
  return {
    type,
    en: candidate.text,
    zhHans: analysis.hans.slice(coverage.span.start, coverage.span.end),
    unit: analysis.index,
    method: 'cedict',
    score,
    enSpan: candidate.span,
    hansSpan: coverage.span,
  };
}
