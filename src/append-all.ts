/**
 * Append every item of `items` to `target`, in order. `target.push(...items)`
 * passes each item as an argument, and the engine's argument limit makes it
 * throw a RangeError somewhere past 100,000 items (a long line of control
 * characters has that many issues): a plain loop has no limit. The lint rule
 * in eslint.config.js refuses the spread form.
 * @example appendAll([1], [2, 3]) //=> [1, 2, 3]
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
