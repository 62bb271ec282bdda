/**
 * Position cues around a person already paired: "Wang Wen, Director-General
 * of the Foreign Affairs Office …" ↔ "…外办主任王雯" gives the whole title,
 * its head (Director-General ↔ 主任) and its organisation (Foreign Affairs
 * Office … ↔ …外办) at once; "Professor Wu Yandong" ↔ "教授吴艳东" and
 * "Ambassador Ernthavanh" ↔ "恩塔万大使" give a bare title.
 */
import type { Span, TermType } from '../types';
import type { UnitAnalysis } from './analyze-unit';
import { CHINESE_PHRASE_BREAKS, CHINESE_TITLE_WORDS } from './chinese-term-words';
import { endsWithTypeSuffix } from './chinese-candidates';
import type { EnglishCandidate } from './english-candidates';
import { edgeTokens } from './edge-tokens';
import { DEMONYM } from './english-patterns';
import { contentWords, expandAcronyms } from './english-words';
import { DEPUTY_EN, DEPUTY_ZH } from './pair-by-cedict';
import { findWordHits } from './find-word-hits';
import { coverageOf, FREE_CHARS } from './lexicon-coverage';
import type { PairContext } from './pair-context';
import type { TermProposal } from './term-proposal';

/**
 * Scores: the structure alone is good evidence (base); the share of the
 * pair that CC-CEDICT explains adds up to `weight` more. A part must have at
 * least MIN_PART_COVERAGE explained. Set by hand (see test/bench/terms.md).
 */
const WHOLE = { base: 0.55, weight: 0.35 } as const;
const HEAD = { base: 0.45, weight: 0.45 } as const;
const PART = { base: 0.5, weight: 0.4 } as const;
const MIN_PART_COVERAGE = 0.7;

/** Title words longest first (副主任 before 主任). */
const TITLE_WORDS: readonly string[] = [...new Set(CHINESE_TITLE_WORDS)].sort((a, b) => b.length - a.length);
/** Phrase breaks longest first (以及 before 及). */
const BREAKS: readonly string[] = [...CHINESE_PHRASE_BREAKS].sort((a, b) => b.length - a.length);

/**
 * Appositive proposals of one unit, built on its person pairs.
 * @example pairByAppositive(analysis, personProposals, context).map((p) => `${p.type}:${p.en}=${p.zhHans}`)
 * //=> ['title:Director-General of the Foreign Affairs Office=外办主任', 'title:Director-General=主任', 'org:Foreign Affairs Office=外办']
 */
export function pairByAppositive(analysis: UnitAnalysis, people: readonly TermProposal[], context: PairContext): TermProposal[] {
  const proposals: TermProposal[] = [];
  for (const person of people) {
    if (person.type !== 'person') continue;
    const previousName = Math.max(0, ...people.filter((p) => p.type === 'person' && p.hansSpan.end <= person.hansSpan.start).map((p) => p.hansSpan.end));
    const zhPhrase = chineseTitlePhrase(analysis.hans, person.hansSpan, previousName);
    const after = titlesAfter(analysis, person.enSpan);
    const before = titleBefore(analysis, person.enSpan);
    if (zhPhrase) {
      const segments = splitSegments(analysis.hans, zhPhrase);
      const lastSegment = segments[segments.length - 1];
      if (after.length > 0 && (segments.length === after.length || segments.length === 1)) {
        // One segment per title, or one segment for the first title.
        for (const [i, segment] of segments.entries()) {
          const title = after[i];
          if (title !== undefined) proposals.push(...pairTitle(title, segment, analysis, context));
        }
      } else if (before && lastSegment !== undefined) {
        // "Professor Wu Yandong" ↔ "…、教授吴艳东": the title word next to the name.
        proposals.push(...pairTitle(before, lastSegment, analysis, context));
      }
    } else if (before) {
      // "Ambassador Ernthavanh" ↔ "恩塔万大使": the title word right after the Chinese name.
      const word = TITLE_WORDS.find((w) => analysis.hans.startsWith(w, person.hansSpan.end));
      if (word) {
        const span = { start: person.hansSpan.end, end: person.hansSpan.end + word.length };
        proposals.push(...pairTitle(before, span, analysis, context));
      }
    }
  }
  return proposals;
}

