/**
 * Pair organisations, events, titles and place names by CC-CEDICT
 * composition: the Chinese extent whose words' glosses account for the
 * English term, with the English head matched by the extent's last word.
 */
import type { Span, TermType } from '../types';
import type { UnitAnalysis } from './analyze-unit';
import { endsWithTypeSuffix } from './chinese-candidates';
import { CHINESE_TITLE_WORDS } from './chinese-term-words';
import type { EnglishCandidate } from './english-candidates';
import { DEMONYM } from './english-patterns';
import { contentWords, expandAcronyms, type EnglishWord } from './english-words';
import { findWordHits, type WordHit } from './find-word-hits';
import { bestExtent, type Coverage } from './lexicon-coverage';
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
/**
 * Deputy or vice in an English title head; 副 (or 常务副, "executive vice")
 * at the start of a Chinese title word.
 * @example DEPUTY_EN.test('Deputy Director-General') //=> true
 * @example DEPUTY_ZH.test('副主任') //=> true
 */
export const DEPUTY_EN: RegExp = /\b(?:Deputy|Vice)\b/u;
export const DEPUTY_ZH: RegExp = /^(?:常务)?副/u;
/** 驻 "stationed in": what follows it is where, the English "to …"/"in …". */
const STATIONED_IN = '驻';
const CHINESE_TITLE_WORDS_LONGEST_FIRST: readonly string[] = [...new Set(CHINESE_TITLE_WORDS)].sort((a, b) => b.length - a.length);

/**
 * A Chinese place name ending in an administrative unit (县, 市, 区, …; not
 * 州, which US states and oblasts carry in their plain Chinese names).
 * @example ADMINISTRATIVE_SUFFIX.test('扬州市') //=> true
 * @example ADMINISTRATIVE_SUFFIX.test('俄勒冈州') //=> false
 */
export const ADMINISTRATIVE_SUFFIX: RegExp = /[县市区镇乡村省]$/u;

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
    if (candidate.embedded) continue;
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
): { coverage: Coverage; words: readonly EnglishWord[]; hits: readonly WordHit[] } | undefined {
  const words = expandAcronyms(contentWords(candidate.tokens), context.acronyms);
  if (words.length === 0) return undefined;
  const headWords = words.flatMap((w, i) => (w.token >= candidate.head.start && w.token < candidate.head.end ? [i] : []));
  const hits = findWordHits(words, analysis, context.readings, context.glossIndex);
  const accept = (span: Span): boolean => consistent(candidate, words, hits, span, analysis);
  const coverage = bestExtent(words, hits, analysis, { headWords, accept });
  return coverage ? { coverage, words, hits } : undefined;
}

/**
 * Checks that no coverage score can make: a name the unit has on both sides
 * must be inside the pair on both ("Chongqing Foreign Affairs Office" is not
 * 外办 when 重庆 stands beside it); deputy must meet 副; and 驻 ("stationed
 * in") must meet the English "to"/"in" (白俄罗斯驻华大使 is the Belarusian
 * ambassador to China, not the Chinese ambassador to Belarus).
 */
function consistent(candidate: EnglishCandidate, words: readonly EnglishWord[], hits: readonly WordHit[], span: Span, analysis: UnitAnalysis): boolean {
  for (const [w, word] of words.entries()) {
    if (!word.proper) continue;
    // Named elsewhere in the unit, and nothing inside the extent stands for it.
    const named = hits.some((h) => h.word === w && h.isName);
    if (named && !hits.some((h) => h.word === w && h.start >= span.start && h.end <= span.end)) return false;
  }
  const zh = analysis.hans.slice(span.start, span.end);
  if (candidate.kind === 'title') {
    const head = candidate.tokens.slice(candidate.head.start, candidate.head.end).map((t) => t.text).join(' ');
    const titleWord = CHINESE_TITLE_WORDS_LONGEST_FIRST.find((t) => zh.endsWith(t)) ?? '';
    if (DEPUTY_EN.test(head) !== DEPUTY_ZH.test(titleWord)) return false;
  }
  if (analysis.hans.slice(0, span.start).endsWith(STATIONED_IN)) return false;
  const stationed = zh.indexOf(STATIONED_IN);
  if (stationed !== -1) {
    const locative = candidate.tokens.findIndex((t) => t.text === 'to' || t.text === 'in');
    if (locative === -1) return false;
    const after = span.start + stationed + STATIONED_IN.length;
    const next = hits.filter((h) => h.start === after);
    if (next.length === 0 || !next.every((h) => wordAt(words, h.word).token > locative)) return false;
  }
  return true;
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
/** The word a hit is for; every hit indexes the words it was found for. */
function wordAt(words: readonly EnglishWord[], index: number): EnglishWord {
  const word = words[index];
  if (word === undefined) throw new Error(`A hit for word ${index} of ${words.length}.`);
  return word;
}

function pairName(candidate: EnglishCandidate, analysis: UnitAnalysis, context: PairContext): TermProposal | undefined {
  if (candidate.tokens.length === 1 && DEMONYM.test(candidate.text)) return undefined;
  // "Wanzhou" of "Wanzhou District" is paired with its head.
  if (analysis.english.some((c) => c.kind === 'place' && c.span.start === candidate.span.start && c.span.end > candidate.span.end)) return undefined;
  const name = candidate.text.toLowerCase().replace(/’/gu, "'");
  let found: { start: number; end: number; word: string } | undefined;
  for (const hit of analysis.lexiconHits) {
    // One character (亚, 韩, 澳) abbreviates a name; it is not the name.
    if (hit.end - hit.start < 2 || !context.glossIndex.namesOf(hit.word).has(name)) continue;
    // 扬州市 and 奉节县 say "City" and "County", which the bare English name does not.
    if (ADMINISTRATIVE_SUFFIX.test(hit.word)) continue;
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
