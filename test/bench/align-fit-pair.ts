/**
 * Fitting the pair scorer (src/align/sentence-pair-scorer.ts) on gold 1-1
 * beads: positives are the gold pairs; negatives are, with the same total
 * weight, the English sentence before, the one after, and a random one.
 */
import type { AlignLexicon } from '../../src/align/align-lexicon';
import type { AlignModel } from '../../src/align/align-model';
import { chanceMatch } from '../../src/align/cost/chance-match';
import { describeDocument } from '../../src/align/evidence/describe-document';
import { ITEM_KIND } from '../../src/align/evidence/sentence-evidence';
import { type PairScoreParameters, pairFeatures } from '../../src/align/sentence-pair-scorer';
import type { GoldText } from './align-data';

/** A labelled pair for the fit or the test of the pair scorer. */
export interface LabelledPair {
  readonly en: string;
  readonly zh: string;
  readonly translation: boolean;
  readonly weight: number;
}

/** Gold 1-1 pairs and their near misses (deterministic: the "random" one is 37 sentences away). */
export function labelledPairs(texts: readonly GoldText[]): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  for (const text of texts) {
    const sourceIsZh = text.sourceLang === 'zh';
    const zh = sourceIsZh ? text.source : text.target;
    const en = sourceIsZh ? text.target : text.source;
    for (const bead of text.gold) {
      const [zs, es] = sourceIsZh ? [bead.source, bead.target] : [bead.target, bead.source];
      if (zs.length !== 1 || es.length !== 1) continue;
      const z = zh[zs[0] as number] ?? '';
      const j = es[0] as number;
      pairs.push({ en: en[j] ?? '', zh: z, translation: true, weight: 1 });
      for (const other of [j - 1, j + 1, (j + 37) % en.length]) {
        if (other >= 0 && other < en.length) pairs.push({ en: en[other] ?? '', zh: z, translation: false, weight: 1 / 3 });
      }
    }
  }
  return pairs;
}

/** Mean chance rate per item kind and the overall length ratio, from whole texts. */
export function fitPairConstants(texts: readonly GoldText[], lexicon: AlignLexicon, model: AlignModel): Pick<PairScoreParameters, 'chance' | 'lengthRatio'> {
  const kinds = Object.keys(ITEM_KIND).length;
  const sums = { zh: new Array<number>(kinds).fill(0), en: new Array<number>(kinds).fill(0) };
  const counts = { zh: new Array<number>(kinds).fill(0), en: new Array<number>(kinds).fill(0) };
  let zhBytes = 0;
  let enBytes = 0;
  for (const text of texts) {
    const sourceIsZh = text.sourceLang === 'zh';
    const document = describeDocument(sourceIsZh ? text.source : text.target, sourceIsZh ? text.target : text.source, {
      lexicon,
      names: true,
      lengthUnit: 'bytes',
      learnable: false,
    });
    zhBytes += document.zhLengths[document.zh.length] ?? 0;
    enBytes += document.enLengths[document.en.length] ?? 0;
    for (const side of ['zh', 'en'] as const) {
      const [mine, other] = side === 'zh' ? [document.zh, document.en] : [document.en, document.zh];
      chanceMatch(mine, other, document.concepts.size, model.chanceFloor).forEach((rates, s) => {
        (mine[s]?.itemKind ?? []).forEach((kind, k) => {
          sums[side][kind] = (sums[side][kind] ?? 0) + (rates[k] ?? 0);
          counts[side][kind] = (counts[side][kind] ?? 0) + 1;
        });
      });
    }
  }
  const mean = (side: 'zh' | 'en'): number[] => sums[side].map((sum, kind) => round(counts[side][kind] ? sum / (counts[side][kind] ?? 1) : 0.05));
  return { chance: { zh: mean('zh'), en: mean('en') }, lengthRatio: round(enBytes / zhBytes) };
}

/**
 * Fit the logistic function's three weights by Newton's method on weighted log
 * loss, with a small ridge (RIDGE) so that separable data (aca alone) still
 * gives finite weights.
 */
export function fitPairScore(
  pairs: readonly LabelledPair[],
  lexicon: AlignLexicon,
  model: AlignModel,
  constants: Pick<PairScoreParameters, 'chance' | 'lengthRatio'>,
): PairScoreParameters {
  const base = { ...constants, lexical: 0, length: 0, bias: 0 };
  const describeOptions = { lexicon, names: true, lengthUnit: 'bytes' as const, learnable: false };
  const rows = pairs.map((pair) => {
    const f = pairFeatures(pair.en, pair.zh, describeOptions, model, base);
    return { x: [f.llr, -f.lengthCost, 1], y: pair.translation ? 1 : 0, w: pair.weight };
  });
  let beta = [0.1, 0.1, 0];
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = [0, 0, 0];
    const hessian = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
    for (const { x, y, w } of rows) {
      const z = x.reduce((sum, v, k) => sum + v * (beta[k] ?? 0), 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < 3; a++) {
        gradient[a] = (gradient[a] ?? 0) + w * ((x[a] ?? 0) * (y - p));
        for (let b = 0; b < 3; b++) (hessian[a] as number[])[b] = ((hessian[a] as number[])[b] ?? 0) + w * p * (1 - p) * (x[a] ?? 0) * (x[b] ?? 0);
      }
    }
    for (let a = 0; a < 2; a++) {
      gradient[a] = (gradient[a] ?? 0) - RIDGE * (beta[a] ?? 0);
      (hessian[a] as number[])[a] = ((hessian[a] as number[])[a] ?? 0) + RIDGE;
    }
    const step = solve3(hessian, gradient);
    beta = beta.map((v, k) => v + (step[k] ?? 0));
    if (step.every((s) => Math.abs(s) < 1e-7)) break;
  }
  return { ...constants, lexical: round(beta[0] ?? 0), length: round(beta[1] ?? 0), bias: round(beta[2] ?? 0) };
}

/** L2 penalty on the two feature weights (not the bias). */
const RIDGE = 1;

function solve3(a: number[][], b: number[]): number[] {
  // Gaussian elimination with a little ridge for stability.
  const m = a.map((row, r) => [...row.map((v, c) => v + (r === c ? 1e-6 : 0)), b[r] ?? 0]);
  for (let c = 0; c < 3; c++) {
    let pivot = c;
    for (let r = c + 1; r < 3; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const factor = (m[r]?.[c] ?? 0) / (m[c]?.[c] ?? 1);
      for (let k = c; k < 4; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - factor * (m[c]?.[k] ?? 0);
    }
  }
  return [0, 1, 2].map((r) => (m[r]?.[3] ?? 0) / (m[r]?.[r] ?? 1));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
