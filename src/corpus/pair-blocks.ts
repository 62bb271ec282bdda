/**
 * Step 2 of the corpus: pair each English block of an article with the
 * Chinese block that translates it, by the evidence in their text (dates,
 * numbers, names, dictionary words), not by position alone.
 *
 * A monotone dynamic programme over the article's English blocks E and
 * Chinese blocks Z: a step pairs E[i] with Z[j], or leaves a block unpaired.
 * A pair gains its score minus {@link PAIR_BLOCKS_MIN_SCORE}; leaving a block
 * out gains 0. The path with the highest total wins. Blocks are not merged
 * here: blocks that belong together were coalesced before (see
 * coalesce-blocks.ts), and a sentence that moved to another block is the
 * recovery pass's job — merging blocks to reach it would glue the wrong
 * sentences together.
 */

/** Two blocks pair only when the scorer says they are more likely translations than not. */
export const PAIR_BLOCKS_MIN_SCORE = 0.5;

/** A pairing of consecutive blocks (indices into the article's English and Chinese block lists). */
export interface BlockPair {
  readonly en: readonly number[];
  readonly zh: readonly number[];
  readonly score: number;
}

/** The result: pairs in order, and the blocks left without a counterpart. */
export interface BlockPairing {
  readonly pairs: readonly BlockPair[];
  readonly unpairedEn: readonly number[];
  readonly unpairedZh: readonly number[];
}

/** Block-pair shapes the DP may use: (English blocks, Chinese blocks). */
const PAIR_SHAPES: readonly (readonly [number, number])[] = [[1, 1]];

/**
 * Pair blocks. `score(enBlocks, zhBlocks)` is the similarity, in [0, 1], of
 * the English and the Chinese blocks (see block-similarity.ts).
 * With exactly one block per language the two are paired whatever the
 * score: the sentence aligner still leaves unrelated sentences unaligned.
 * @example
 * pairBlocks(2, 2, (en, zh) => (en[0] === zh[0] ? 0.99 : 0.01)).pairs.map((p) => [p.en, p.zh])
 * //=> [[[0], [0]], [[1], [1]]]
 */
export function pairBlocks(enCount: number, zhCount: number, score: (en: readonly number[], zh: readonly number[]) => number): BlockPairing {
  if (enCount === 1 && zhCount === 1) return { pairs: [{ en: [0], zh: [0], score: score([0], [0]) }], unpairedEn: [], unpairedZh: [] };
  // Tables over nodes (i English and j Chinese blocks consumed), row-major: node (i, j) is i * (zhCount + 1) + j.
  const width = zhCount + 1;
  const gain = new Float64Array((enCount + 1) * width).fill(-Infinity);
  const step: Step[] = new Array<Step>((enCount + 1) * width);
  gain[0] = 0;
  for (let i = 0; i <= enCount; i++) {
    for (let j = 0; j <= zhCount; j++) {
      if (i === 0 && j === 0) continue;
      let best: Step = { en: 0, zh: 0, score: 0, gain: -Infinity };
      const consider = (en: number, zh: number, pairScore: number, pairGain: number): void => {
        const total = (gain[(i - en) * width + (j - zh)] ?? -Infinity) + pairGain;
        if (total > best.gain) best = { en, zh, score: pairScore, gain: total };
      };
      if (i > 0) consider(1, 0, 0, 0);
      if (j > 0) consider(0, 1, 0, 0);
      for (const [en, zh] of PAIR_SHAPES) {
        if (i < en || j < zh) continue;
        const s = score(range(i - en, i), range(j - zh, j));
        consider(en, zh, s, s - PAIR_BLOCKS_MIN_SCORE);
      }
      gain[i * width + j] = best.gain;
      step[i * width + j] = best;
    }
  }
  return traceBack(step, width, enCount, zhCount);
}

/** How the DP reached a node: the blocks the last step consumed, its pair score, the total gain. */
interface Step {
  readonly en: number;
  readonly zh: number;
  readonly score: number;
  readonly gain: number;
}

function traceBack(step: readonly Step[], width: number, enCount: number, zhCount: number): BlockPairing {
  const pairs: BlockPair[] = [];
  const unpairedEn: number[] = [];
  const unpairedZh: number[] = [];
  let i = enCount;
  let j = zhCount;
  while (i > 0 || j > 0) {
    const how = step[i * width + j];
    if (!how) throw new Error(`pairBlocks: no step at ${i},${j}`);
    const { en: di, zh: dj, score } = how;
    if (di > 0 && dj > 0) pairs.push({ en: range(i - di, i), zh: range(j - dj, j), score });
    else if (di > 0) unpairedEn.push(i - 1);
    else unpairedZh.push(j - 1);
    i -= di;
    j -= dj;
  }
  return { pairs: pairs.reverse(), unpairedEn: unpairedEn.reverse(), unpairedZh: unpairedZh.reverse() };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
