/**
 * A memory that grows and shrinks without a full rebuild: a list of
 * immutable indexed segments (a log-structured merge, as search engines keep
 * their indexes), each a complete `MemoryCore` over some of the units.
 *
 * - Units have global indexes, given in order of arrival and never reused
 *   while the memory lives: the built units are 0 … n − 1, added ones follow.
 * - `add` indexes the new units as a segment of their own, then merges the
 *   last two segments while the last holds at least half as many live units
 *   as the one before it. Segment sizes so at least double from last to
 *   first: there are at most log2(n) + 1 segments, and each unit is re-indexed
 *   O(log n) times over any sequence of adds (amortised O(log n) per unit).
 * - `remove` marks the unit in its segment (lookups skip it at once); a
 *   segment more than half removed is rebuilt without its removed units.
 *
 * Lookup is exact across segments: each segment returns its own best `limit`
 * live units, exactly (search/lookup.ts), with ties in local order, which is global
 * order; the best `limit` of their union, by score then global index, are the
 * memory's best `limit`.
 */
import type { TranslationUnit } from '../types';
import { buildMemoryCore } from './core/build-memory-core';
import { findConcordance } from './search/concordance';
import { lookupMatches } from './search/lookup';
import { QueryWorkspace, type MemoryCore } from './core/memory-core';
import { prepareQuery } from './search/prepare-query';
import type { ConcordanceHit, TmMatch } from './tm-match';

/** One indexed part of the memory. */
interface Segment {
  readonly core: MemoryCore;
  readonly workspace: QueryWorkspace;
  /** Global index of each of the segment's units, ascending. */
  readonly globals: Uint32Array;
  /** 1 for each of the segment's units that was removed. */
  readonly removed: Uint8Array;
  removedCount: number;
}

function segmentOf(core: MemoryCore, globals: Uint32Array): Segment {
  return { core, workspace: new QueryWorkspace(core.store.size), globals, removed: new Uint8Array(core.store.size), removedCount: 0 };
}

const liveIn = (segment: Segment): number => segment.globals.length - segment.removedCount;

/** The segments of a memory and the global numbering of its units. */
export class MemorySegments {
  private segments: Segment[];
  private nextIndex: number;
  private live: number;

  constructor(core: MemoryCore) {
    const size = core.store.size;
    this.segments = [segmentOf(core, Uint32Array.from({ length: size }, (_, i) => i))];
    this.nextIndex = size;
    this.live = size;
  }

  /** Number of live units. */
  get size(): number {
    return this.live;
  }

  /** The unit with global index `index`. @throws RangeError when there is none or it was removed. */
  unit(index: number): TranslationUnit {
    const found = this.locate(index);
    if (!found || found.segment.removed[found.local] === 1) throw new RangeError(`No unit ${index} in this memory${found ? ' (it was removed)' : ''}`);
    return found.segment.core.store.unit(found.local);
  }

  /** Index `units` as a new segment; returns their global indexes. */
  add(units: readonly TranslationUnit[]): number[] {
    if (units.length === 0) return [];
    const first = this.nextIndex;
    const globals = Uint32Array.from({ length: units.length }, (_, i) => first + i);
    this.segments.push(segmentOf(buildMemoryCore(units), globals));
    this.nextIndex += units.length;
    this.live += units.length;
    this.rebalance();
    return Array.from(globals);
  }

  /** Remove the unit with global index `index`; false when there is none (or it was already removed). */
  remove(index: number): boolean {
    const found = this.locate(index);
    if (!found || found.segment.removed[found.local] === 1) return false;
    found.segment.removed[found.local] = 1;
    found.segment.removedCount++;
    this.live--;
    if (found.segment.removedCount * 2 > found.segment.globals.length) this.rebuild(this.segments.indexOf(found.segment));
    return true;
  }

  /** The best `limit` live units for `text` over every segment, best first, ties by global index. */
  lookup(text: string, lang: string | undefined, maxQueryLength: number, minScore: number, limit: number): TmMatch[] {
    const all: TmMatch[] = [];
    for (const segment of this.segments) {
      const query = prepareQuery(segment.core, segment.workspace, text, lang, maxQueryLength);
      for (const match of lookupMatches(segment.core, segment.workspace, query, minScore, limit, segment.removedCount > 0 ? segment.removed : undefined)) {
        all.push({ ...match, unitIndex: segment.globals[match.unitIndex] ?? 0 });
      }
    }
    if (this.segments.length === 1) return all;
    return all.sort((a, b) => b.score - a.score || a.unitIndex - b.unitIndex).slice(0, limit);
  }

  /** Live units containing `phrase`, in global order, at most `limit`. */
  concordance(phrase: string, lang: string | undefined, maxQueryLength: number, limit: number): ConcordanceHit[] {
    const hits: ConcordanceHit[] = [];
    for (const segment of this.segments) {
      if (hits.length >= limit) break;
      const query = prepareQuery(segment.core, segment.workspace, phrase, lang, maxQueryLength);
      for (const hit of findConcordance(segment.core, segment.workspace, query, limit - hits.length, segment.removedCount > 0 ? segment.removed : undefined)) {
        hits.push({ ...hit, unitIndex: segment.globals[hit.unitIndex] ?? 0 });
      }
    }
    return hits;
  }

  /** One core of the live units in global order (the memory's own when it is one segment without removals). */
  compacted(): MemoryCore {
    const only = this.segments[0];
    if (this.segments.length === 1 && only && only.removedCount === 0) return only.core;
    return buildMemoryCore(this.liveUnits(this.segments).units);
  }

  /** The segment and local index of a global index (segments hold ascending, disjoint global ranges). */
  private locate(index: number): { segment: Segment; local: number } | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.nextIndex) return undefined;
    for (const segment of this.segments) {
      const globals = segment.globals;
      if (globals.length === 0 || index > (globals[globals.length - 1] ?? 0)) continue;
      let low = 0;
      let high = globals.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((globals[middle] ?? 0) < index) low = middle + 1;
        else high = middle;
      }
      return globals[low] === index ? { segment, local: low } : undefined;
    }
    return undefined;
  }

  /** Merge the last two segments while the last is at least half the size of the one before. */
  private rebalance(): void {
    for (;;) {
      const last = this.segments.at(-1);
      const before = this.segments.at(-2);
      if (!last || !before || liveIn(last) * 2 < liveIn(before)) return;
      const merged = this.liveUnits([before, last]);
      if (merged.units.length === 0) return;
      this.segments.splice(-2, 2, segmentOf(buildMemoryCore(merged.units), merged.globals));
    }
  }

  /** Rebuild segment `at` without its removed units (kept as is when none would remain). */
  private rebuild(at: number): void {
    const segment = this.segments[at];
    if (!segment) return;
    const kept = this.liveUnits([segment]);
    if (kept.units.length === 0) return;
    this.segments[at] = segmentOf(buildMemoryCore(kept.units), kept.globals);
  }

  private liveUnits(segments: readonly Segment[]): { units: TranslationUnit[]; globals: Uint32Array } {
    const units: TranslationUnit[] = [];
    const globals: number[] = [];
    for (const segment of segments) {
      for (let local = 0; local < segment.globals.length; local++) {
        if (segment.removed[local] === 1) continue;
        units.push(segment.core.store.unit(local));
        globals.push(segment.globals[local] ?? 0);
      }
    }
    return { units, globals: Uint32Array.from(globals) };
  }
}
