/**
 * English term candidates: capitalised word sequences, joined by of / the /
 * for / and / … ("Foreign Affairs Office of the Chongqing Municipal
 * Government"), cut into the spans a term can occupy and typed by their head
 * word (title, org, place, event) or left as a bare `name` (a person or a
 * place, decided when it is paired).
 */
import { tokenizeEnglish, type Token } from '../segment/tokenize-english';
import type { Span, TermType } from '../types';
import {
  ENGLISH_EVENT_HEADS,
  ENGLISH_NAME_CONNECTORS,
  ENGLISH_NON_NAME_WORDS,
  ENGLISH_ORG_HEADS,
  ENGLISH_PLACE_HEADS,
  ENGLISH_SENTENCE_OPENERS,
  ENGLISH_TITLE_HEADS,
} from './english-head-words';
import { ACRONYM_WORD, CAPITALISED_WORD, CHUNK_GAP, COMPANY_ABBREVIATION, COMPANY_SUFFIX_GAP, DEMONYM, LIST_BEFORE, POSSESSIVE } from './english-patterns';

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

interface HeadTable {
  readonly kind: 'title' | 'org' | 'place' | 'event';
  /** Heads as word lists, longest first. */
  readonly heads: readonly (readonly string[])[];
}

function headTable(kind: HeadTable['kind'], heads: readonly string[]): HeadTable {
  return { kind, heads: heads.map((h) => h.split(' ')).sort((a, b) => b.length - a.length) };
}

const TITLE_TABLE = headTable('title', ENGLISH_TITLE_HEADS);
/** Tail heads in priority order: an "… Office" is an org even if "Office" were also listed elsewhere. */
const TAIL_TABLES: readonly HeadTable[] = [
  headTable('org', ENGLISH_ORG_HEADS),
  headTable('place', ENGLISH_PLACE_HEADS),
  headTable('event', ENGLISH_EVENT_HEADS),
];
const CONNECTORS: ReadonlySet<string> = new Set(ENGLISH_NAME_CONNECTORS);
/** Words that cannot be part of a bare name: modifiers and every head word. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(ENGLISH_SENTENCE_OPENERS);
const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_SENTENCE_OPENERS,
  ...ENGLISH_NON_NAME_WORDS,
  ...[...ENGLISH_TITLE_HEADS, ...ENGLISH_ORG_HEADS, ...ENGLISH_PLACE_HEADS, ...ENGLISH_EVENT_HEADS].flatMap((h) => h.split(' ')),
]);

/** Every word of every head, for {@link hasHeadWord}. */
const HEAD_WORDS: ReadonlySet<string> = new Set(
  // The last word of each head: "Law" of "Law Offices" is no head on its own.
  [...ENGLISH_TITLE_HEADS, ...ENGLISH_ORG_HEADS, ...ENGLISH_PLACE_HEADS, ...ENGLISH_EVENT_HEADS].map((h) => h.split(' ').at(-1)!),
);

/** Longest bare name, in words ("Ailigeng Yimingbahai", "Khamphao Ernthavanh", "Cheng Wendy"). */
const MAX_NAME_WORDS = 3;

/**
 * Find the English term candidates of a text.
 * @example
 * findEnglishCandidates('Wang Wen, Director-General of the Foreign Affairs Office').map((c) => `${c.kind}:${c.text}`)
 * //=> ['name:Wang Wen', 'title:Director-General of the Foreign Affairs Office', 'org:Foreign Affairs Office', …]
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
    if (!balancedBrackets(text.slice(chunk[0]!.span.start, chunk[chunk.length - 1]!.span.end))) continue;
    // "Economic, Trade, and Investment Forum": the chunk is the tail of a list of modifiers,
    // so a name starting where the chunk starts would be cut short.
    const listTail = isListTail(text, chunk);
    for (const candidate of typedSpans(text, chunk)) if (!(listTail && candidate.span.start === chunk[0]!.span.start)) add(candidate);
    for (const candidate of bareNames(text, chunk)) add(candidate);
  }
  return candidates.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/**
 * Maximal runs of capitalised words, with connectors inside (never at an
 * edge) and only spaces or balanced brackets between words.
 */
function findChunks(text: string): Token[][] {
  const tokens = tokenizeEnglish(text).map((t) => withAbbreviationPeriod(text, t));
  const chunks: Token[][] = [];
  let current: Token[] = [];
  const close = (): void => {
    while (current.length > 0 && (!isCapitalised(current[0]!) || SENTENCE_OPENERS.has(current[0]!.text))) current.shift();
    while (current.length > 0 && !isCapitalised(current[current.length - 1]!)) current.pop();
    if (current.length > 0) chunks.push(current);
    current = [];
  };
  for (const [i, token] of tokens.entries()) {
    const previous = current[current.length - 1];
    const gap = previous === undefined ? '' : text.slice(previous.span.end, token.span.start);
    const joined =
      previous !== undefined &&
      ((CHUNK_GAP.test(gap) && !(gap.includes('(') && ACRONYM_WORD.test(token.text))) || (COMPANY_SUFFIX_GAP.test(gap) && /^(?:Ltd|LTD)\.?$/u.test(token.text)));
    if (!joined) close();
    if (isCapitalised(token)) current.push(token);
    else if (current.length > 0 && CONNECTORS.has(token.text) && !coordinatesNames(tokens, i, current)) current.push(token);
    else close();
  }
  close();
  return chunks;
}

