/**
 * Gradient-boosted regression trees with logistic loss (Friedman 2001), small
 * and exact: every threshold between distinct values is tried. Enough for a
 * few thousand rows and a few dozen features; used to fit the terms
 * confidence model (fit-terms-model.ts). The product only evaluates the trees
 * (src/terms/pairs/confidence-model.ts).
 */
import type { ModelTree } from '../../src/terms/pairs/confidence-model';

/** Fitting settings. */
export interface GbdtSettings {
  readonly rounds: number;
  readonly depth: number;
  readonly rate: number;
  /** Fewest rows in a leaf. */
  readonly minLeaf: number;
  /** L2 penalty on leaf values. */
  readonly lambda: number;
}

export const DEFAULT_GBDT: GbdtSettings = { rounds: 80, depth: 3, rate: 0.15, minLeaf: 8, lambda: 1 };

/** A fitted model: base log-odds and trees. */
export interface Gbdt {
  readonly base: number;
  readonly rate: number;
  readonly trees: ModelTree[];
}

/** Fit on rows `x` with 0/1 labels `y`. */
export function fitGbdt(x: readonly (readonly number[])[], y: readonly number[], settings: GbdtSettings = DEFAULT_GBDT): Gbdt {
  const n = x.length;
  const mean = Math.min(0.99, Math.max(0.01, y.reduce((a, b) => a + b, 0) / Math.max(1, n)));
  const base = Math.log(mean / (1 - mean));
  const logOdds = new Array<number>(n).fill(base);
  const trees: ModelTree[] = [];
  const features = x[0]?.length ?? 0;
  for (let round = 0; round < settings.rounds; round++) {
    const gradient = y.map((label, i) => label - sigmoid(logOdds[i] ?? 0));
    const hessian = logOdds.map((f) => sigmoid(f) * (1 - sigmoid(f)));
    const build = (rows: number[], depth: number): ModelTree => {
      let g = 0;
      let h = 0;
      for (const i of rows) {
        g += gradient[i] ?? 0;
        h += hessian[i] ?? 0;
      }
      const leaf = g / (h + settings.lambda);
      if (depth >= settings.depth || rows.length < 2 * settings.minLeaf) return leaf;
      let best: { feature: number; threshold: number; gain: number; left: number[]; right: number[] } | undefined;
      for (let f = 0; f < features; f++) {
        const sorted = [...rows].sort((a, b) => (x[a]?.[f] ?? 0) - (x[b]?.[f] ?? 0));
        let gl = 0;
        let hl = 0;
        for (let k = 0; k + 1 < sorted.length; k++) {
          const i = sorted[k] as number;
          gl += gradient[i] ?? 0;
          hl += hessian[i] ?? 0;
          const here = x[i]?.[f] ?? 0;
          const next = x[sorted[k + 1] as number]?.[f] ?? 0;
          if (here === next || k + 1 < settings.minLeaf || sorted.length - k - 1 < settings.minLeaf) continue;
          const gr = g - gl;
          const hr = h - hl;
          const gain = (gl * gl) / (hl + settings.lambda) + (gr * gr) / (hr + settings.lambda) - (g * g) / (h + settings.lambda);
          if (best === undefined || gain > best.gain) best = { feature: f, threshold: (here + next) / 2, gain, left: sorted.slice(0, k + 1), right: sorted.slice(k + 1) };
        }
      }
      if (best === undefined || best.gain <= 1e-9) return leaf;
      return [best.feature, best.threshold, build(best.left, depth + 1), build(best.right, depth + 1)];
    };
    const tree = build([...Array(n).keys()], 0);
    trees.push(tree);
    for (let i = 0; i < n; i++) logOdds[i] = (logOdds[i] ?? 0) + settings.rate * leafValue(tree, x[i] ?? []);
  }
  return { base, rate: settings.rate, trees };
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function leafValue(tree: ModelTree, row: readonly number[]): number {
  let node = tree;
  while (typeof node !== 'number') node = (row[node[0]] ?? 0) <= node[1] ? node[2] : node[3];
  return node;
}

/** Round leaf values and thresholds so the model file stays small and stable. */
export function roundTree(tree: ModelTree): ModelTree {
  if (typeof tree === 'number') return Math.round(tree * 1e4) / 1e4;
  return [tree[0], Math.round(tree[1] * 1e4) / 1e4, roundTree(tree[2]), roundTree(tree[3])];
}
