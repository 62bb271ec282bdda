/**
 * Pair foreign names with their Chinese transliterations by sound:
 * "Emelyanov" ↔ 叶梅利亚诺夫, "Yuri Senko" ↔ 尤里·先科, "Kapyl District" ↔
 * 科佩尔区. A similar sound alone is weak evidence, so a pair also needs a
 * cue: a title word beside the Chinese name, a name separator (·), or, for
 * places, the suffix that translates the English head.
 */
import type { Span } from '../types';
import type { UnitAnalysis } from './analyze-unit';
import { CHINESE_PLACE_SUFFIXES, CHINESE_TITLE_WORDS, PLACE_HEAD_SUFFIXES } from './chinese-term-words';
import type { EnglishCandidate } from './english-candidates';
import { DEMONYM } from './english-patterns';
import type { PairContext } from './pair-context';
import type { TermProposal } from './term-proposal';
import { NAME_SEPARATORS } from './transliteration-chars';
import { transliterationSimilarity } from './transliteration-similarity';

/**
 * Least sound similarity for a pair. Set by hand: at 0.75 a three-consonant
 * skeleton may differ in none, a four-or-more one in one consonant.
 */
export const MIN_TRANSLITERATION_SIMILARITY = 0.75;
/**
 * Least sound similarity when the structure vouches for the pair: a title
 * beside the name on both sides and a full name with a separator in Chinese
 * ("Khamphao Ernthavanh, Ambassador of Laos …" ↔ "…大使坎葆·恩塔万"). Set by hand.
 */
export const MIN_CUED_SIMILARITY = 0.5;
/** Score = base + weight × similarity + cue bonuses; set by hand (see test/bench/terms.md). */
const BASE_SCORE = 0.45;
const SIMILARITY_WEIGHT = 0.35;
const TITLE_CUE_BONUS = 0.1;
const SEPARATOR_CUE_BONUS = 0.05;
/** Shortest single English word tried alone ("Senko" yes, "Li" no). */
const MIN_WORD_LENGTH = 4;

interface Option {
  readonly en: string;
  readonly enSpan: Span;
  readonly hansSpan: Span;
  readonly similarity: number;
  readonly candidate: EnglishCandidate;
  /** True when the English side is the whole name, not some of its words. */
  readonly wholeName: boolean;
}

/**
 * Transliteration proposals of one unit, for names that `known` (the pinyin
 * proposals) did not explain.
 * @example pairByTransliteration(analysisOf('Dmitry Emelyanov, Consul-General', '总领事叶梅利亚诺夫'), [], context)[0]?.en //=> 'Emelyanov'
 */
export function pairByTransliteration(analysis: UnitAnalysis, known: readonly TermProposal[], context: PairContext): TermProposal[] {
  const proposals: TermProposal[] = [];
  const usedHans: Span[] = known.map((p) => p.hansSpan);
  const usedEn: Span[] = known.map((p) => p.enSpan);
  const englishNames = new Set(analysis.english.map((c) => c.text.toLowerCase()));
  const runs = analysis.chinese.filter((c) => c.source === 'transliteration' && !isKnownWord(c.text, englishNames, context));
  // Places first: "Kapyl District" ↔ 科佩尔区, the suffix standing for the head.
  for (const candidate of analysis.english) {
    if (candidate.kind !== 'place' || overlapsAny(candidate.span, usedEn)) continue;
    const proposal = pairPlace(candidate, analysis, runs, context);
    if (proposal && !overlapsAny(proposal.hansSpan, usedHans)) {
      proposals.push(proposal);
      usedHans.push(proposal.hansSpan);
      usedEn.push(proposal.enSpan);
    }
  }
  // Then people, best pairs first, each name and each run used once.
  const options: Option[] = [];
  const names = analysis.english.filter((c) => c.kind === 'name' && !overlapsAny(c.span, usedEn) && !followedByHead(c, analysis));
  for (const name of names) {
    for (const run of runs) {
      if (overlapsAny(run.span, usedHans)) continue;
      if (CHINESE_PLACE_SUFFIXES.some((s) => analysis.hans.startsWith(s, run.span.end))) continue;
      for (const en of englishOptions(name)) {
        for (const hansSpan of chineseOptions(run.span, analysis.hans)) {
          // One English word for one Chinese part, n words for n parts: 梅尔·默梅尔斯坦 is not "Mermelstein".
          if (partCount(analysis.hans.slice(hansSpan.start, hansSpan.end)) !== en.words) continue;
          const similarity = transliterationSimilarity(en.text, analysis.hans.slice(hansSpan.start, hansSpan.end), context.readings);
          if (similarity >= MIN_CUED_SIMILARITY) options.push({ en: en.text, enSpan: en.span, hansSpan, similarity, candidate: name, wholeName: en.words === name.tokens.length });
        }
      }
    }
  }
  options.sort((a, b) => b.similarity - a.similarity || b.hansSpan.end - b.hansSpan.start - (a.hansSpan.end - a.hansSpan.start) || a.hansSpan.start - b.hansSpan.start);
  const usedNames = new Set<EnglishCandidate>();
  for (const option of options) {
    if (usedNames.has(option.candidate) || overlapsAny(option.hansSpan, usedHans)) continue;
    const titleCue = titleBeside(analysis.hans, option.hansSpan);
    const separatorCue = Array.from(analysis.hans.slice(option.hansSpan.start, option.hansSpan.end)).some((c) => NAME_SEPARATORS.has(c));
    if (!titleCue && !separatorCue) continue;
    const structural = titleCue && separatorCue && option.wholeName && englishTitleBeside(analysis, option.candidate);
    if (option.similarity < MIN_TRANSLITERATION_SIMILARITY && !structural) continue;
    usedNames.add(option.candidate);
    usedHans.push(option.hansSpan);
    const score = BASE_SCORE + SIMILARITY_WEIGHT * option.similarity + (titleCue ? TITLE_CUE_BONUS : 0) + (separatorCue ? SEPARATOR_CUE_BONUS : 0);
    proposals.push({
      type: 'person',
      en: option.en,
      zhHans: analysis.hans.slice(option.hansSpan.start, option.hansSpan.end),
      unit: analysis.index,
      method: 'transliteration',
      score: Math.min(1, score),
      enSpan: option.enSpan,
      hansSpan: option.hansSpan,
    });
  }
  return proposals;
}

