/**
 * Candidate retrieval: the positions of every unit that may score at least
 * `minScore` against a query, found through the token index without
 * scoring the others. Nothing that can reach `minScore` is ever dropped:
 *
 * 1. Length filter: only the window of token counts that can reach the score
 *    (a contiguous range of positions, see `core/side-index.ts`).
 * 2. Count filter: a unit of n tokens must share at least
 *    T(n) = sharedTokenLowerBound(L, maxEdits(L)), L = max(m, n), of the
 *    query's m tokens, counted with multiplicity (proof in `score-bound.ts`).
 * 3. Prefix filter on both sides (Chaudhuri et al. 2006, "A primitive
 *    operator for similarity joins"; Xiao et al. 2008, "Efficient similarity
 *    joins for near duplicate detection", PPJoin). Turn both token bags into
 *    sets by tagging repeats (t, 1), (t, 2), … and sort both by one global
 *    order, rarest token first (`side.rarity`, repeats in text order). If
 *    |x ∩ y| ≥ T, the first |x| − T + 1 elements of x and the first
 *    |y| − T + 1 of y share an element. Proof: let e be the later of the two
 *    prefixes' last elements, say the last of x's prefix; a common element
 *    before or at it would lie in both prefixes, so every common element lies
 *    after it, among x's last T − 1 elements — fewer than T.
 *    So a qualifying unit at position p is found in the posting list of some
 *    query element of rank i ≤ m − T(n), as an occurrence of rank
 *    r ≤ n − T(n) within the unit (`side.postingRank`). Only the lists of the
 *    query's first m − T + 1 elements are read (T the least T(n) of the
 *    window), and an entry is admitted only when both ranks are in their
 *    prefixes: units that share only common tokens with the query never
 *    become candidates, even when those tokens are in the query's prefix.
 *    The first such entry is the first common element of the two (an earlier
 *    one would have passed both tests first), so the overlap is at most
 *    1 + min(m − 1 − i, n − 1 − r) (PPJoin's positional filter); a unit for
 *    which that is below T(n) is rejected for good.
 * 4. An admitted unit whose token-set signature already shows too many tokens
 *    the query lacks is dropped (`token-signature.ts`); for the rest the exact
 *    shared-token count is taken from the token sequence, and units below
 *    T(n) are dropped.
 * Every remaining candidate is then scored exactly by the caller.
 */
import { lengthWindow, maxEdits, sharedTokenLowerBound } from './score-bound';
import { longestUnit, positionLength, type SideIndex } from '../core/side-index';
import type { CandidateList } from './candidate-list';
import { TokenMultiset } from './token-multiset';
import { addToSignature, bitsNotIn, SIGNATURE_WORDS } from './token-signature';
import { UintList } from '../core/uint-list';

/** Marks of `CandidateScratch.admitted`. */
const UNSEEN = 0;
const ADMITTED = 1;
const REJECTED = 2;

/** Per-side scratch (one mark per unit position), reused between queries. */
export class CandidateScratch {
  /** ADMITTED or REJECTED for positions the current query has met; reset to UNSEEN before it returns. */
  readonly admitted: Uint8Array;
  readonly touched: UintList = new UintList(1024);
  readonly multiset: TokenMultiset = new TokenMultiset();

  constructor(unitCount: number) {
    this.admitted = new Uint8Array(unitCount);
  }
}

/** What {@link findCandidates} did, for benchmarks and tests. */
export interface CandidateStats {
  /** Token counts of the length window, `[min, max]` (empty when min > max). */
  readonly lengths: readonly [number, number];
  /** Positions in the length window. */
  readonly window: number;
  /** Units admitted by the prefix filter. */
  readonly admitted: number;
  /** Units handed to exact scoring. */
  readonly candidates: number;
  /** True when the filters could not prune (minScore too low) and the window was scanned. */
  readonly scanned: boolean;
}

/**
 * Put into `out` the positions of `side` whose unit may score ≥ `minScore`
 * against the query `query[0, length)`, sorted by shared tokens. Token ids ≥
 * `knownLimit` are query tokens that no unit holds.
 */