/**
 * True when the "and" at `i` joins two complete names rather than two words
 * of one name: before a title head ("… Committee and Secretary of …"),
 * before "the" ("… Government and the Consulate General …"), or after a
 * head word ("… Science City and Chongqing High-tech … Group"). "Hong Kong
 * and Macao Affairs Office" and "Chamber of Commerce and Industry" stay whole.
 */
function coordinatesNames(tokens: readonly Token[], i: number, current: readonly Token[]): boolean {
  if (tokens[i]!.text !== 'and' && tokens[i]!.text !== '&') return false;
  const next = tokens[i + 1];
  if (next?.text === 'the' || titleHeadLength(tokens.slice(i + 1, i + 5)) > 0) return true;
  return TAIL_TABLES.some((table) => table.heads.some((head) => head.every((w, k) => current[current.length - head.length + k]?.text === w)));
}

/** True when every bracket opened in the text closes in it ("NATO (North Atlantic …" does not). */
function balancedBrackets(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** True when the chunk follows "Word, " or "Word, and " where Word is capitalised but no head. */
function isListTail(text: string, chunk: readonly Token[]): boolean {
  const before = LIST_BEFORE.exec(text.slice(Math.max(0, chunk[0]!.span.start - 40), chunk[0]!.span.start));
  return before !== null && !HEAD_WORDS.has(before[1]!);
}

/** "Co." and "Ltd." keep their period, which the word tokenizer leaves out. */
function withAbbreviationPeriod(text: string, token: Token): Token {
  if (COMPANY_ABBREVIATION.test(token.text) && text[token.span.end] === '.') {
    return { text: `${token.text}.`, span: { start: token.span.start, end: token.span.end + 1 } };
  }
  return token;
}

function isCapitalised(token: Token): boolean {
  return CAPITALISED_WORD.test(token.text);
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
  for (let i = 0; i < chunk.length; i++) {
    const token = chunk[i]!;
    if (!isCapitalised(token)) continue;
    // After "and" only when a complete name came before it ("… Team for Inbound Arrivals and
    // Liaison Team …"), not inside one name ("Hong Kong and Macao Affairs Office").
    const afterConnector = i > 0 && !isCapitalised(chunk[i - 1]!) && (chunk[i - 1]!.text !== 'and' || hasHeadWord(chunk.slice(0, i - 1)));
    if (i === 0 || afterConnector || (titleHeadLength(chunk.slice(i)) > 0 && !insideTitleHead(chunk, i))) starts.push(i);
    else if (DEMONYM.test(token.text) && titleHeadLength(chunk.slice(i + 1)) > 0) starts.push(i);
  }
  return starts;
}

/** True when word `i` continues a title head that starts earlier ("General" in "Deputy Director-General"). */
function insideTitleHead(chunk: readonly Token[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (j + titleHeadLength(chunk.slice(j)) > i) return true;
  return false;
}

/** True when the words hold a head word of any kind (so they can hold a complete name). */
function hasHeadWord(words: readonly Token[]): boolean {
  return words.some((t) => HEAD_WORDS.has(t.text));
}

/** Where a typed span may end: the chunk's end or before a connector. */
function endPositions(chunk: readonly Token[]): number[] {
  const ends: number[] = [];
  for (let i = 0; i < chunk.length; i++) {
    if (!isCapitalised(chunk[i]!)) continue;
    const beforeConnector = i + 1 < chunk.length && !isCapitalised(chunk[i + 1]!) && (chunk[i + 1]!.text !== 'and' || hasHeadWord(chunk.slice(i + 2)));
    if (i === chunk.length - 1 || beforeConnector) ends.push(i);
  }
  return ends;
}

/** Words of the title head the span starts with (after an optional demonym), else 0. */
function titleHeadLength(words: readonly Token[], mustEndName: boolean = true): number {
  const offset = words.length > 1 && DEMONYM.test(words[0]!.text) ? 1 : 0;
  for (const head of TITLE_TABLE.heads) {
    if (head.every((w, k) => words[offset + k]?.text === w)) {
      // The head must be followed by a connector or end the span: "Director General Office" is no title.
      const next = words[offset + head.length];
      if (!mustEndName || next === undefined || !isCapitalised(next)) return offset + head.length;
    }
  }
  return 0;
}

/** Connectors after which an English name's head has already come ("Committee of …"). */
const POSTMODIFIER_CONNECTORS: ReadonlySet<string> = new Set(['of', 'in', 'for', 'on', 'to', 'with']);

/**
 * Words of the tail head, else 0. In "X of Y" the head is X's last word
 * ("Committee of Liangjiang New Area" is an org, not a place).
 */
function tailHead(allWords: readonly Token[], table: HeadTable): { start: number; end: number } | undefined {
  const cut = allWords.findIndex((t) => POSTMODIFIER_CONNECTORS.has(t.text));
  const words = cut === -1 ? allWords : allWords.slice(0, cut);
  for (const head of table.heads) {
    const from = words.length - head.length;
    if (from >= 0 && head.every((w, k) => words[from + k]?.text === w)) return { start: from, end: words.length };
  }
  return undefined;
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

/** Words of the place head starting at chunk index `at`, else 0. */
function placeHeadAt(chunk: readonly Token[], at: number): number {
  const placeTable = TAIL_TABLES.find((t) => t.kind === 'place')!;
  const head = placeTable.heads.find((h) => h.every((w, k) => chunk[at + k]?.text === w));
  return head?.length ?? 0;
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
  const last = words[words.length - 1]!;
  const possessive = POSSESSIVE.exec(last.text);
  const end = possessive ? last.span.end - possessive[0].length : last.span.end;
  const span = { start: words[0]!.span.start, end };
  return { kind, text: text.slice(span.start, span.end), span, tokens: words, head, embedded: false };
}
