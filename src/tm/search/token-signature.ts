/**
 * A 128-bit signature of each unit's token set, so most admitted units are
 * rejected without reading their tokens (the cost that dominates a lookup in
 * a million units: a few cache misses per unit).
 *
 * Token id t sets bit h(t) ∈ [0, 128). A bit set in the unit's signature but
 * not in the query's comes from at least one token the query does not hold,
 * and distinct bits come from distinct tokens; so at least
 * popcount(unit & ~query) of the unit's n tokens are not shared, and
 *
 *     shared ≤ n − popcount(unit & ~query).
 *
 * A unit for which that is below its count threshold T(n) cannot qualify.
 */

/** 32-bit words per signature. */
export const SIGNATURE_WORDS = 4;

/** The bit of token `id`: the top 7 bits of a multiplicative hash (Knuth). */
const bitOf = (id: number): number => Math.imul(id, 0x9e3779b1) >>> 25;

/** Add the tokens `tokens[from, to)` to the signature at `signatures[at, at + 4)`. */
export function addToSignature(signatures: Uint32Array, at: number, tokens: Uint32Array, from: number, to: number): void {
  for (let t = from; t < to; t++) {
    const bit = bitOf(tokens[t] ?? 0);
    const word = at + (bit >>> 5);
    signatures[word] = ((signatures[word] ?? 0) | (1 << (bit & 31))) >>> 0;
  }
}

/** Signatures of every position of a side (4 words each), from its tokens in position order. */
export function buildSignatures(tokenStart: Uint32Array, tokens: Uint32Array): Uint32Array {
  const count = tokenStart.length - 1;
  const signatures = new Uint32Array(count * SIGNATURE_WORDS);
  for (let p = 0; p < count; p++) addToSignature(signatures, p * SIGNATURE_WORDS, tokens, tokenStart[p] ?? 0, tokenStart[p + 1] ?? 0);
  return signatures;
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Number of bits of the signature at `signatures[at, at + 4)` that `query` (4 words) lacks. */
export function bitsNotIn(signatures: Uint32Array, at: number, query: Uint32Array): number {
  let count = 0;
  for (let w = 0; w < SIGNATURE_WORDS; w++) count += popcount(((signatures[at + w] ?? 0) & ~(query[w] ?? 0)) >>> 0);
  return count;
}
