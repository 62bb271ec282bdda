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
 *
 * Linear in the number of blocks: a small article is searched whole; a large
 * one (a bilingual file that alternates paragraph by paragraph has thousands
 * of blocks) only inside a band around the diagonal, which is widened while
 * the best path runs along its edge (Moore 2002, "Fast and accurate sentence
 * alignment of bilingual corpora", does the same for sentences).
 */

/** Two blocks pair only when the scorer says they are more likely translations than not. */
export const PAIR_BLOCKS_MIN_SCORE = 0.5;

/**
 * Articles with at most this many nodes ((English blocks + 1) × (Chinese
 * blocks + 1)) are searched whole: 64 blocks a side, far more than a news
 * article has (the seed's largest has 3), and cheap.
 */
export const FULL_SEARCH_NODES: number = 65 * 65;

/**
 * Half-width of the first band, in blocks. An alternating file stays on the
 * diagonal, and each extra block of width costs two block-pair scores per
 * English block (measured on 15,000 alternating pairs: 18.7 s of pairing at
 * 8, 7 s at 2); a path that needs more runs along the edge and widens the band.
 */
export const INITIAL_BAND = 2;

/**
 * The widest band tried. A block displaced by more than this many blocks from
 * the diagonal stays unpaired (its sentences are listed as unaligned, and the
 * recovery pass may still pair them); the cost stays linear: at most
 * 2 × MAX_BAND + 1 block pairs are scored per English block.
 */
export const MAX_BAND = 64;

/** A pairing of an English block with a Chinese block (indices into the article's block lists). */
export interface BlockPair {
  readonly en: number;
  readonly zh: number;
  readonly score: number;
}

/** The result: pairs in order, and the blocks left without a counterpart. */
export interface BlockPairing {
  readonly pairs: readonly BlockPair[];
  readonly unpairedEn: readonly number[];
  readonly unpairedZh: readonly number[];
}

/**
 * Pair blocks. `score(en, zh)` is the similarity, in [0, 1], of English block
 * `en` and Chinese block `zh` (see block-similarity.ts); it is called at most
 * once per pair. With exactly one block per language the two are paired
 * whatever the score: the sentence aligner still leaves unrelated sentences unaligned.
 * @example
 * pairBlocks(2, 2, (en, zh) => (en === zh ? 0.99 : 0.01)).pairs.map((p) => [p.en, p.zh])
 * //=> [[0, 0], [1, 1]]
 */
export function pairBlocks(enCount: number, zhCount: number, score: (en: number, zh: number) => number): BlockPairing {
  if (enCount === 1 && zhCount === 1) return { pairs: [{ en: 0, zh: 0, score: score(0, 0) }], unpairedEn: [], unpairedZh: [] };
  const scores = new Map<number, number>();
  const memoised = (en: number, zh: number): number => {
    const key = en * zhCount + zh;
    let value = scores.get(key);
    if (value === undefined) {
      value = score(en, zh);
      scores.set(key, value);
    }
    return value;
  };
  if ((enCount + 1) * (zhCount + 1) <= FULL_SEARCH_NODES) return searchBand(enCount, zhCount, Infinity, memoised).pairing;
  for (let band = INITIAL_BAND; ; band *= 2) {
    const result = searchBand(enCount, zhCount, band, memoised);
    if (!result.touchesEdge || band >= MAX_BAND) return result.pairing;
  }
}

/** How the DP reached a node: what the last step consumed, its pair score, the total gain. */
interface Step {
  readonly en: 0 | 1;
  readonly zh: 0 | 1;
  readonly score: number;
  readonly gain: number;
}

/**
 * The DP over nodes (i English and j Chinese blocks consumed) with
 * |j − centre(i)| ≤ width, where centre(i) is the diagonal i × zhCount / enCount.
 * Each row keeps its band in a flat array; `band = Infinity` searches every node.
 */
function searchBand(enCount: number, zhCount: number, band: number, score: (en: number, zh: number) => number): { pairing: BlockPairing; touchesEdge: boolean } {
  // Consecutive rows' bands must overlap, however steep the diagonal.
  const width = band + Math.ceil(zhCount / Math.max(1, enCount));
  const lo = new Int32Array(enCount + 1);
  const hi = new Int32Array(enCount + 1);
  const rowStart = new Int32Array(enCount + 2);
  for (let i = 0; i <= enCount; i++) {
    const centre = enCount === 0 ? 0 : Math.round((i * zhCount) / enCount);
    lo[i] = Math.max(0, centre - width);
    hi[i] = Math.min(zhCount, centre + width);
    rowStart[i + 1] = (rowStart[i] ?? 0) + (hi[i] ?? 0) - (lo[i] ?? 0) + 1;
  }
  const steps: (Step | undefined)[] = new Array<Step | undefined>(rowStart[enCount + 1] ?? 0);
  const stepAt = (i: number, j: number): Step | undefined => (i < 0 || j < (lo[i] ?? 0) || j > (hi[i] ?? -1) ? undefined : steps[(rowStart[i] ?? 0) + j - (lo[i] ?? 0)]);
  for (let i = 0; i <= enCount; i++) {
    for (let j = lo[i] ?? 0; j <= (hi[i] ?? -1); j++) {
      let best: Step | undefined = i === 0 && j === 0 ? { en: 0, zh: 0, score: 0, gain: 0 } : undefined;
      const consider = (en: 0 | 1, zh: 0 | 1, pairScore: number, pairGain: number): void => {
        const from = stepAt(i - en, j - zh);
        if (from === undefined) return;
        const gain = from.gain + pairGain;
        if (best === undefined || gain > best.gain) best = { en, zh, score: pairScore, gain };
      };
      if (i > 0) consider(1, 0, 0, 0);
      if (j > 0) consider(0, 1, 0, 0);
      if (i > 0 && j > 0 && stepAt(i - 1, j - 1) !== undefined) {
        const s = score(i - 1, j - 1);
        consider(1, 1, s, s - PAIR_BLOCKS_MIN_SCORE);
      }
      steps[(rowStart[i] ?? 0) + j - (lo[i] ?? 0)] = best;
    }
  }
  return traceBack(enCount, zhCount, stepAt, (i, j) => (j === lo[i] && j > 0) || (j === hi[i] && j < zhCount));
}

function traceBack(
  enCount: number,
  zhCount: number,
  stepAt: (i: number, j: number) => Step | undefined,
  onEdge: (i: number, j: number) => boolean,
): { pairing: BlockPairing; touchesEdge: boolean } {
  const pairs: BlockPair[] = [];
  const unpairedEn: number[] = [];
  const unpairedZh: number[] = [];
  let touchesEdge = false;
  let i = enCount;
  let j = zhCount;
  while (i > 0 || j > 0) {
    const how = stepAt(i, j);
    if (how === undefined || (how.en === 0 && how.zh === 0)) throw new Error(`pairBlocks: no step at ${i},${j}`);
    touchesEdge ||= onEdge(i, j);
    if (how.en === 1 && how.zh === 1) pairs.push({ en: i - 1, zh: j - 1, score: how.score });
    else if (how.en === 1) unpairedEn.push(i - 1);
    else unpairedZh.push(j - 1);
    i -= how.en;
    j -= how.zh;
  }
  return { pairing: { pairs: pairs.reverse(), unpairedEn: unpairedEn.reverse(), unpairedZh: unpairedZh.reverse() }, touchesEdge };
}
