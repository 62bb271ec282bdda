/**
 * Candidate retrieval: the positions of every unit that may score at least
 * `minScore` against a query, found through the bigram index without
 * scoring the others. Nothing that can reach `minScore` is ever dropped:
 *
 * 1. Length filter: only the window of token counts that can reach the score
 *    (a contiguous range of positions, see `side-index.ts`).
 * 2. Count filter: a unit of n tokens must share at least
 *    T(n) = sharedGramLowerBound(L, maxEdits(L)), L = max(m, n), of the
 *    query's N = m + 1 padded bigrams (proof in `score-bound.ts`). Let T be the
 *    least T(n) over the window.
 * 3. Prefix filter (pigeonhole; Chaudhuri et al. 2006, "A primitive operator
 *    for similarity joins"): any N − T + 1 of the query's bigrams contain at
 *    least one that a qualifying unit shares — otherwise it shares at most
 *    T − 1. So only units in the N − T + 1 SHORTEST posting lists become
 *    candidates; the longest lists (the commonest bigrams) are never scanned
 *    to find candidates.
 * 4. Candidates are counted in further lists while scanning is cheap; a
 *    candidate whose count plus every bigram still unchecked is below its own
 *    T(n) is dropped; the rest are settled by binary search in the remaining
 *    lists (Li, Lu and Lu 2008, "Efficient merging and filtering algorithms
 *    for approximate string searches", DivideSkip).
 * Every remaining candidate is then scored exactly by the caller.
 */
import { ABSENT_BUCKET, GramScratch, gramBuckets } from './gram-buckets';
import { lengthWindow, maxEdits, sharedGramLowerBound } from './score-bound';
import { longestUnit, positionLength, type SideIndex } from './side-index';
import { UintList } from './uint-list';

/**
 * Keep counting in a list while it holds at most this many postings per
 * current candidate; longer lists are probed per candidate by binary search
 * instead. A scan costs ~1 step per posting, a probe ~log2(list) steps per
 * candidate. Tuned on the synthetic memories of test/bench/lookup.ts.
 */
const SCAN_POSTINGS_PER_CANDIDATE = 8;

/** Per-side scratch for counting (one counter per unit), reused between queries. */
export class CandidateScratch {
  readonly counts: Uint16Array;
  readonly touched: Uint32Array;
  readonly grams: GramScratch = new GramScratch();

  constructor(unitCount: number) {
    this.counts = new Uint16Array(unitCount);
    this.touched = new Uint32Array(unitCount);
  }
}

/** One query bigram bucket: its posting range cut to the length window, and how often the query holds it. */
interface QueryList {
  readonly low: number;
  readonly high: number;
  readonly multiplicity: number;
}

/** What {@link findCandidates} did, for benchmarks and tests. */
export interface CandidateStats {
  /** Token counts of the length window, `[min, max]` (empty when min > max). */
  readonly lengths: readonly [number, number];
  /** Positions in the length window. */
  readonly window: number;
  /** Units counted from the shortest lists. */
  readonly counted: number;
  /** Units handed to exact scoring. */
  readonly candidates: number;
  /** True when the count filter could not prune (minScore too low) and the window was scanned. */
  readonly scanned: boolean;
}

/**
 * Candidates with the number of query bigrams each shares (bucket level; an
 * upper bound on true shared bigrams, which is all the caller needs), most
 * shared first, so the best matches tend to be scored first.
 */
export class CandidateList {
  readonly positions: UintList = new UintList(1024);
  readonly shared: UintList = new UintList(1024);
  private readonly unsortedPositions: UintList = new UintList(1024);
  private readonly unsortedShared: UintList = new UintList(1024);

  clear(): void {
    this.positions.length = 0;
    this.shared.length = 0;
    this.unsortedPositions.length = 0;
    this.unsortedShared.length = 0;
  }

  add(position: number, shared: number): void {
    this.unsortedPositions.push(position);
    this.unsortedShared.push(shared);
  }

  /** Counting sort of the added candidates by shared count, descending (stable). */
  sort(maxShared: number): void {
    const starts = new Uint32Array(maxShared + 2);
    const count = this.unsortedPositions.length;
    const shared = this.unsortedShared.data;
    for (let c = 0; c < count; c++) {
      const bin = maxShared - (shared[c] ?? 0) + 1;
      starts[bin] = (starts[bin] ?? 0) + 1;
    }
    for (let s = 1; s < starts.length; s++) starts[s] = (starts[s] ?? 0) + (starts[s - 1] ?? 0);
    this.positions.reserve(count);
    this.shared.reserve(count);
    for (let c = 0; c < count; c++) {
      const value = shared[c] ?? 0;
      const at = starts[maxShared - value] ?? 0;
      starts[maxShared - value] = at + 1;
      this.positions.data[at] = this.unsortedPositions.data[c] ?? 0;
      this.shared.data[at] = value;
    }
    this.positions.length = count;
    this.shared.length = count;
  }
}

