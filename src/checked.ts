/**
 * Checked reads of array slots the code believes are there. With
 * `noUncheckedIndexedAccess` every `array[i]` may be `undefined`; writing
 * `?? 0` or `as number` to quiet the compiler would turn a wrong index into a
 * silently wrong number. `at` says the index is valid and throws (a bug, not
 * a user mistake: a plain Error, never a BitextError) when it is not.
 * Keep `??` where a missing value is normal, with a comment saying so.
 */

/**
 * `array[index]`, or an internal Error naming `where` when there is no value there.
 * `where` should be a string literal, so that the happy path allocates nothing.
 * @example at([3, 5, 8], 1, 'example') //=> 5
 * @example (() => { try { return at(new Int32Array(2), 2, 'fillTable: row start'); } catch (error) { return String(error); } })()
 * //=> 'Error: Internal error in fillTable: row start: index 2 is outside 0…1.'
 */
export function at<T>(array: ArrayLike<T>, index: number, where: string): T {
  const value = array[index];
  if (value === undefined) throw new Error(`Internal error in ${where}: index ${index} is outside 0…${array.length - 1}.`);
  return value;
}
