/**
 * The index of one side (en or zh) of a memory, all in typed arrays so it
 * saves and loads without conversion.
 *
 * Units are ranked by token count ("positions", ties in unit order): the
 * units of a length window are then one contiguous range of positions, and a
 * posting list, sorted by position, is cut to the window by binary search.
 */
import type { Lang } from '../types';
import { ABSENT_BUCKET, GramScratch, gramBuckets } from './gram-buckets';
import { TokenScratch } from './scan-tokens';
import { UintList } from './uint-list';
import type { Vocabulary } from './vocabulary';

/** One side's token sequences and bigram index. */
export interface SideIndex {
  readonly lang: Lang;
  /** Token ids of unit u are `tokens[tokenStart[u], tokenStart[u + 1])` (unit order). */
  readonly tokenStart: Uint32Array;
  readonly tokens: Uint32Array;
  /** Unit at each position: units sorted by token count, then by unit index. */
  readonly order: Uint32Array;
  /** First position whose unit has ≥ n tokens, for n = 0 … longest + 1. */
  readonly lengthStart: Uint32Array;
  /** log2 of the number of buckets. */
  readonly bucketBits: number;
  /** Postings of bucket b are `postings[bucketStart[b], bucketStart[b + 1])`, ascending positions. */
  readonly bucketStart: Uint32Array;
  readonly postings: Uint32Array;
}

/** Fewest and most bucket bits: 1 KB to 128 MB of bucket offsets. */
const MIN_BUCKET_BITS = 8;
const MAX_BUCKET_BITS = 25;
/** Bigrams per bucket aimed at: 2 keeps unrelated bigrams mostly apart for 4 bytes per 2 postings. */
const GRAMS_PER_BUCKET = 2;

/** Number of tokens of the longest unit of `side`. */
export function longestUnit(side: SideIndex): number {
  return side.lengthStart.length - 2;
}

/** Token count of unit `unit`. */
export function unitLength(side: SideIndex, unit: number): number {
  return (side.tokenStart[unit + 1] ?? 0) - (side.tokenStart[unit] ?? 0);
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
 * build their bigram index.
 */
export function buildSideIndex(lang: Lang, count: number, textOf: (unit: number) => string, vocabulary: Vocabulary): SideIndex {
  const { tokenStart, tokens } = encodeTexts(count, textOf, vocabulary);
  const { order, lengthStart } = rankByLength(tokenStart);
  const bucketBits = chooseBucketBits(tokens.length + count);
  const { bucketStart, postings } = buildPostings(tokenStart, tokens, order, bucketBits);
  return { lang, tokenStart, tokens, order, lengthStart, bucketBits, bucketStart, postings };
}

function encodeTexts(count: number, textOf: (unit: number) => string, vocabulary: Vocabulary): { tokenStart: Uint32Array; tokens: Uint32Array } {
  const tokenStart = new Uint32Array(count + 1);
  const list = new UintList(count * 16);
  const scratch = new TokenScratch();
  for (let u = 0; u < count; u++) {
    vocabulary.encode(textOf(u), scratch, list);
    tokenStart[u + 1] = list.length;
  }
  // A view, not a copy: at a million units a copy would briefly double the largest array.
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

function chooseBucketBits(grams: number): number {
  const bits = Math.ceil(Math.log2(Math.max(1, grams / GRAMS_PER_BUCKET)));
  return Math.min(MAX_BUCKET_BITS, Math.max(MIN_BUCKET_BITS, bits));
}

/** Two passes over the bigrams (count, then fill from the back), so no list ever grows. */
function buildPostings(
  tokenStart: Uint32Array,
  tokens: Uint32Array,
  order: Uint32Array,
  bucketBits: number,
): { bucketStart: Uint32Array; postings: Uint32Array } {
  const buckets = 2 ** bucketBits;
  const bucketStart = new Uint32Array(buckets + 1);
  const scratch = new GramScratch();
  const gramsAt = (position: number): number => {
    const unit = order[position] ?? 0;
    const from = tokenStart[unit] ?? 0;
    return gramBuckets(tokens, from, (tokenStart[unit + 1] ?? 0) - from, bucketBits, scratch);
  };
  for (let p = 0; p < order.length; p++) {
    const grams = gramsAt(p);
    for (let g = 0; g < grams; g++) {
      const bucket = scratch.out[g] ?? ABSENT_BUCKET;
      if (bucket !== ABSENT_BUCKET) bucketStart[bucket] = (bucketStart[bucket] ?? 0) + 1;
    }
  }
  // Inclusive prefix sums: bucketStart[b] becomes the END of bucket b (and of all before it).
  for (let b = 1; b < buckets; b++) bucketStart[b] = (bucketStart[b] ?? 0) + (bucketStart[b - 1] ?? 0);
  bucketStart[buckets] = bucketStart[buckets - 1] ?? 0;
  const postings = new Uint32Array(bucketStart[buckets] ?? 0);
  // Filling from the last position backwards leaves every list ascending and
  // moves bucketStart[b] down to the START of bucket b.
  for (let p = order.length - 1; p >= 0; p--) {
    const grams = gramsAt(p);
    for (let g = 0; g < grams; g++) {
      const bucket = scratch.out[g] ?? ABSENT_BUCKET;
      if (bucket === ABSENT_BUCKET) continue;
      const at = (bucketStart[bucket] ?? 0) - 1;
      bucketStart[bucket] = at;
      postings[at] = p;
    }
  }
  return { bucketStart, postings };
}
