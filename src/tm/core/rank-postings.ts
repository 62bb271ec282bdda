/**
 * The global rarity order of tokens and each posting's rank within its unit
 * in that order: the data of the two-sided prefix filter (search/find-candidates.ts).
 */

/** Rarity rank of each token id: by posting-list length (rarest first), then by id. */
export function rarityOf(listStart: Uint32Array): Uint32Array {
  const count = listStart.length - 1;
  const ids = new Uint32Array(count);
  for (let id = 0; id < count; id++) ids[id] = id;
  const size = (id: number): number => (listStart[id + 1] ?? 0) - (listStart[id] ?? 0);
  const sorted = [...ids].sort((a, b) => size(a) - size(b) || a - b);
  const rarity = new Uint32Array(count);
  sorted.forEach((id, rank) => {
    rarity[id] = rank;
  });
  return rarity;
}

/** Largest stored rank: ranks from here on are stored as this (an under-statement, which is safe). */
export const MAX_STORED_RANK = 255;

/** Text positions a packed sort key can hold (2^21); longer units are sorted with a comparator. */
const POSITIONS = 2 ** 21;

/** Units longer than this are sorted with the engine's typed-array sort instead of an insertion sort. */
const INSERTION_SORT_MAX = 24;

/**
 * The rank of every posting's occurrence within its unit's rarest-first token
 * order. Each unit's occurrences are sorted by (rarity, text position) — an
 * insertion sort for short units, a typed-array sort of the keys for long
 * ones — then written to the posting of each occurrence: a unit's entries in
 * one list are consecutive and in text order, so the j-th entry of its run is
 * its j-th occurrence.
 */
export function rankPostings(tokenStart: Uint32Array, tokens: Uint32Array, listStart: Uint32Array, postings: Uint32Array, rarity: Uint32Array): Uint8Array {
  const postingRank = new Uint8Array(postings.length);
  const cursor = listStart.slice(); // next unwritten entry of each list
  let keys = new Float64Array(64);
  let slots = new Uint32Array(64);
  let rankAt = new Uint32Array(64);
  for (let p = 0; p + 1 < tokenStart.length; p++) {
    const from = tokenStart[p] ?? 0;
    const length = (tokenStart[p + 1] ?? 0) - from;
    if (length > keys.length) {
      keys = new Float64Array(length * 2);
      slots = new Uint32Array(length * 2);
      rankAt = new Uint32Array(length * 2);
    }
    if (length <= INSERTION_SORT_MAX) {
      // Insertion sort of the occurrences by (rarity, position); slots hold positions in the unit.
      for (let i = 0; i < length; i++) {
        const key = (rarity[tokens[from + i] ?? 0] ?? 0) * 65536 + Math.min(i, 65535);
        let j = i;
        while (j > 0 && (keys[j - 1] ?? 0) > key) {
          keys[j] = keys[j - 1] ?? 0;
          slots[j] = slots[j - 1] ?? 0;
          j--;
        }
        keys[j] = key;
        slots[j] = i;
      }
    } else if (length < POSITIONS) {
      // Keys (rarity, position) packed in one double, exact (rarity < 2^32), sorted natively.
      const sorted = keys.subarray(0, length);
      for (let i = 0; i < length; i++) sorted[i] = (rarity[tokens[from + i] ?? 0] ?? 0) * POSITIONS + i;
      sorted.sort();
      for (let rank = 0; rank < length; rank++) slots[rank] = (sorted[rank] ?? 0) % POSITIONS;
    } else {
      const order = slots.subarray(0, length);
      for (let i = 0; i < length; i++) order[i] = i;
      order.sort((a, b) => (rarity[tokens[from + a] ?? 0] ?? 0) - (rarity[tokens[from + b] ?? 0] ?? 0) || a - b);
    }
    for (let rank = 0; rank < length; rank++) rankAt[slots[rank] ?? 0] = rank;
    // Positions are visited in increasing order, so each list's entries for p come next, in text order.
    for (let i = 0; i < length; i++) {
      const id = tokens[from + i] ?? 0;
      const at = cursor[id] ?? 0;
      cursor[id] = at + 1;
      postingRank[at] = Math.min(rankAt[i] ?? 0, MAX_STORED_RANK);
    }
  }
  return postingRank;
}
