/**
 * The report's colours, derived from the confidence threshold, so the legend
 * and the rows always agree. Confidence is the calibrated probability that a
 * unit is right (README, "Confidence"), which fixes one more cut besides the
 * threshold: 0.5, where a unit becomes more likely wrong than right.
 *
 *   high   confidence ≥ (1 + t) / 2     in the TMX, the upper half above the threshold
 *   good   t ≤ confidence < (1 + t) / 2 in the TMX
 *   check  0.5 ≤ confidence < t         kept out of the TMX for review, more likely right than wrong
 *   low    confidence < min(0.5, t)     kept out of the TMX, more likely wrong than right
 *
 * A band with no room (check when t ≤ 0.5, low when t = 0) is left out.
 */

/** The name of a band; the row's CSS class is `band-<name>`. */
export type ConfidenceBandName = 'high' | 'good' | 'check' | 'low';

/** One band: confidences in [min, max) (max 1 is inclusive), and what it means. */
export interface ConfidenceBand {
  readonly name: ConfidenceBandName;
  readonly min: number;
  readonly max: number;
  /** For the legend, e.g. "0.50–0.75: in the TMX". */
  readonly label: string;
}

/** Where a unit is more likely wrong than right (confidence is a calibrated probability). */
const EVEN_ODDS = 0.5;

/**
 * The bands for a threshold, best first.
 * @example confidenceBands(0.9).map((band) => [band.name, band.min, band.max])
 * //=> [['high', 0.95, 1], ['good', 0.9, 0.95], ['check', 0.5, 0.9], ['low', 0, 0.5]]
 */
export function confidenceBands(threshold: number): ConfidenceBand[] {
  const middle = round((1 + threshold) / 2);
  const even = Math.min(EVEN_ODDS, threshold);
  const bands: ConfidenceBand[] = [
    { name: 'high', min: middle, max: 1, label: `≥ ${fixed(middle)}: in the TMX` },
    { name: 'good', min: threshold, max: middle, label: `${fixed(threshold)}–${fixed(middle)}: in the TMX` },
    { name: 'check', min: even, max: threshold, label: `${fixed(even)}–${fixed(threshold)}: below the threshold, kept out of the TMX; more likely right than wrong` },
    { name: 'low', min: 0, max: even, label: `< ${fixed(even)}: kept out of the TMX; more likely wrong than right` },
  ];
  return bands.filter((band) => band.max > band.min || (band.name === 'high' && band.min === 1));
}

/**
 * The band of a confidence under a threshold.
 * @example [bandOf(0.87, 0.9), bandOf(0.87, 0.5), bandOf(0.3, 0.9)] //=> ['check', 'high', 'low']
 */
export function bandOf(confidence: number, threshold: number): ConfidenceBandName {
  const bands = confidenceBands(threshold);
  return (bands.find((band) => confidence >= band.min) ?? bands[bands.length - 1])?.name ?? 'low';
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function fixed(value: number): string {
  return value.toFixed(2);
}
