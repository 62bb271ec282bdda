/**
 * The in-memory index of a live memory: a list of immutable segments (each a
 * {@link TranslationMemory}) in unit order, plus tombstones. It answers
 * lookups and concordance exactly as `TranslationMemory.fromUnits` would over
 * the live units in the same order — same matches, scores, order and
 * `unitIndex` — while units are added and deleted.
 *
 * Why segments: the library's index is a set of packed arrays that cannot
 * grow, and rebuilding a million units takes seconds. New units go into a
 * small new segment; trailing segments of similar size are merged
 * (log-structured, as LSM trees do), so a unit is re-indexed O(log n) times and
 * a query visits O(log n) small segments besides the big ones. A merge is
 * never larger than {@link SEGMENTED_MEMORY_LIMITS}.mergedUnits, so no write
 * stalls the server for long (see the README's serve section for numbers).
 *
 * Why it is exact: each segment's lookup is exact for its own units (the
 * library's guarantee), asked for `limit` live matches; the best `limit`
 * overall are among the union, ranked by (score desc, global order asc), the
 * library's own order.
 */
import { TranslationMemory } from '../tm/translation-memory';
import { DEFAULT_CONCORDANCE_OPTIONS, DEFAULT_LOOKUP_OPTIONS, type ConcordanceOptions, type LookupOptions, type TranslationMemoryOptions } from '../tm/tm-options';
import type { ConcordanceHit, TmMatch } from '../tm/tm-match';
import { MemorySegment, type KeyedUnit } from './memory-segment';
import { appendAll } from '../append-all';

/** A lookup match of a live memory: the library's match plus the unit's key. */
export type LiveMatch = TmMatch & { readonly key: number };
/** A concordance hit of a live memory: the library's hit plus the unit's key. */
export type LiveConcordanceHit = ConcordanceHit & { readonly key: number };

/**
 * Sizes of the log-structured merge.
 * - `sizeRatio`: the last two segments merge while the one before is at most this many times the last;
 * - `mergedUnits`: largest segment a merge or a build slice may make. Building
 *   16,384 units takes about 0.1 s on one core of the 2-core VM (measured with
 *   the lookup bench's units), the longest a write may hold the event loop;
 * - `sliceUnits`: units indexed per slice when a large batch (an import) is appended.
 */
export const SEGMENTED_MEMORY_LIMITS: SegmentLimits = { sizeRatio: 4, mergedUnits: 16_384, sliceUnits: 16_384 };

/** See {@link SEGMENTED_MEMORY_LIMITS}. */
export interface SegmentLimits {
  readonly sizeRatio: number;
  readonly mergedUnits: number;
  readonly sliceUnits: number;
}

/** A placeholder unit for the probe memory (validates queries when the memory is empty). */
const PROBE_UNIT = { id: 'probe', en: 'probe', zh: '探' } as const;

/** Ranks a candidate of one segment by the library's order: score desc, then global order. */
interface Candidate<T> {
  readonly item: T;
  readonly segment: number;
  readonly local: number;
  readonly score: number;
}

export class SegmentedMemory {
  private segments: MemorySegment[] = [];
  private readonly options: TranslationMemoryOptions;
  private readonly probe: TranslationMemory;
  private readonly limits: SegmentLimits;

  /** @param limits - merge sizes; tests make them tiny to exercise merges. */
  constructor(options: TranslationMemoryOptions = {}, limits: SegmentLimits = SEGMENTED_MEMORY_LIMITS) {
    const { termbase: _termbase, ...indexOptions } = options;
    this.options = indexOptions;
    this.limits = limits;
    this.probe = TranslationMemory.fromUnits([PROBE_UNIT], indexOptions);
  }

  /** Live units. */
  get size(): number {
    let size = 0;
    for (const segment of this.segments) size += segment.liveSize;
    return size;
  }

  /** Number of segments (for health and benchmarks). */
  get segmentCount(): number {
    return this.segments.length;
  }

  /** Append a whole memory as one segment (a loaded index file), keys given per unit in its order. */
  appendMemory(tm: TranslationMemory, keys: Float64Array): void {
    this.segments.push(new MemorySegment(tm, keys));
  }

  /**
   * Append units after every unit held, indexing them now. Large batches are
   * cut into slices of `sliceUnits`; then trailing segments are merged.
   */
  append(units: readonly KeyedUnit[]): void {
    if (units.length === 0) return;
    for (let from = 0; from < units.length; from += this.limits.sliceUnits) {
      this.segments.push(MemorySegment.build(units.slice(from, from + this.limits.sliceUnits), this.options));
    }
    this.mergeTail();
  }

  /**
   * The same as {@link SegmentedMemory.append}, but each slice is indexed in a
   * task of its own, so a large import lets lookups run between slices. The
   * units become visible all at once, when the last slice is built. Calls
   * must not overlap (the caller serialises writes).
   */
  async appendInSlices(units: readonly KeyedUnit[]): Promise<void> {
    const built: MemorySegment[] = [];
    for (let from = 0; from < units.length; from += this.limits.sliceUnits) {
      if (from > 0) await new Promise((resolve) => setImmediate(resolve));
      built.push(MemorySegment.build(units.slice(from, from + this.limits.sliceUnits), this.options));
    }
    appendAll(this.segments, built);
    this.mergeTail();
  }

