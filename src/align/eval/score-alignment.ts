/**
 * Scores of a test alignment against a gold alignment, exactly as the
 * reference scorer of the public evaluation computes them (aligner-eval's
 * utils/eval.py, ../shared/tools/align_score.py):
 *
 * - strict: a test bead is correct when the identical bead (same source and
 *   target lists) is in the gold file; every bead counts, 1-0 and 0-1
 *   included; P = correct / test beads, R = correct / gold beads.
 * - lax: a test bead is correct when a gold bead shares a source sentence and
 *   a target sentence with it (an empty side only meets an empty side);
 *   R counts the gold beads some test bead overlaps in that sense.
 * - by type: strict P and R per bead type (1-1, 1-2, 2-1, 0-1, 1-0, other).
 *
 * Counts are summed over all files before dividing.
 */
import type { BeadLink } from './bead-file';

/** Precision, recall and F1. */
export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Counts and scores of one bead type. */
export interface BeadTypeScore extends PrecisionRecall {
  readonly gold: number;
  readonly test: number;
  readonly match: number;
}

/**
 * The bead types the table shows, as the reference scorer names them.
 * @example SCORED_BEAD_TYPES //=> ['1-1', '1-2', '2-1', '0-1', '1-0', 'other']
 */
export const SCORED_BEAD_TYPES: readonly string[] = ['1-1', '1-2', '2-1', '0-1', '1-0', 'other'];

/** Everything {@link scoreAlignment} measures. */
export interface AlignmentScore {
  readonly strict: PrecisionRecall;
  readonly lax: PrecisionRecall;
  readonly counts: { readonly gold: number; readonly test: number; readonly match: number; readonly laxTest: number; readonly laxGold: number };
  readonly byType: Readonly<Record<string, BeadTypeScore>>;
}

/** One file's gold and test beads. */
export interface AlignmentPair {
  readonly gold: readonly BeadLink[];
  readonly test: readonly BeadLink[];
}

/**
 * Score test alignments against gold alignments, summed over files.
 * @example scoreAlignment([{ gold: [{ source: [0], target: [0] }], test: [{ source: [0], target: [0] }] }]).strict.f1 //=> 1
 */
export function scoreAlignment(files: readonly AlignmentPair[]): AlignmentScore {
  let gold = 0;
  let test = 0;
  let match = 0;
  let laxTest = 0;
  let laxGold = 0;
  const byType = new Map(SCORED_BEAD_TYPES.map((type) => [type, { gold: 0, test: 0, match: 0 }]));
  for (const file of files) {
    const goldKeys = new Set(file.gold.map(beadKey));
    gold += file.gold.length;
    test += file.test.length;
    for (const bead of file.gold) (byType.get(beadTypeName(bead)) as { gold: number }).gold++;
    for (const bead of file.test) {
      const entry = byType.get(beadTypeName(bead)) as { test: number; match: number };
      entry.test++;
      if (goldKeys.has(beadKey(bead))) {
        match++;
        entry.match++;
      }
    }
    laxTest += countOverlapping(file.test, file.gold);
    laxGold += countOverlapping(file.gold, file.test);
  }
  const types: Record<string, BeadTypeScore> = {};
  for (const [type, c] of byType) types[type] = { ...c, ...precisionRecall(c.match, c.test, c.match, c.gold) };
  return {
    strict: precisionRecall(match, test, match, gold),
    lax: precisionRecall(laxTest, test, laxGold, gold),
    counts: { gold, test, match, laxTest, laxGold },
    byType: types,
  };
}

/**
 * `1-2` for a bead with one source and two target sentences; `other` beyond the scored types.
 * @example parseBeadFile('[0]:[0]\n[1]:[1,2]\n[2,3]:[3]\n[4,5]:[4,5]\n').map(beadTypeName) //=> ['1-1', '1-2', '2-1', 'other']
 */
export function beadTypeName(bead: BeadLink): string {
  const name = `${bead.source.length}-${bead.target.length}`;
  return SCORED_BEAD_TYPES.includes(name) ? name : 'other';
}

function beadKey(bead: BeadLink): string {
  return `${bead.source.join(',')}:${bead.target.join(',')}`;
}

/** How many beads of `beads` overlap some bead of `others` on both sides (lax match). */
function countOverlapping(beads: readonly BeadLink[], others: readonly BeadLink[]): number {
  const bySource = new Map<number, number[]>();
  const byTarget = new Map<number, number[]>();
  others.forEach((bead, k) => {
    for (const i of bead.source) bySource.set(i, [...(bySource.get(i) ?? []), k]);
    for (const j of bead.target) byTarget.set(j, [...(byTarget.get(j) ?? []), k]);
  });
  let count = 0;
  for (const bead of beads) {
    const sourceHits = new Set(bead.source.flatMap((i) => bySource.get(i) ?? []));
    const targetHits = new Set(bead.target.flatMap((j) => byTarget.get(j) ?? []));
    let hit: boolean;
    if (bead.source.length > 0 && bead.target.length > 0) hit = [...sourceHits].some((k) => targetHits.has(k));
    else if (bead.source.length > 0) hit = [...sourceHits].some((k) => others[k]?.target.length === 0);
    else hit = [...targetHits].some((k) => others[k]?.source.length === 0);
    if (hit) count++;
  }
  return count;
}

function precisionRecall(correctTest: number, test: number, correctGold: number, gold: number): PrecisionRecall {
  const precision = test > 0 ? correctTest / test : 0;
  const recall = gold > 0 ? correctGold / gold : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
