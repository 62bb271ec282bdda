/**
 * The head words of English names as lookup tables, and the questions the
 * candidate finder asks of them: does a title head start here, where is the
 * head of "X of Y", does a place head follow.
 */
import type { Token } from '../segment/tokenize-english';
import {
  ENGLISH_EVENT_HEADS,
  ENGLISH_NAME_CONNECTORS,
  ENGLISH_NON_NAME_WORDS,
  ENGLISH_ORG_HEADS,
  ENGLISH_PLACE_HEADS,
  ENGLISH_SENTENCE_OPENERS,
  ENGLISH_TITLE_HEADS,
} from './english-head-words';
import { CAPITALISED_WORD, DEMONYM } from './english-patterns';

/** Heads of one kind, as word lists, longest first. */
export interface HeadTable {
  readonly kind: 'title' | 'org' | 'place' | 'event';
  /** Heads as word lists, longest first. */
  readonly heads: readonly (readonly string[])[];
}

/** Build a head table from the data list. */
export function headTable(kind: HeadTable['kind'], heads: readonly string[]): HeadTable {
  return { kind, heads: heads.map((h) => h.split(' ')).sort((a, b) => b.length - a.length) };
}

/** Title heads, longest first. */
export const TITLE_TABLE: HeadTable = headTable('title', ENGLISH_TITLE_HEADS);

/** Place heads, longest first ("District", "Special Administrative Region"). */
const PLACE_TABLE: HeadTable = headTable('place', ENGLISH_PLACE_HEADS);

/** Tail heads in priority order: an "… Office" is an org even if "Office" were also listed elsewhere. */
export const TAIL_TABLES: readonly HeadTable[] = [headTable('org', ENGLISH_ORG_HEADS), PLACE_TABLE, headTable('event', ENGLISH_EVENT_HEADS)];

/** Words that join the parts of one name. */
export const CONNECTORS: ReadonlySet<string> = new Set(ENGLISH_NAME_CONNECTORS);

/** Capitalised function words dropped from the start of a name. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(ENGLISH_SENTENCE_OPENERS);

/** Words that cannot be part of a bare name: openers, modifiers and every head word. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_SENTENCE_OPENERS,
  ...ENGLISH_NON_NAME_WORDS,
  ...[...ENGLISH_TITLE_HEADS, ...ENGLISH_ORG_HEADS, ...ENGLISH_PLACE_HEADS, ...ENGLISH_EVENT_HEADS].flatMap((h) => h.split(' ')),
]);

/** The last word of every head, for {@link hasHeadWord}. */
export const HEAD_WORDS: ReadonlySet<string> = new Set(
  // The last word of each head: "Law" of "Law Offices" is no head on its own.
  [...ENGLISH_TITLE_HEADS, ...ENGLISH_ORG_HEADS, ...ENGLISH_PLACE_HEADS, ...ENGLISH_EVENT_HEADS].map((h) => h.slice(h.lastIndexOf(' ') + 1)),
);

/** True for a word that can be part of a name. */
export function isCapitalised(token: Token): boolean {
  return CAPITALISED_WORD.test(token.text);
}

/** Words of the title head the span starts with (after an optional demonym), else 0. */
export function titleHeadLength(words: readonly Token[], mustEndName: boolean = true): number {
  const first = words[0];
  const offset = words.length > 1 && first !== undefined && DEMONYM.test(first.text) ? 1 : 0;
  for (const head of TITLE_TABLE.heads) {
    if (head.every((w, k) => words[offset + k]?.text === w)) {
      // The head must be followed by a connector or end the span: "Director General Office" is no title.
      const next = words[offset + head.length];
      if (!mustEndName || next === undefined || !isCapitalised(next)) return offset + head.length;
    }
  }
  return 0;
}

/** True when word `i` continues a title head that starts earlier ("General" in "Deputy Director-General"). */
export function insideTitleHead(chunk: readonly Token[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (j + titleHeadLength(chunk.slice(j)) > i) return true;
  return false;
}

/** True when the words hold a head word of any kind (so they can hold a complete name). */
export function hasHeadWord(words: readonly Token[]): boolean {
  return words.some((t) => HEAD_WORDS.has(t.text));
}

/** Connectors after which an English name's head has already come ("Committee of …"). */
export const POSTMODIFIER_CONNECTORS: ReadonlySet<string> = new Set(['of', 'in', 'for', 'on', 'to', 'with']);

/**
 * Words of the tail head, else 0. In "X of Y" the head is X's last word
 * ("Committee of Liangjiang New Area" is an org, not a place).
 */
export function tailHead(allWords: readonly Token[], table: HeadTable): { start: number; end: number } | undefined {
  const cut = allWords.findIndex((t) => POSTMODIFIER_CONNECTORS.has(t.text));
  const words = cut === -1 ? allWords : allWords.slice(0, cut);
  for (const head of table.heads) {
    const from = words.length - head.length;
    if (from >= 0 && head.every((w, k) => words[from + k]?.text === w)) return { start: from, end: words.length };
  }
  return undefined;
}

/** Words of the place head starting at chunk index `at`, else 0. */
export function placeHeadAt(chunk: readonly Token[], at: number): number {
  const head = PLACE_TABLE.heads.find((h) => h.every((w, k) => chunk[at + k]?.text === w));
  return head?.length ?? 0;
}
