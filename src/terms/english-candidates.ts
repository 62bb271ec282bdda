/**
 * English term candidates: capitalised word sequences, joined by of / the /
 * for / and / … ("Foreign Affairs Office of the Chongqing Municipal
 * Government"), cut into the spans a term can occupy and typed by their head
 * word (title, org, place, event) or left as a bare `name` (a person or a
 * place, decided when it is paired).
 */
import type { Token } from '../segment/tokenize-english';
import type { Span, TermType } from '../types';
import { edgeTokens } from './edge-tokens';
import { DEMONYM, POSSESSIVE } from './english-patterns';
import {
  hasHeadWord,
  insideTitleHead,
  isCapitalised,
  NON_NAME_WORDS,
  placeHeadAt,
  tailHead,
  TAIL_TABLES,
  titleHeadLength,
} from './english-heads';
import { balancedBrackets, findChunks, isListTail } from './find-name-chunks';

/** What a candidate's head says it is; `name` is a bare proper name (person or place). */
export type EnglishCandidateKind = TermType | 'name';

/** A span of the English text that may be a term. */
export interface EnglishCandidate {
  readonly kind: Exclude<EnglishCandidateKind, 'person'>;
  /** The surface text, e.g. `Deputy Director-General of the Foreign Affairs Office`. */
  readonly text: string;
  readonly span: Span;
  /** Word tokens of the candidate (connectors included). */
  readonly tokens: readonly Token[];
  /**
   * Token indices [start, end) of the head in `tokens`: the first words of a
   * title, the last words before any "of …" for an org, place or event, none
   * (start = end = 0) for a bare name.
   */
  readonly head: { readonly start: number; readonly end: number };
  /**
   * True for a place cut out of a longer name ("Beibei District" of "Beibei
   * District Government"): only its sound can pair it, since a dictionary
   * match on a common head ("City" of "China-Arab City Forum") proves nothing.
   */
  readonly embedded: boolean;
}

/** Longest bare name, in words ("Ailigeng Yimingbahai", "Khamphao Ernthavanh", "Cheng Wendy"). */
const MAX_NAME_WORDS = 3;

/**
 * Find the English term candidates of a text.
 * @example
 * findEnglishCandidates('Wang Wen, Director-General of the Foreign Affairs Office').map((c) => `${c.kind}:${c.text}`)
 * //=> ['name:Wang Wen', 'title:Director-General of the Foreign Affairs Office', 'title:Director-General', 'org:Foreign Affairs Office']
 */
