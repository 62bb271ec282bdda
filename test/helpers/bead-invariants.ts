/**
 * The invariants of any alignment, the ones the evaluation scorer also
 * applies: every sentence once and in order on each side, no bead empty on
 * both sides, a confidence in [0, 1] and a finite cost. Shared by the align
 * unit, golden and property tests.
 */
import { expect } from 'vitest';
import type { Bead } from '../../src/types';

/** Check the invariants for beads over `n` source and `m` target sentences. */
export function expectBeadInvariants(beads: readonly Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.source)).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(beads.flatMap((b) => b.target)).toEqual(Array.from({ length: m }, (_, k) => k));
  for (const bead of beads) {
    expect(bead.source.length + bead.target.length).toBeGreaterThan(0);
    expect(bead.confidence).toBeGreaterThanOrEqual(0);
    expect(bead.confidence).toBeLessThanOrEqual(1);
    expect(Number.isFinite(bead.cost)).toBe(true);
  }
}
