/**
 * One segment of a live memory: an immutable {@link TranslationMemory} over a
 * run of consecutive units, the key of each unit, and the units deleted since
 * it was built (tombstones). Lookups ask the segment's index and drop the
 * tombstoned units; a merge rebuilds the segment without them.
 */
import { TranslationMemory } from '../tm/translation-memory';
import type { TranslationMemoryOptions } from '../tm/tm-options';
import type { TranslationUnit } from '../types';

/** A unit with the key the live memory knows it by (a positive safe integer). */
export interface KeyedUnit {
  readonly key: number;
  readonly unit: TranslationUnit;
}

/** A segment: its index, its keys, and its tombstones. */
export class MemorySegment {
  readonly tm: TranslationMemory;
  /** Key of the unit at each local index (the segment's input order). */
  readonly keys: Float64Array;
  /** Keys sorted ascending, and the local index of each, to find a key in O(log n). */
  private readonly sortedKeys: Float64Array;
  private readonly sortedLocal: Uint32Array;
  /** Local indexes of deleted units, ascending. */
  private dead: number[] = [];

  constructor(tm: TranslationMemory, keys: Float64Array) {
    if (tm.size !== keys.length) throw new Error(`segment of ${tm.size} units given ${keys.length} keys`);
    this.tm = tm;
    this.keys = keys;
    const local = Uint32Array.from({ length: keys.length }, (_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0));
    this.sortedLocal = local;
    this.sortedKeys = Float64Array.from(local, (i) => keys[i] ?? 0);
  }

  /** Index `units` (at least one) as a segment. */
  static build(units: readonly KeyedUnit[], options: TranslationMemoryOptions): MemorySegment {
    const tm = TranslationMemory.fromUnits(
      units.map((u) => u.unit),
      options,
    );
    return new MemorySegment(tm, Float64Array.from(units, (u) => u.key));
  }

  /** Units built into the segment, deleted ones included. */
  get builtSize(): number {
    return this.keys.length;
  }

  /** Units not deleted. */
  get liveSize(): number {
    return this.keys.length - this.dead.length;
  }

  get deadCount(): number {
    return this.dead.length;
  }

  /** Local index of `key`, or -1 when the segment never held it. */
  localOf(key: number): number {
    let low = 0;
    let high = this.sortedKeys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sortedKeys[middle] ?? 0) < key) low = middle + 1;
      else high = middle;
    }
    return this.sortedKeys[low] === key ? (this.sortedLocal[low] ?? -1) : -1;
  }

  isDead(local: number): boolean {
    return this.deadBefore(local + 1) > this.deadBefore(local);
  }

  /** Number of deleted units with a local index below `local`. */
  deadBefore(local: number): number {
    let low = 0;
    let high = this.dead.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.dead[middle] ?? 0) < local) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Tombstone the unit at `local`; false when it was already deleted. */
  kill(local: number): boolean {
    const at = this.deadBefore(local);
    if (this.dead[at] === local) return false;
    this.dead.splice(at, 0, local);
    return true;
  }

  /** The live units, in order, with their keys. */
  liveUnits(): KeyedUnit[] {
    const units: KeyedUnit[] = [];
    let next = 0;
    for (let i = 0; i < this.keys.length; i++) {
      if (this.dead[next] === i) {
        next++;
        continue;
      }
      units.push({ key: this.keys[i] ?? 0, unit: this.tm.unitAt(i) });
    }
    return units;
  }

  /** A copy of the tombstones, for a reader that must not see later deletions. */
  deadSnapshot(): readonly number[] {
    return [...this.dead];
  }
}