export function findEnglishCandidates(text: string): EnglishCandidate[] {
  const candidates: EnglishCandidate[] = [];
  const seen = new Set<string>();
  const add = (candidate: EnglishCandidate): void => {
    const key = `${candidate.kind}:${candidate.span.start}:${candidate.span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    candidates.push(candidate);
  };
  for (const chunk of findChunks(text)) {
    const { first, last } = edgeTokens(chunk);
    if (!balancedBrackets(text.slice(first.span.start, last.span.end))) continue;
    // "Economic, Trade, and Investment Forum": the chunk is the tail of a list of modifiers,
    // so a name starting where the chunk starts would be cut short.
    const listTail = isListTail(text, chunk);
    for (const candidate of typedSpans(text, chunk)) if (!(listTail && candidate.span.start === first.span.start)) add(candidate);
    for (const candidate of bareNames(text, chunk)) add(candidate);
  }
  return candidates.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/**
 * Spans typed by a head: a title starts with a title head (optionally after a
 * nationality adjective) and runs to the chunk's end or to a connector; an
 * org, place or event ends with its head and starts at the chunk's start or
 * after a connector.
 */
function* typedSpans(text: string, chunk: readonly Token[]): Generator<EnglishCandidate> {
  const starts = startPositions(chunk);
  const ends = endPositions(chunk);
  for (const start of starts) {
    // A title head alone may end before a name ("Professor Wu Yandong", "Ambassador Ernthavanh").
    const headOnly = start + titleHeadLength(chunk.slice(start), false) - 1;
    for (const end of headOnly >= start && !ends.includes(headOnly) ? [...ends, headOnly] : ends) {
      if (end < start) continue;
      const words = chunk.slice(start, end + 1);
      if (endsWithCoordinatedName(words)) continue;
      const title = titleHeadLength(words);
      if (title > 0) {
        yield candidate(text, 'title', words, { start: 0, end: title });
        continue;
      }
      for (const table of TAIL_TABLES) {
        const head = tailHead(words, table);
        // A head alone ("Forum", "Office") is a common noun, not a term.
        if (head !== undefined && head.end - head.start < words.length) {
          yield candidate(text, table.kind, words, head);
          break;
        }
      }
    }
  }
}

/**
 * True when the span ends "… and Mark Chandler": a second name of two
 * capitalised words with no head word, joined to the first by "and".
 */
function endsWithCoordinatedName(words: readonly Token[]): boolean {
  const and = words.map((t) => t.text).lastIndexOf('and');
  if (and === -1) return false;
  const rest = words.slice(and + 1);
  return rest.length >= 2 && rest.every((t) => isCapitalised(t) && !NON_NAME_WORDS.has(t.text));
}

/** Where a typed span may start: the chunk's start, after a connector, at a title head or a demonym before one. */
function startPositions(chunk: readonly Token[]): number[] {
  const starts: number[] = [];
  for (const [i, token] of chunk.entries()) {
    if (!isCapitalised(token)) continue;
    // After "and" only when a complete name came before it ("… Team for Inbound Arrivals and
    // Liaison Team …"), not inside one name ("Hong Kong and Macao Affairs Office").
    const previous = chunk[i - 1];
    const afterConnector = previous !== undefined && !isCapitalised(previous) && (previous.text !== 'and' || hasHeadWord(chunk.slice(0, i - 1)));
    if (i === 0 || afterConnector || (titleHeadLength(chunk.slice(i)) > 0 && !insideTitleHead(chunk, i))) starts.push(i);
    else if (DEMONYM.test(token.text) && titleHeadLength(chunk.slice(i + 1)) > 0) starts.push(i);
  }
  return starts;
}

/** Where a typed span may end: the chunk's end or before a connector. */
function endPositions(chunk: readonly Token[]): number[] {
  const ends: number[] = [];
  for (const [i, token] of chunk.entries()) {
    if (!isCapitalised(token)) continue;
    const next = chunk[i + 1];
    const beforeConnector = next !== undefined && !isCapitalised(next) && (next.text !== 'and' || hasHeadWord(chunk.slice(i + 2)));
    if (i === chunk.length - 1 || beforeConnector) ends.push(i);
  }
  return ends;
}

/**
 * Bare names: maximal runs of capitalised words that are neither head words
 * nor modifiers, one to three words long ("Wang Wen", "Wanzhou" in
 * "Wanzhou District", "Ernthavanh" in "Ambassador Ernthavanh").
 */
function* bareNames(text: string, chunk: readonly Token[]): Generator<EnglishCandidate> {
  let run: Token[] = [];
  const flush = function* (next: Token | undefined): Generator<EnglishCandidate> {
    // Two words or more followed by another capitalised word belong to a longer name
    // ("Chongqing Jinkang" of "Chongqing Jinkang New Energy Co.").
    const partOfLongerName = run.length > 1 && next !== undefined && isCapitalised(next) && !isPlaceHeadStart(chunk, next);
    if (run.length > 0 && run.length <= MAX_NAME_WORDS && !partOfLongerName) yield candidate(text, 'name', run, { start: 0, end: 0 });
    run = [];
  };
  for (const [i, token] of chunk.entries()) {
    if (isCapitalised(token) && !NON_NAME_WORDS.has(token.text) && /\p{Ll}/u.test(token.text)) {
      run.push(token);
      continue;
    }
    // "Beibei District" inside "… Group of Beibei District Government": a place of its own.
    const head = run.length > 0 ? placeHeadAt(chunk, i) : 0;
    if (head > 0) yield { ...candidate(text, 'place', [...run, ...chunk.slice(i, i + head)], { start: run.length, end: run.length + head }), embedded: true };
    yield* flush(token);
  }
  yield* flush(undefined);
}

/** True when `token` starts a place head ("District" after "Wanzhou"). */
function isPlaceHeadStart(chunk: readonly Token[], token: Token): boolean {
  return placeHeadAt(chunk, chunk.indexOf(token)) > 0;
}

function candidate(
  text: string,
  kind: EnglishCandidate['kind'],
  words: readonly Token[],
  head: { readonly start: number; readonly end: number },
): EnglishCandidate {
  // A possessive ends the name, it is not part of it ("La Condamine’s" → "La Condamine").
  const { first, last } = edgeTokens(words);
  const possessive = POSSESSIVE.exec(last.text);
  const end = possessive ? last.span.end - possessive[0].length : last.span.end;
  const span = { start: first.span.start, end };
  return { kind, text: text.slice(span.start, span.end), span, tokens: words, head, embedded: false };
}