  /** Delete the units with these keys; returns the keys that were live. */
  remove(keys: Iterable<number>): number[] {
    const removed: number[] = [];
    for (const key of keys) {
      for (const segment of this.segments) {
        const local = segment.localOf(key);
        if (local < 0) continue;
        if (segment.kill(local)) removed.push(key);
        break;
      }
    }
    return removed;
  }

  /** True when a live unit has this key. */
  has(key: number): boolean {
    for (const segment of this.segments) {
      const local = segment.localOf(key);
      if (local >= 0) return !segment.isDead(local);
    }
    return false;
  }

  /** Fuzzy lookup over the live units: the library's answer on the same units in the same order. */
  lookup(text: string, options: LookupOptions = {}): LiveMatch[] {
    this.probe.lookup(text, options); // the library's checks of query and options, even when empty
    const limit = options.limit ?? DEFAULT_LOOKUP_OPTIONS.limit;
    const candidates: Candidate<TmMatch>[] = [];
    this.segments.forEach((segment, index) => {
      for (const match of liveResults(segment, limit, (fetch) => segment.tm.lookup(text, { ...options, limit: fetch }))) {
        candidates.push({ item: match, segment: index, local: match.unitIndex, score: match.score });
      }
    });
    candidates.sort((a, b) => b.score - a.score || a.segment - b.segment || a.local - b.local);
    if (candidates.length > limit) candidates.length = limit;
    const before = this.liveBefore();
    return candidates.map(({ item, segment, local }) => {
      const owner = this.segments[segment] as MemorySegment;
      return { ...item, unitIndex: (before[segment] ?? 0) + local - owner.deadBefore(local), key: owner.keys[local] ?? 0 };
    });
  }

  /** Concordance over the live units, in unit order, as the library answers it. */
  concordance(phrase: string, options: ConcordanceOptions = {}): LiveConcordanceHit[] {
    this.probe.concordance(phrase, options);
    const limit = options.limit ?? DEFAULT_CONCORDANCE_OPTIONS.limit;
    const hits: LiveConcordanceHit[] = [];
    let before = 0;
    for (const segment of this.segments) {
      if (hits.length >= limit) break;
      const wanted = limit - hits.length;
      for (const hit of liveResults(segment, wanted, (fetch) => segment.tm.concordance(phrase, { ...options, limit: fetch }))) {
        if (hits.length >= limit) break;
        const local = hit.unitIndex;
        hits.push({ ...hit, unitIndex: before + local - segment.deadBefore(local), key: segment.keys[local] ?? 0 });
      }
      before += segment.liveSize;
    }
    return hits;
  }

  /** The live units in order, as of this call: later writes are not seen (for export). */
  snapshot(): Iterator<KeyedUnit> {
    const frozen = this.segments.map((segment) => ({ segment, dead: new Set(segment.deadSnapshot()) }));
    return (function* units(): Generator<KeyedUnit> {
      for (const { segment, dead } of frozen) {
        for (let i = 0; i < segment.builtSize; i++) {
          if (!dead.has(i)) yield { key: segment.keys[i] ?? 0, unit: segment.tm.unitAt(i) };
        }
      }
    })();
  }

  /** Live units before each segment. */
  private liveBefore(): number[] {
    const before: number[] = [];
    let sum = 0;
    for (const segment of this.segments) {
      before.push(sum);
      sum += segment.liveSize;
    }
    return before;
  }

  /**
   * Merge the last two segments while the one before is at most `sizeRatio`
   * times the last and both fit in `mergedUnits`. Sizes then fall by more
   * than `sizeRatio` from segment to segment towards the tail, so a query
   * visits about log_ratio(mergedUnits) small segments besides the large
   * ones, and a unit is re-indexed about that many times in its life (the
   * logarithmic method of Bentley and Saxe, as LSM trees use it). Segments
   * above `mergedUnits` (an import's slices, an index file, the start-up load)
   * are never merged while serving.
   */
  private mergeTail(): void {
    const { sizeRatio, mergedUnits } = this.limits;
    while (this.segments.length >= 2) {
      const last = this.segments[this.segments.length - 1] as MemorySegment;
      const previous = this.segments[this.segments.length - 2] as MemorySegment;
      if (previous.liveSize > sizeRatio * last.liveSize || previous.liveSize + last.liveSize > mergedUnits) return;
      const units = [...previous.liveUnits(), ...last.liveUnits()];
      this.segments.splice(this.segments.length - 2);
      if (units.length > 0) this.segments.push(MemorySegment.build(units, this.options));
    }
  }
}

/**
 * The first `wanted` live results of a segment. It asks for `wanted` plus
 * the tombstones it may meet, and asks again for twice as many while deleted
 * units crowd live ones out of a full answer.
 */
function liveResults<T extends { readonly unitIndex: number }>(segment: MemorySegment, wanted: number, ask: (limit: number) => T[]): T[] {
  let fetch = wanted === Infinity ? Infinity : wanted + Math.min(segment.deadCount, 16);
  for (;;) {
    const results = ask(fetch);
    const live = segment.deadCount === 0 ? results : results.filter((r) => !segment.isDead(r.unitIndex));
    if (live.length >= wanted || results.length < fetch || fetch === Infinity || fetch >= segment.builtSize) return live.slice(0, wanted);
    fetch = Math.min(fetch * 2, wanted + segment.deadCount);
  }
}