function pairPlace(
  candidate: EnglishCandidate,
  analysis: UnitAnalysis,
  runs: readonly { readonly span: Span }[],
  context: PairContext,
): TermProposal | undefined {
  // One name word before the head, and the head ends the candidate ("Wanzhou District").
  const nameWords = candidate.tokens.slice(0, candidate.head.start);
  const name = nameWords.length === 1 ? nameWords[0] : undefined;
  if (name === undefined || candidate.head.end !== candidate.tokens.length) return undefined;
  const head = candidate.tokens.slice(candidate.head.start).map((t) => t.text).join(' ');
  const suffixes = PLACE_HEAD_SUFFIXES[head] ?? [];
  let best: { span: Span; similarity: number } | undefined;
  for (const run of runs) {
    // The run may have swallowed the suffix's first character (尔 and 区 are apart, but 城 or 州 may not be).
    for (const end of [run.span.end, run.span.end - 1]) {
      const suffix = suffixes.find((s) => analysis.hans.startsWith(s, end));
      if (suffix === undefined || end - run.span.start < 2) continue;
      const similarity = transliterationSimilarity(name.text, analysis.hans.slice(run.span.start, end), context.readings);
      if (similarity >= MIN_TRANSLITERATION_SIMILARITY && (!best || similarity > best.similarity)) {
        best = { span: { start: run.span.start, end: end + suffix.length }, similarity };
      }
    }
  }
  if (!best) return undefined;
  return {
    type: 'place',
    en: candidate.text,
    zhHans: analysis.hans.slice(best.span.start, best.span.end),
    unit: analysis.index,
    method: 'transliteration',
    score: Math.min(1, BASE_SCORE + SIMILARITY_WEIGHT * best.similarity + TITLE_CUE_BONUS),
    enSpan: candidate.span,
    hansSpan: best.span,
  };
}

/**
 * The name's runs of consecutive words ("John Stuart Mill", "Stuart Mill", …,
 * "Mill"), single words only when long enough.
 */
function englishOptions(name: EnglishCandidate): { text: string; span: Span; words: number }[] {
  const options: { text: string; span: Span; words: number }[] = [];
  const tokens = name.tokens;
  for (const [i, first] of tokens.entries()) {
    for (const [k, last] of tokens.slice(i).entries()) {
      const j = i + k;
      const span = { start: first.span.start, end: j === tokens.length - 1 ? name.span.end : last.span.end };
      const text = name.text.slice(span.start - name.span.start, span.end - name.span.start);
      if (i === j && tokens.length > 1 && (text.length < MIN_WORD_LENGTH || DEMONYM.test(text))) continue;
      options.push({ text, span, words: j - i + 1 });
    }
  }
  return options;
}

function partCount(text: string): number {
  return Array.from(text).filter((c) => NAME_SEPARATORS.has(c)).length + 1;
}

/** The whole run and each part between separators (坎葆·恩塔万 → 坎葆, 恩塔万). */
function chineseOptions(span: Span, hans: string): Span[] {
  const options: Span[] = [span];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || NAME_SEPARATORS.has(hans.charAt(i))) {
      if (start > span.start || i < span.end) if (i - start >= 2) options.push({ start, end: i });
      start = i + 1;
    }
  }
  return options;
}

/** An English title right after ", " following the name, or right before it ("Ambassador Ernthavanh"). */
function englishTitleBeside(analysis: UnitAnalysis, name: EnglishCandidate): boolean {
  const gap = /^\s*,\s*/u.exec(analysis.unit.en.slice(name.span.end));
  const after = gap === null ? -1 : name.span.end + gap[0].length;
  return analysis.english.some((c) => c.kind === 'title' && (c.span.start === after || c.span.end + 1 === name.span.start));
}

/** A title word right before or right after the Chinese name (总领事叶梅利亚诺夫, 坎葆·恩塔万大使). */
function titleBeside(hans: string, span: Span): boolean {
  const before = hans.slice(0, span.start);
  return CHINESE_TITLE_WORDS.some((w) => before.endsWith(w) || hans.startsWith(w, span.end));
}

/**
 * Dictionary words are not transliterations to pair by sound: common words
 * (no name in their glosses), and names the unit's English already spells
 * (明斯克 "Minsk" beside "Minsk"), which the dictionary pairs. A dictionary
 * name for something else stays (科佩尔 is "Koper" in CC-CEDICT, and "Kapyl" here).
 */
function isKnownWord(text: string, englishNames: ReadonlySet<string>, context: PairContext): boolean {
  if (context.glossIndex.stemsOf(text) === undefined) return false;
  const names = context.glossIndex.namesOf(text);
  return names.size === 0 || [...names].some((n) => englishNames.has(n));
}

function followedByHead(name: EnglishCandidate, analysis: UnitAnalysis): boolean {
  return analysis.english.some((c) => c.kind !== 'name' && c.kind !== 'title' && c.span.start === name.span.start && c.span.end > name.span.end);
}

function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}
