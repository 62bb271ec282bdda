/**
 * The confidence of a pair: a small gradient-boosted tree model over the
 * pair's features (`pair-features.ts`), fitted by `npm run fit:terms` on the
 * WMT22 news development gold (test/bench/fit-terms-model.ts) and reported on
 * the seed's gold, which it never saw. Its output is a probability: among
 * pairs given 0.8, about four in five were right on the development data
 * (test/bench/terms.md has the reliability table).
 */
import MODEL_DATA from './confidence-model.json';
import { PAIR_FEATURES } from './pair-features';

/** A tree: a leaf value, or [feature index, threshold, subtree if ≤, subtree if >]. */
export type ModelTree = number | readonly [number, number, ModelTree, ModelTree];

/** A fitted model. */
export interface ConfidenceModel {
  /** Feature names, in the order the trees index them (must equal `PAIR_FEATURES`). */
  readonly features: readonly string[];
  /** Log-odds before any tree. */
  readonly base: number;
  /** Each tree's weight (the learning rate it was fitted with). */
  readonly rate: number;
  readonly trees: readonly ModelTree[];
  /** The confidence at or above which a pair goes to the termbase (fitted with the trees). */
  readonly threshold: number;
  /** What the model was fitted on, for the record. */
  readonly fittedOn: string;
}

/** The shipped model. */
export const TERMS_MODEL: ConfidenceModel = MODEL_DATA as unknown as ConfidenceModel;

/**
 * Probability that a pair with these features is right.
 * @example pairConfidence(new Array(PAIR_FEATURES.length).fill(0), { features: PAIR_FEATURES, base: 0, rate: 1, trees: [], threshold: 0.5, fittedOn: '' }) //=> 0.5
 */
export function pairConfidence(features: readonly number[], model: ConfidenceModel = TERMS_MODEL): number {
  let logOdds = model.base;
  for (const tree of model.trees) logOdds += model.rate * leafOf(tree, features);
  return 1 / (1 + Math.exp(-logOdds));
}

function leafOf(tree: ModelTree, features: readonly number[]): number {
  let node = tree;
  while (typeof node !== 'number') {
    const [feature, threshold, left, right] = node;
    node = (features[feature] ?? 0) <= threshold ? left : right;
  }
  return node;
}

/**
 * True when the model was fitted on the features this code computes (a model
 * file left behind by a change to `PAIR_FEATURES` would give nonsense).
 * @example modelMatchesFeatures(TERMS_MODEL) //=> true
 */
export function modelMatchesFeatures(model: ConfidenceModel): boolean {
  return model.features.length === PAIR_FEATURES.length && model.features.every((f, i) => f === PAIR_FEATURES[i]);
}