export function findCandidates(
  side: SideIndex,
  query: Uint32Array,
  length: number,
  knownLimit: number,
  minScore: number,
  scratch: CandidateScratch,
  out: CandidateList,
): CandidateStats {
  out.clear();
  const longest = longestUnit(side);
  const [nMin, windowMax] = lengthWindow(length, minScore, longest);
  const nMax = Math.min(windowMax, longest);
  const lengths = [nMin, nMax] as const;
  if (nMin > nMax) return { lengths, window: 0, admitted: 0, candidates: 0, scanned: false };
  const windowLow = side.lengthStart[nMin] ?? 0;
  const windowHigh = side.lengthStart[nMax + 1] ?? 0;

  // The count threshold of each length in the window, and the least of them.
  const need = new Int32Array(nMax - nMin + 1);
  let leastNeed = Infinity;
  for (let n = nMin; n <= nMax; n++) {
    const longer = Math.max(length, n);
    const threshold = sharedTokenLowerBound(longer, maxEdits(longer, minScore));
    need[n - nMin] = threshold;
    leastNeed = Math.min(leastNeed, threshold);
  }

  const touched = scratch.touched;
  touched.length = 0;
  const scanned = leastNeed <= 0;
  if (scanned) {
    // The filters cannot prune (possible only for minScore < 0.5): every unit of the window is a candidate.
    for (let p = windowLow; p < windowHigh; p++) touched.push(p);
  } else {
    admitByPrefix(side, query, length, knownLimit, length - leastNeed + 1, need, nMin, windowLow, windowHigh, scratch);
  }

  // Step 4: exact shared counts from the token sequences.
  const multiset = scratch.multiset;
  multiset.load(query, length, knownLimit + length);
  const querySignature = new Uint32Array(SIGNATURE_WORDS);
  addToSignature(querySignature, 0, query, 0, length);
  let rejected = 0;
  for (let t = 0; t < touched.length; t++) {
    const position = touched.data[t] ?? 0;
    const admission = scratch.admitted[position];
    scratch.admitted[position] = UNSEEN;
    if (admission === REJECTED) {
      rejected++;
      continue;
    }
    // The signature bound first: it reads 16 bytes instead of the unit's tokens.
    const n = positionLength(side, position, nMin, nMax);
    if (n - bitsNotIn(side.signatures, position * SIGNATURE_WORDS, querySignature) < (need[n - nMin] ?? Infinity)) continue;
    const from = side.tokenStart[position] ?? 0;
    const size = (side.tokenStart[position + 1] ?? 0) - from;
    const shared = multiset.shared(side.tokens, from, size);
    if (shared >= (need[size - nMin] ?? Infinity)) out.add(position, shared);
  }
  multiset.unload(query, length);
  out.sort(length);
  return { lengths, window: windowHigh - windowLow, admitted: touched.length - rejected, candidates: out.positions.length, scanned };
}

/**
 * Step 3: read the lists of the query's first `prefix` elements (rarest first)
 * and admit each unit met as an occurrence inside its own prefix, while the
 * query element is inside the query's prefix for that unit's length.
 */
function admitByPrefix(
  side: SideIndex,
  query: Uint32Array,
  length: number,
  knownLimit: number,
  prefix: number,
  need: Int32Array,
  nMin: number,
  windowLow: number,
  windowHigh: number,
  scratch: CandidateScratch,
): void {
  const listed = Math.min(knownLimit, side.listStart.length - 1);
  const elements = queryElements(side, query, length, listed);
  const { admitted, touched } = scratch;
  for (let i = 0; i < prefix && i < elements.length; i++) {
    const element = elements[i] as QueryElement;
    if (element.id >= listed) continue; // no unit holds it: nothing to admit
    const to = side.listStart[element.id + 1] ?? 0;
    let at = lowerBound(side.postings, side.listStart[element.id] ?? 0, to, windowLow);
    // Walk the list with the length of its current position (lists ascend by position, hence by length).
    let n = nMin;
    let nextLengthStart = side.lengthStart[n + 1] ?? 0;
    while (at < to) {
      const position = side.postings[at] ?? 0;
      if (position >= windowHigh) break;
      let run = 1;
      while (at + run < to && side.postings[at + run] === position) run++;
      if (element.occurrence <= run && admitted[position] === UNSEEN) {
        while (position >= nextLengthStart) nextLengthStart = side.lengthStart[++n + 1] ?? 0;
        const threshold = need[n - nMin] ?? 0;
        const rank = side.postingRank[at + element.occurrence - 1] ?? 0;
        // Both ranks inside their prefixes: i ≤ m − T(n) in the query, r ≤ n − T(n) in the unit.
        if (i <= length - threshold && rank <= n - threshold) {
          // Positional filter: this is the first common element in the global order (an earlier
          // one would have passed both tests first), so every common element lies after rank i
          // in the query and after rank r in the unit.
          const possible = 1 + Math.min(length - 1 - i, n - 1 - rank);
          admitted[position] = possible >= threshold ? ADMITTED : REJECTED;
          touched.push(position);
        }
      }
      at += run;
    }
  }
}

/** One element of the query's token set: the `occurrence`-th repeat of token `id`. */
interface QueryElement {
  readonly id: number;
  readonly occurrence: number;
}

/** The query's elements sorted by the global order: rarity (unlisted tokens first), then occurrence. */
function queryElements(side: SideIndex, query: Uint32Array, length: number, listed: number): QueryElement[] {
  const seen = new Map<number, number>();
  const elements: QueryElement[] = [];
  for (let i = 0; i < length; i++) {
    const id = query[i] ?? 0;
    const occurrence = (seen.get(id) ?? 0) + 1;
    seen.set(id, occurrence);
    elements.push({ id, occurrence });
  }
  const rank = (id: number): number => (id < listed ? (side.rarity[id] ?? 0) : -1);
  return elements.sort((a, b) => rank(a.id) - rank(b.id) || a.id - b.id || a.occurrence - b.occurrence);
}

/** First index in the sorted range `[from, to)` of `values` holding a value ≥ `target`. */
function lowerBound(values: Uint32Array, from: number, to: number, target: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