/**
 * Put into `out` the positions of `side` whose unit may score ≥ `minScore`
 * against the query `query[0, length)`, sorted by shared bigrams. Token ids ≥
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
  const grams = length + 1;
  const longest = longestUnit(side);
  const [nMin, windowMax] = lengthWindow(length, minScore, longest);
  const nMax = Math.min(windowMax, longest);
  const lengths = [nMin, nMax] as const;
  if (nMin > nMax) return { lengths, window: 0, counted: 0, candidates: 0, scanned: false };
  const windowLow = side.lengthStart[nMin] ?? 0;
  const windowHigh = side.lengthStart[nMax + 1] ?? 0;
  const window = windowHigh - windowLow;

  // The count threshold of each length in the window, and the least of them.
  const need = new Int32Array(nMax - nMin + 1);
  let leastNeed = Infinity;
  for (let n = nMin; n <= nMax; n++) {
    const longer = Math.max(length, n);
    const threshold = sharedGramLowerBound(longer, maxEdits(longer, minScore));
    need[n - nMin] = threshold;
    leastNeed = Math.min(leastNeed, threshold);
  }
  if (leastNeed <= 0) {
    // The count filter cannot prune (possible only for minScore < 0.5): score the whole window.
    for (let p = windowLow; p < windowHigh; p++) out.add(p, grams);
    out.sort(grams);
    return { lengths, window, counted: window, candidates: window, scanned: true };
  }

  const { lists, absent } = queryLists(side, query, length, knownLimit, scratch.grams, windowLow, windowHigh);
  const prefix = grams - leastNeed + 1;
  const { counts, touched } = scratch;
  let touchedCount = 0;
  let covered = absent;
  let next = 0;

  // Step 3: candidates come only from the shortest lists covering `prefix` bigrams.
  for (; next < lists.length && covered < prefix; next++) {
    const list = lists[next] as QueryList;
    touchedCount = countList(side.postings, list, counts, touched, touchedCount, true);
    covered += list.multiplicity;
  }
  // Step 4: keep counting while a list is cheap to scan compared with probing it.
  for (; next < lists.length; next++) {
    const list = lists[next] as QueryList;
    if (list.high - list.low > SCAN_POSTINGS_PER_CANDIDATE * touchedCount) break;
    countList(side.postings, list, counts, touched, touchedCount, false);
  }
  let unchecked = 0;
  for (let l = next; l < lists.length; l++) unchecked += (lists[l] as QueryList).multiplicity;

  for (let t = 0; t < touchedCount; t++) {
    const position = touched[t] ?? 0;
    let count = counts[position] ?? 0;
    counts[position] = 0;
    const threshold = need[positionLength(side, position, nMin, nMax) - nMin] ?? Infinity;
    // Probe the unscanned lists, stopping as soon as the threshold is out of reach.
    let left = unchecked;
    for (let l = next; l < lists.length && count + left >= threshold; l++) {
      const list = lists[l] as QueryList;
      left -= list.multiplicity;
      count += Math.min(list.multiplicity, runAt(side.postings, list, position));
    }
    if (count >= threshold) out.add(position, count);
  }
  out.sort(grams);
  return { lengths, window, counted: touchedCount, candidates: out.positions.length, scanned: false };
}

/** The query's distinct buckets with their posting ranges cut to the window, shortest first. */
function queryLists(
  side: SideIndex,
  query: Uint32Array,
  length: number,
  knownLimit: number,
  grams: GramScratch,
  windowLow: number,
  windowHigh: number,
): { lists: QueryList[]; absent: number } {
  const count = gramBuckets(query, 0, length, side.bucketBits, grams, knownLimit);
  const buckets = grams.out.slice(0, count).sort();
  const lists: QueryList[] = [];
  let absent = 0;
  for (let g = 0; g < count; ) {
    const bucket = buckets[g] ?? ABSENT_BUCKET;
    let end = g + 1;
    while (end < count && buckets[end] === bucket) end++;
    if (bucket === ABSENT_BUCKET) absent += end - g;
    else {
      const from = side.bucketStart[bucket] ?? 0;
      const to = side.bucketStart[bucket + 1] ?? 0;
      const low = lowerBound(side.postings, from, to, windowLow);
      const high = lowerBound(side.postings, low, to, windowHigh);
      // An empty list is a bigram no unit in the window holds: it covers the prefix for free.
      if (high > low) lists.push({ low, high, multiplicity: end - g });
      else absent += end - g;
    }
    g = end;
  }
  lists.sort((a, b) => a.high - a.low - (b.high - b.low));
  return { lists, absent };
}

/**
 * Add one list to the counts: a unit listed r times (its bigrams repeated, or
 * sharing a bucket) gains min(r, multiplicity). With `admit` false only units
 * already counted gain. Returns the new number of touched units.
 */
function countList(postings: Uint32Array, list: QueryList, counts: Uint16Array, touched: Uint32Array, touchedCount: number, admit: boolean): number {
  let previous = -1;
  let run = 0;
  for (let i = list.low; i < list.high; i++) {
    const position = postings[i] ?? 0;
    if (position === previous) {
      run++;
      if (run > list.multiplicity) continue;
    } else {
      previous = position;
      run = 1;
    }
    const count = counts[position] ?? 0;
    if (count === 0) {
      if (!admit || run > 1) continue;
      touched[touchedCount++] = position;
    }
    counts[position] = count + 1;
  }
  return touchedCount;
}

/** How many times `position` occurs in the list (0 if absent). */
function runAt(postings: Uint32Array, list: QueryList, position: number): number {
  let at = lowerBound(postings, list.low, list.high, position);
  let run = 0;
  while (at < list.high && postings[at] === position && run < list.multiplicity) {
    run++;
    at++;
  }
  return run;
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
