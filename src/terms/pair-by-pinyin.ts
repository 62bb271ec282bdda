/**
 * Pair Chinese names and places by pinyin: "Wang Wen" ↔ 王雯, "Cheng Wendy"
 * ↔ 程文迪 (one letter off), "Wanzhou District" ↔ 万州区 (the name by pinyin,
 * the head by its usual Chinese suffix), "Chongqing" ↔ 重庆.
 */
import type { Span } from '../types';
import type { UnitAnalysis } from './analyze-unit';
import { CHINESE_PLACE_SUFFIXES, CHINESE_TITLE_WORDS, PLACE_HEAD_SUFFIXES } from './chinese-term-words';
import type { EnglishCandidate } from './english-candidates';
import { DEMONYM } from './english-patterns';
import { matchPinyin, type PinyinMatch } from './match-pinyin';
import type { PairContext } from './pair-context';
import type { TermProposal } from './term-proposal';

/**
 * Scores of one pinyin pair: an exact spelling of three syllables or more is
 * near proof; two syllables can meet by chance (周一 "Monday" reads like Zhou
 * Yi); one letter off (Wendy ~ di) is weaker. Set by hand, see
 * test/bench/terms.md for the precision they give.
 */
export const PINYIN_SCORES = { exactLong: 0.92, exactTwoSyllables: 0.85, approximate: 0.72 } as const;
/** Added when segmentit also tags the span as a name, or a title word stands right before it. */
const CONTEXT_BONUS = 0.05;
/** Names shorter than this (in syllables) are not matched: one syllable matches too much. */
const MIN_SYLLABLES = 2;

/**
 * Pinyin proposals of one unit.
 * @example pairByPinyin(analysisOf('Wang Wen spoke.', '王雯讲话。'), context)[0]?.zhHans //=> '王雯'
 */
export function pairByPinyin(analysis: UnitAnalysis, context: PairContext): TermProposal[] {
  const proposals: TermProposal[] = [];
  for (const candidate of analysis.english) {
    if (candidate.kind === 'name') proposals.push(...pairBareName(candidate, analysis, context));
    else if (candidate.kind === 'place') proposals.push(...pairPlace(candidate, analysis, context));
  }
  return proposals;
}

function pairBareName(candidate: EnglishCandidate, analysis: UnitAnalysis, context: PairContext): TermProposal[] {
  const words = candidate.tokens.map((t) => t.text);
  const [firstWord] = words;
  if (words.length === 1 && firstWord !== undefined && DEMONYM.test(firstWord)) return [];
  const followedByPlaceHead: boolean = analysis.english.some((c) => c.kind === 'place' && c.span.start === candidate.span.start && c.span.end > candidate.span.end);
  const matches = bestMatches(matchPinyin(words, analysis.hans, context.readings, { approximate: words.length > 1 }));
  const proposals: TermProposal[] = [];
  for (const match of matches) {
    // A dictionary word that is not this name (周一 "Monday" for "Zhou Yi") only sounds like it.
    const zh = analysis.hans.slice(match.start, match.end);
    if (context.glossIndex.stemsOf(zh) !== undefined && !context.glossIndex.leadingNamesOf(zh).has(candidate.text.toLowerCase())) continue;
    const next = analysis.hans.slice(match.end);
    const placeSuffixFollows = CHINESE_PLACE_SUFFIXES.some((s) => next.startsWith(s));
    const tagged = taggedAs(analysis, match, words.length === 1 ? 'place' : 'person');
    if (followedByPlaceHead) continue; // "Wanzhou" of "Wanzhou District" is paired with its head.
    if (words.length === 1) {
      // One word: a place only when segmentit says so (重庆, 四川); names of people need two words.
      if (!tagged) continue;
      proposals.push(proposal('place', candidate.text, candidate.span, analysis, match, scoreOf(match, false)));
    } else {
      if (placeSuffixFollows) continue; // a place name without its English head: not a person.
      const titleBefore = CHINESE_TITLE_WORDS.some((w) => analysis.hans.slice(0, match.start).endsWith(w));
      proposals.push(proposal('person', candidate.text, candidate.span, analysis, match, scoreOf(match, tagged || titleBefore)));
    }
  }
  return proposals;
}

/** "Wanzhou District" ↔ 万州区: the name by pinyin, then the suffix that translates the head. */
function pairPlace(candidate: EnglishCandidate, analysis: UnitAnalysis, context: PairContext): TermProposal[] {
  const name = candidate.tokens.slice(0, candidate.head.start);
  const head = candidate.tokens.slice(candidate.head.start, candidate.head.end).map((t) => t.text).join(' ');
  // Only "Name Head" places: "Committee of Liangjiang New Area" is not one.
  if (name.length === 0 || candidate.head.end !== candidate.tokens.length) return [];
  if (name.some((t) => !/^\p{Lu}/u.test(t.text))) return [];
  const suffixes = PLACE_HEAD_SUFFIXES[head] ?? [];
  const proposals: TermProposal[] = [];
  for (const match of bestMatches(matchPinyin(name.map((t) => t.text), analysis.hans, context.readings, { approximate: false }))) {
    const suffix = suffixes.find((s) => analysis.hans.startsWith(s, match.end));
    if (suffix === undefined) continue;
    const extended: PinyinMatch = { ...match, end: match.end + suffix.length };
    proposals.push(proposal('place', candidate.text, candidate.span, analysis, extended, scoreOf(match, true)));
  }
  return proposals;
}

/** Keep the exact matches when there are any; drop reversed ones when a straight one exists. */
function bestMatches(matches: readonly PinyinMatch[]): PinyinMatch[] {
  const usable = matches.filter((m) => m.syllables >= MIN_SYLLABLES);
  const exact = usable.filter((m) => m.distance === 0);
  const pool = exact.length > 0 ? exact : usable;
  const straight = pool.filter((m) => !m.reversed);
  return straight.length > 0 ? straight : pool;
}

function taggedAs(analysis: UnitAnalysis, match: PinyinMatch, tag: 'person' | 'place'): boolean {
  return analysis.words.some((w) => w.tag === tag && w.span.start < match.end && w.span.end > match.start);
}

function scoreOf(match: PinyinMatch, context: boolean): number {
  const base =
    match.distance > 0 ? PINYIN_SCORES.approximate : match.syllables >= 3 ? PINYIN_SCORES.exactLong : PINYIN_SCORES.exactTwoSyllables;
  return Math.min(1, base + (context ? CONTEXT_BONUS : 0));
}

function proposal(
  type: 'person' | 'place',
  en: string,
  enSpan: Span,
  analysis: UnitAnalysis,
  match: PinyinMatch,
  score: number,
): TermProposal {
  return {
    type,
    en,
    zhHans: analysis.hans.slice(match.start, match.end),
    unit: analysis.index,
    method: 'pinyin',
    score,
    enSpan,
    hansSpan: { start: match.start, end: match.end },
  };
}
