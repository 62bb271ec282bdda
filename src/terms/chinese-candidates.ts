/**
 * Chinese term candidates on the Simplified view: segmentit's person, place
 * and organisation tags, runs of transliteration characters (foreign names),
 * title words, and words ending in an organisation, place or event suffix.
 * Spans are UTF-16 offsets in the Simplified view.
 */
import type { ChineseWord } from '../segment/tokenize-chinese';
import type { Span, TermType } from '../types';
import { CHINESE_SUFFIXES_BY_TYPE, CHINESE_TITLE_WORDS } from './chinese-term-words';
import { NAME_SEPARATORS, TRANSLITERATION_CHARS } from './transliteration-chars';

/** Where a Chinese candidate came from. */
export type ChineseCandidateSource = 'segmentit' | 'transliteration' | 'title-word' | 'suffix';

/** A span of the Simplified view that may be (or end) a term. */
export interface ChineseCandidate {
  readonly type: TermType;
  readonly source: ChineseCandidateSource;
  readonly span: Span;
  readonly text: string;
}

/** Shortest transliteration run, in Han characters (one character is not a name). */
const MIN_TRANSLITERATION_CHARS = 2;

/** Title words, longest first, so 副主任 wins over 主任. */
const TITLE_WORDS_LONGEST_FIRST: readonly string[] = [...new Set(CHINESE_TITLE_WORDS)].sort((a, b) => b.length - a.length);

/**
 * Find the Chinese candidates of a Simplified text. `words` is segmentit's
 * output for the same text (spans in it), or undefined when no segmenter was
 * given.
 * @example
 * findChineseCandidates('白俄罗斯驻重庆总领事叶梅利亚诺夫', undefined).map((c) => `${c.source}:${c.text}`)
 * //=> ['transliteration:俄罗斯', 'title-word:总领事', 'transliteration:叶梅利亚诺夫']
 */
export function findChineseCandidates(simplified: string, words: readonly ChineseWord[] | undefined): ChineseCandidate[] {
  const found: ChineseCandidate[] = [
    ...taggedWords(words ?? []),
    ...transliterationRuns(simplified),
    ...titleWords(simplified),
    ...suffixEnds(simplified),
  ];
  return found.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function* taggedWords(words: readonly ChineseWord[]): Generator<ChineseCandidate> {
  for (const word of words) {
    const type: TermType | undefined = word.tag === 'person' ? 'person' : word.tag === 'place' ? 'place' : word.tag === 'org' ? 'org' : undefined;
    if (type) yield { type, source: 'segmentit', span: word.span, text: word.simplified };
  }
}

/**
 * Maximal runs of transliteration characters, separators inside allowed
 * (尤里·先科). Typed `person`; the pairing step retypes places.
 */
export function* transliterationRuns(simplified: string): Generator<ChineseCandidate> {
  let start = -1;
  let han = 0;
  let offset = 0;
  let lastEnd = 0;
  const flush = function* (): Generator<ChineseCandidate> {
    if (start >= 0 && han >= MIN_TRANSLITERATION_CHARS) {
      yield { type: 'person', source: 'transliteration', span: { start, end: lastEnd }, text: simplified.slice(start, lastEnd) };
    }
    start = -1;
    han = 0;
  };
  for (const char of simplified) {
    const isName = TRANSLITERATION_CHARS.has(char);
    const isSeparator = NAME_SEPARATORS.has(char) && start >= 0;
    if (isName) {
      if (start < 0) start = offset;
      han++;
      lastEnd = offset + char.length;
    } else if (!isSeparator) {
      yield* flush();
    }
    offset += char.length;
  }
  yield* flush();
}

function* titleWords(simplified: string): Generator<ChineseCandidate> {
  let from = 0;
  while (from < simplified.length) {
    let matched: string | undefined;
    for (const word of TITLE_WORDS_LONGEST_FIRST) {
      if (simplified.startsWith(word, from)) {
        matched = word;
        break;
      }
    }
    if (matched) {
      yield { type: 'title', source: 'title-word', span: { start: from, end: from + matched.length }, text: matched };
      from += matched.length;
    } else {
      from++;
    }
  }
}

/** Suffix occurrences: the span is the suffix itself; the term's start is found when pairing. */
function* suffixEnds(simplified: string): Generator<ChineseCandidate> {
  for (const type of ['org', 'place', 'event'] as const) {
    for (const suffix of CHINESE_SUFFIXES_BY_TYPE[type]) {
      let at = simplified.indexOf(suffix);
      while (at !== -1) {
        yield { type, source: 'suffix', span: { start: at, end: at + suffix.length }, text: suffix };
        at = simplified.indexOf(suffix, at + 1);
      }
    }
  }
}

/**
 * True when the Simplified text ends with a suffix of the given type (or a
 * title word for titles).
 * @example endsWithTypeSuffix('重庆市政府外办', 'org') //=> true
 * @example endsWithTypeSuffix('重庆市政府外办', 'event') //=> false
 */
export function endsWithTypeSuffix(simplified: string, type: TermType): boolean {
  return CHINESE_SUFFIXES_BY_TYPE[type].some((suffix) => simplified.endsWith(suffix));
}
