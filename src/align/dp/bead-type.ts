/**
 * The bead types the aligner may use: how many source and target sentences
 * one bead links. Each type is a named DP step, never a bare number.
 *
 * Allowed: 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-4, 4-1 and the skips 1-0, 0-1 (see
 * {@link DEFAULT_BEAD_STEPS} for the default set and test/bench/align.md for
 * what each adds: 1-3/3-1 and 1-4/4-1 are worth +0.12 strict F1 on mac-dev).
 * Excluded: 2-3, 3-2 and larger beads (under 1.5% of the gold beads of mac-dev
 * and aca; adding 2-3 and 3-2 measured −0.001 to −0.004 F1 on mac-dev: they
 * win more false merges than true ones), and 2-0/0-2 (two skips do the same).
 */

/** Name of a DP step: one bead type. */
export type BeadStep =
  | 'skipSource'
  | 'skipTarget'
  | 'bead1to1'
  | 'bead1to2'
  | 'bead2to1'
  | 'bead2to2'
  | 'bead1to3'
  | 'bead3to1'
  | 'bead1to4'
  | 'bead4to1';

/** A bead type: its step name and how many source and target sentences it links. */
export interface BeadType {
  readonly step: BeadStep;
  readonly source: number;
  readonly target: number;
}

/**
 * Every bead type the DP knows, by step name.
 * @example BEAD_TYPES.bead1to2 //=> { step: 'bead1to2', source: 1, target: 2 }
 */
export const BEAD_TYPES: Readonly<Record<BeadStep, BeadType>> = {
  skipSource: { step: 'skipSource', source: 1, target: 0 },
  skipTarget: { step: 'skipTarget', source: 0, target: 1 },
  bead1to1: { step: 'bead1to1', source: 1, target: 1 },
  bead1to2: { step: 'bead1to2', source: 1, target: 2 },
  bead2to1: { step: 'bead2to1', source: 2, target: 1 },
  bead2to2: { step: 'bead2to2', source: 2, target: 2 },
  bead1to3: { step: 'bead1to3', source: 1, target: 3 },
  bead3to1: { step: 'bead3to1', source: 3, target: 1 },
  bead1to4: { step: 'bead1to4', source: 1, target: 4 },
  bead4to1: { step: 'bead4to1', source: 4, target: 1 },
};

/**
 * The steps used by default (see test/bench/align.md for the measurement behind the choice).
 * @example
 * // Without the 1-4 and 4-1 beads:
 * alignSentences(en, zh, { beadSteps: DEFAULT_BEAD_STEPS.filter((step) => step !== 'bead1to4' && step !== 'bead4to1') })
 * // Confidence is relative to the steps allowed: with 1-1 beads and skips only, the wrong
 * // 1-1 beads of examples/align-sentences.ts get confidences of 0.95 and more.
 */
export const DEFAULT_BEAD_STEPS: readonly BeadStep[] = [
  'skipSource',
  'skipTarget',
  'bead1to1',
  'bead1to2',
  'bead2to1',
  'bead2to2',
  'bead1to3',
  'bead3to1',
  'bead1to4',
  'bead4to1',
];
