/**
 * The index of one side (en or zh) of a memory, all in typed arrays so it
 * saves and loads without conversion.
 *
 * Units are ranked by token count ("positions", ties in unit order): the
 * units of a length window are then one contiguous range of positions, and a
 * posting list, sorted by position, is cut to the window by binary search.
 * Token sequences are stored in position order too, so scoring a candidate
 * reads one place in memory, not three.
 */
import type { Lang } from '../../types';
import { rankPostings, rarityOf } from './rank-postings';
import { TokenScratch } from '../tokens/scan-tokens';
import { buildSignatures } from '../search/token-signature';
import { UintList } from './uint-list';
import type { Vocabulary } from '../tokens/vocabulary';

/** One side's token sequences and token index. */
export interface SideIndex {
  readonly lang: Lang;
  /** Token ids of the unit at position p are `tokens[tokenStart[p], tokenStart[p + 1])`. */
  readonly tokenStart: Uint32Array;
  readonly tokens: Uint32Array;
  /** Unit at each position: units sorted by token count, then by unit index. */
  readonly order: Uint32Array;
  /** First position whose unit has ≥ n tokens, for n = 0 … longest + 1. */
  readonly lengthStart: Uint32Array;
  /**
   * Posting list of token id t: `postings[listStart[t], listStart[t + 1])`,
   * ascending positions; a unit holding t r times is listed r times in a row.
   * Ids from `listStart.length - 1` on have no list (no unit on this side holds them).
   */
  readonly listStart: Uint32Array;
  readonly postings: Uint32Array;
  /**
   * Rank of each posting's token occurrence within its unit, when the unit's
   * tokens are sorted rarest first (by `rarity`; occurrences of one token in
   * text order); saturates at 255, which only ever under-states a rank.
   */
  readonly postingRank: Uint8Array;
  /**
   * Global rarity rank of each listed token id: ids sorted by posting-list
   * length, then by id ({@link rarityOf}); the order both prefixes use.
   */
  readonly rarity: Uint32Array;
  /** 128-bit token-set signature of each position (4 words each): see `search/token-signature.ts`. */
  readonly signatures: Uint32Array;
}

/** Number of tokens of the longest unit of `side`. */
export function longestUnit(side: SideIndex): number {
  return side.lengthStart.length - 2;
}

/**
 * Token count of the unit at `position`, from `lengthStart` alone (a small
 * array that stays in cache), searching only lengths `[low, high]`.
 */
export function positionLength(side: SideIndex, position: number, low = 0, high: number = longestUnit(side)): number {
  // The last n with lengthStart[n] <= position.
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((side.lengthStart[middle] ?? 0) <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Tokenize `count` texts (text `u` from `textOf(u)`) with `vocabulary` and
 * build their index.
 */
export function buildSideIndex(lang: Lang, count: number, textOf: (unit: number) => string, vocabulary: Vocabulary): SideIndex {
  const encoded = encodeTexts(count, textOf, vocabulary);
  const { order, lengthStart } = rankByLength(encoded.tokenStart);
  const { tokenStart, tokens } = toPositionOrder(encoded.tokenStart, encoded.tokens, order);
  const { listStart, postings } = buildPostings(tokenStart, tokens, vocabulary.size);
  const rarity = rarityOf(listStart);
  const postingRank = rankPostings(tokenStart, tokens, listStart, postings, rarity);
  const signatures = buildSignatures(tokenStart, tokens);
  return { lang, tokenStart, tokens, order, lengthStart, listStart, postings, postingRank, rarity, signatures };
}

function encodeTexts(count: number, textOf: (unit: number) => string, vocabulary: Vocabulary): { tokenStart: Uint32Array; tokens: Uint32Array } {
  const tokenStart = new Uint32Array(count + 1);
  const list = new UintList(count * 16);
  const scratch = new TokenScratch();
  for (let u = 0; u < count; u++) {
    vocabulary.encode(textOf(u), scratch, list);
    tokenStart[u + 1] = list.length;
  }
  return { tokenStart, tokens: list.data.subarray(0, list.length) };
}

/** Counting sort of the units by token count (stable, so ties keep unit order). */
function rankByLength(tokenStart: Uint32Array): { order: Uint32Array; lengthStart: Uint32Array } {
  const count = tokenStart.length - 1;
  let longest = 0;
  for (let u = 0; u < count; u++) longest = Math.max(longest, (tokenStart[u + 1] ?? 0) - (tokenStart[u] ?? 0));
  const lengthStart = new Uint32Array(longest + 2);
  for (let u = 0; u < count; u++) {
    const length = (tokenStart[u + 1] ?? 0) - (tokenStart[u] ?? 0);
    lengthStart[length + 1] = (lengthStart[length + 1] ?? 0) + 1;
  }
  for (let n = 1; n < lengthStart.length; n++) lengthStart[n] = (lengthStart[n] ?? 0) + (lengthStart[n - 1] ?? 0);
  const cursor = lengthStart.slice();
  const order = new Uint32Array(count);
  for (let u = 0; u < count; u++) {
    const length = (tokenStart[u + 1] ?? 0) - (tokenStart[u] ?? 0);
    order[cursor[length] ?? 0] = u;
    cursor[length] = (cursor[length] ?? 0) + 1;
  }
  return { order, lengthStart };
}

/** Re-lay the unit-ordered token sequences in position order. */
function toPositionOrder(unitStart: Uint32Array, unitTokens: Uint32Array, order: Uint32Array): { tokenStart: Uint32Array; tokens: Uint32Array } {
  const tokenStart = new Uint32Array(order.length + 1);
  const tokens = new Uint32Array(unitTokens.length);
  let at = 0;
  for (let p = 0; p < order.length; p++) {
    const unit = order[p] ?? 0;
    const from = unitStart[unit] ?? 0;
    const to = unitStart[unit + 1] ?? 0;
    tokens.set(unitTokens.subarray(from, to), at);
    at += to - from;
    tokenStart[p + 1] = at;
  }
  return { tokenStart, tokens };
}

/** Two passes over the tokens (count, then fill from the back), so no list ever grows. */
function buildPostings(tokenStart: Uint32Array, tokens: Uint32Array, vocabularySize: number): { listStart: Uint32Array; postings: Uint32Array } {
  const listStart = new Uint32Array(vocabularySize + 1);
  for (let t = 0; t < tokens.length; t++) {
    const id = tokens[t] ?? 0;
    listStart[id] = (listStart[id] ?? 0) + 1;
  }
  // Inclusive prefix sums: listStart[id] becomes the END of the list of id.
  for (let id = 1; id < vocabularySize; id++) listStart[id] = (listStart[id] ?? 0) + (listStart[id - 1] ?? 0);
  listStart[vocabularySize] = vocabularySize > 0 ? (listStart[vocabularySize - 1] ?? 0) : 0;
  const postings = new Uint32Array(tokens.length);
  // Filling from the last position backwards leaves every list ascending and
  // moves listStart[id] down to the START of its list.
  for (let p = tokenStart.length - 2; p >= 0; p--) {
    const to = tokenStart[p + 1] ?? 0;
    for (let t = tokenStart[p] ?? 0; t < to; t++) {
      const id = tokens[t] ?? 0;
      const at = (listStart[id] ?? 0) - 1;
      listStart[id] = at;
      postings[at] = p;
    }
  }
  return { listStart, postings };
}