/**
 * The Chinese text right before the name, back to a phrase break (、 kept) or
 * the end of the previous name, if it ends with a title word.
 */
function chineseTitlePhrase(hans: string, name: Span, previousName: number): Span | undefined {
  let start = name.start;
  outer: while (start > previousName) {
    for (const b of BREAKS) {
      if (b !== '、' && hans.startsWith(b, start - b.length)) break outer;
    }
    start--;
  }
  const span = { start, end: name.start };
  if (span.end - span.start < 2) return undefined;
  const text = hans.slice(span.start, span.end);
  return TITLE_WORDS.some((w) => text.endsWith(w)) ? span : undefined;
}

/** Parts of a phrase between 、 (两江新区党工委副书记、政法委书记). */
function splitSegments(hans: string, span: Span): Span[] {
  const segments: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || hans[i] === '、') {
      if (i > start) segments.push({ start, end: i });
      start = i + 1;
    }
  }
  return segments;
}

/**
 * English titles after ", " following the name, chained by " and " within the
 * clause ("Deputy Secretary of … and Secretary of …"): the longest title
 * candidate at each place.
 */
function titlesAfter(analysis: UnitAnalysis, name: Span): EnglishCandidate[] {
  const en = analysis.unit.en;
  const gap = /^\s*,\s*/u.exec(en.slice(name.end));
  if (!gap) return [];
  const titles: EnglishCandidate[] = [];
  let at = name.end + gap[0].length;
  for (;;) {
    const title = longestTitleAt(analysis, at);
    if (!title) break;
    titles.push(title);
    const and = /^\s+and\s+/u.exec(en.slice(title.span.end));
    if (!and) break;
    at = title.span.end + and[0].length;
  }
  return titles;
}

function longestTitleAt(analysis: UnitAnalysis, at: number): EnglishCandidate | undefined {
  let best: EnglishCandidate | undefined;
  for (const c of analysis.english) {
    if (c.kind === 'title' && c.span.start === at && (!best || c.span.end > best.span.end)) best = c;
  }
  return best;
}

/** A bare title right before the name ("Professor Wu Yandong", "Ambassador Ernthavanh"). */
function titleBefore(analysis: UnitAnalysis, name: Span): EnglishCandidate | undefined {
  return analysis.english.find((c) => c.kind === 'title' && c.span.end + 1 === name.start && c.head.end === c.tokens.length);
}

