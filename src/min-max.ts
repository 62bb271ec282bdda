/**
 * The largest and smallest of many numbers without spreading them into
 * `Math.max(...values)`, which throws a RangeError past ~100,000 arguments
 * (the lint rule in eslint.config.js refuses the spread form). An empty list
 * gives what `Math.max()` / `Math.min()` give: -Infinity / Infinity.
 * @example maxOf([3, 9, 4]) //=> 9
 */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}

/**
 * The smallest of `values`; Infinity when there are none.
 * @example minOf([3, 9, 4]) //=> 3
 */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const value of values) if (value < min || Number.isNaN(value)) min = value;
  return min;
}
