/**
 * Token edit distance with a cap, for verifying candidates: Ukkonen's band
 * (1985, "Algorithms for approximate string matching"). A path of cost ≤ k
 * never leaves the diagonals |i − j| ≤ k, so only 2k + 1 cells per row are
 * filled, and the fill stops as soon as a whole row exceeds k.
 */

/** Reusable rows for {@link boundedEditDistance}, so verification allocates nothing. */
export class EditDistanceRows {
  previous: Int32Array = new Int32Array(256);
  current: Int32Array = new Int32Array(256);

  reserve(size: number): void {
    if (size <= this.previous.length) return;
    this.previous = new Int32Array(size * 2);
    this.current = new Int32Array(size * 2);
  }
}

/**
 * Levenshtein distance between `a[aFrom, aFrom + aLength)` and
 * `b[bFrom, bFrom + bLength)` if it is at most `k`; otherwise `k + 1`.
 * @example
 * boundedEditDistance(Uint32Array.of(1, 2, 3), 0, 3, Uint32Array.of(1, 3), 0, 2, 2, new EditDistanceRows())
 * //=> 1
 */
export function boundedEditDistance(
  a: Uint32Array,
  aFrom: number,
  aLength: number,
  b: Uint32Array,
  bFrom: number,
  bLength: number,
  k: number,
  rows: EditDistanceRows,
): number {
  const over = k + 1;
  if (Math.abs(aLength - bLength) > k) return over;
  // Common prefix and suffix cost nothing and cannot change the distance.
  while (aLength > 0 && bLength > 0 && a[aFrom] === b[bFrom]) {
    aFrom++;
    bFrom++;
    aLength--;
    bLength--;
  }
  while (aLength > 0 && bLength > 0 && a[aFrom + aLength - 1] === b[bFrom + bLength - 1]) {
    aLength--;
    bLength--;
  }
  if (aLength === 0 || bLength === 0) return Math.min(over, aLength + bLength);

  rows.reserve(bLength + 2);
  let previous = rows.previous;
  let current = rows.current;
  // Row 0: distance from the empty prefix of a; cells beyond the band hold `over`.
  const firstHigh = Math.min(bLength, k);
  for (let j = 0; j <= firstHigh; j++) previous[j] = j;
  if (firstHigh + 1 <= bLength) previous[firstHigh + 1] = over;

  for (let i = 1; i <= aLength; i++) {
    const low = Math.max(1, i - k);
    const high = Math.min(bLength, i + k);
    const token = a[aFrom + i - 1];
    // The cell left of the band: column 0 is i deletions, anything else is out of band.
    current[low - 1] = low === 1 ? Math.min(i, over) : over;
    let rowMin = current[low - 1] ?? over;
    for (let j = low; j <= high; j++) {
      const substitute = (previous[j - 1] ?? over) + (token === b[bFrom + j - 1] ? 0 : 1);
      const remove = (previous[j] ?? over) + 1;
      const insert = (current[j - 1] ?? over) + 1;
      let cell = substitute < remove ? substitute : remove;
      if (insert < cell) cell = insert;
      if (cell > over) cell = over;
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (high + 1 <= bLength) current[high + 1] = over;
    if (rowMin > k) return over;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(over, previous[bLength] ?? over);
}