/** Pair one English title with one Chinese title phrase: the whole, the head, the organisation. */
function pairTitle(title: EnglishCandidate, zhSpan: Span, analysis: UnitAnalysis, context: PairContext): TermProposal[] {
  const zh = analysis.hans.slice(zhSpan.start, zhSpan.end);
  const titleWord = TITLE_WORDS.find((w) => zh.endsWith(w));
  if (!titleWord) return [];
  const headTokens = title.tokens.slice(title.head.start, title.head.end).filter((t, i) => !(i === 0 && DEMONYM.test(t.text) && title.head.end > 1));
  const headText = headTokens.map((t) => t.text).join(' ');
  // Deputy/Vice on one side must be 副 on the other (a wrong pairing of listed titles shows here first).
  if (DEPUTY_EN.test(headText) !== DEPUTY_ZH.test(titleWord)) return [];
  const proposals: TermProposal[] = [];
  const headZh: Span = { start: zhSpan.end - titleWord.length, end: zhSpan.end };
  const { first: firstHead, last: lastHead } = edgeTokens(headTokens);
  const headEn: Span = { start: firstHead.span.start, end: lastHead.span.end };
  // The head pair is scored by how much of the English head the Chinese title word explains:
  // "Deputy Chairman" ↔ 副州长 (deputy governor) explains half and stays below the threshold alone.
  const headCoverage = englishCoverage(title, title.tokens.indexOf(firstHead), title.head.end, headZh, analysis, context);
  proposals.push(make('title', analysis.unit.en.slice(headEn.start, headEn.end), headEn, headZh, HEAD.base + HEAD.weight * headCoverage, analysis));
  const hasComplement = title.head.end < title.tokens.length;
  if (hasComplement && zhSpan.end - zhSpan.start > titleWord.length) {
    // The phrase may start earlier than the title (旧金山市政府 before 国际贸易和商业主任):
    // take the start that the English explains best.
    let whole = 0;
    for (let start = zhSpan.start; start < headZh.start; start++) {
      if (cutsWord(analysis, start) || FREE_CHARS.test(analysis.hans.charAt(start))) continue;
      const score = coverage(title, 0, title.tokens.length, { start, end: zhSpan.end }, analysis, context);
      if (score > whole + 1e-9) {
        whole = score;
        zhSpan = { start, end: zhSpan.end };
      }
    }
    if (whole >= MIN_PART_COVERAGE) proposals.push(make('title', title.text, title.span, zhSpan, WHOLE.base + WHOLE.weight * whole, analysis));
    // The organisation: the English after "of (the)", the Chinese before the title word.
    const org = analysis.english.find((c) => c.kind === 'org' && c.span.end === title.span.end && c.span.start > headEn.end && /^\s+of\s+(?:the\s+)?$/u.test(analysis.unit.en.slice(headEn.end, c.span.start)));
    const orgZh: Span = { start: zhSpan.start, end: headZh.start };
    if (org && endsWithTypeSuffix(analysis.hans.slice(orgZh.start, orgZh.end), 'org')) {
      const part = coverage(org, 0, org.tokens.length, orgZh, analysis, context);
      if (part >= MIN_PART_COVERAGE) proposals.push(make('org', org.text, org.span, orgZh, PART.base + PART.weight * part, analysis));
    }
  }
  return proposals;
}

/** True when a lexicon word of two characters or more runs across `offset` (义 of 主义学院). */
function cutsWord(analysis: UnitAnalysis, offset: number): boolean {
  return analysis.lexiconHits.some((h) => h.start < offset && h.end > offset && h.end - h.start >= 2);
}

/** Share of the English tokens [from, to) the Chinese span accounts for. */
function englishCoverage(candidate: EnglishCandidate, from: number, to: number, zhSpan: Span, analysis: UnitAnalysis, context: PairContext): number {
  const words = contentWords(candidate.tokens, Math.max(0, from), to);
  if (words.length === 0) return 0;
  const hits = findWordHits(words, analysis, context.readings, context.glossIndex);
  return coverageOf(zhSpan, words.length, hits, analysis.hans).english;
}

/** Harmonic coverage of a given Chinese span by the English tokens [from, to) of a candidate. */
function coverage(candidate: EnglishCandidate, from: number, to: number, zhSpan: Span, analysis: UnitAnalysis, context: PairContext): number {
  const words = expandAcronyms(contentWords(candidate.tokens, Math.max(0, from), to), context.acronyms);
  if (words.length === 0) return 0;
  const hits = findWordHits(words, analysis, context.readings, context.glossIndex);
  // A name on one side must be on the other: "… of Liangjiang New Area" cannot pair with 政法委
  // when 两江 stands elsewhere in the unit.
  for (const [w, word] of words.entries()) {
    if (!word.proper) continue;
    const named = hits.some((h) => h.word === w && h.isName);
    if (named && !hits.some((h) => h.word === w && h.start >= zhSpan.start && h.end <= zhSpan.end)) return 0;
  }
  return coverageOf(zhSpan, words.length, hits, analysis.hans).score;
}

function make(type: TermType, en: string, enSpan: Span, hansSpan: Span, score: number, analysis: UnitAnalysis): TermProposal {
  return { type, en, zhHans: analysis.hans.slice(hansSpan.start, hansSpan.end), unit: analysis.index, method: 'appositive', score: Math.min(1, score), enSpan, hansSpan };
}
