/**
 * Gale & Church (1993) length cost of one bead: how surprising the English
 * length is, given the Chinese length, under a normal model of the length
 * difference whose variance grows with the length.
 */

/** Parameters of the length model, in the length unit the aligner uses (UTF-8 bytes by default). */
export interface LengthModel {
  /** Expected English length per unit of Chinese length (estimated per document). */
  readonly ratio: number;
  /** Variance of the length difference per unit of length (Gale & Church's s²). */
  readonly variance: number;
}

/**
 * −log of the two-sided probability of a length difference at least this
 * large: δ = (en − ratio · zh) / √(variance · mean length), cost = −log 2(1 − Φ(|δ|)).
 * The mean length (zh + en / ratio) / 2 makes the cost symmetric in the two
 * sides (Gale & Church used the source length alone).
 * @example lengthCost(30, 34, { ratio: 1.13, variance: 9 }) < 0.01 //=> true
 * @example Math.round(lengthCost(30, 120, { ratio: 1.13, variance: 9 }) * 10) / 10 //=> 7.5
 */
export function lengthCost(zhLength: number, enLength: number, model: LengthModel): number {
  const mean = (zhLength + enLength / model.ratio) / 2 + 1; // +1: empty sentences stay defined
  const delta = Math.abs(enLength - model.ratio * zhLength) / Math.sqrt(model.variance * mean);
  // erfc ≤ 1, so the cost is ≥ 0; the fit is off by ~5e-6 at δ = 0.
  return Math.max(0, -logErfc(delta / Math.SQRT2));
}

/**
 * log erfc(x) for x ≥ 0, from the Chebyshev fit of Numerical Recipes
 * (erfcc, fractional error < 1.2e-7), evaluated in log space so that large
 * x never underflows.
 */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628288 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) + poly;
}
