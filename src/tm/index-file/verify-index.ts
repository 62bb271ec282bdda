/**
 * The content checks of a loaded index: every array must be exactly what a
 * build from the file's own units would give, so that a file whose checksums
 * were made to match but whose structure does not (a shuffled vocabulary,
 * tokens that are not their text's, posting lists that do not list them,
 * ranks or signatures that would make the filters skip a unit) is refused
 * with `TM_INDEX_CORRUPT` instead of answering wrongly. Cost: about one
 * tokenization of the memory (the structure checks of
 * `check-index-arrays.ts` run first, so every index read here is in range).
 */
import type { Lang } from '../../types';
import { corruptIndex } from './check-index-arrays';
import { MAX_STORED_RANK } from '../core/rank-postings';
import { TokenScratch } from '../tokens/scan-tokens';
import type { SideIndex } from '../core/side-index';
import { stringAt, type StringColumn } from './string-column';
import { buildSignatures } from '../search/token-signature';
import { UintList } from '../core/uint-list';
import { parseUnitExtra } from './unit-extra';
import type { Vocabulary } from '../tokens/vocabulary';

/** Every string of `column` decodes (UTF-8, or WTF-8 for lone surrogates). */
export function verifyStrings(column: StringColumn, offset: number, name: string): void {
  for (let i = 0; i < column.ends.length; i++) {
    try {
      stringAt(column, i);
    } catch {
      throw corruptIndex(offset + (i > 0 ? (column.ends[i - 1] ?? 0) : 0), `Expected UTF-8 text for string ${i} of "${name}", found bytes that are not.`);
    }
  }
}

/** Every unit's extra fields parse and have the shape of a unit's confidence, origin and props. */
export function verifyExtras(column: StringColumn, offset: number): void {
  for (let i = 0; i < column.ends.length; i++) {
    const parsed = parseUnitExtra(stringAt(column, i));
    if ('expected' in parsed) throw corruptIndex(offset + (i > 0 ? (column.ends[i - 1] ?? 0) : 0), `Expected the extra fields of unit ${i} to be ${parsed.expected}.`);
  }
}

/**
 * The side's tokens are its units' texts encoded with the vocabulary; its
 * posting lists list exactly those tokens; its prefix ranks and signatures
 * are the ones those tokens give.
 */
export function verifySideContent(side: SideIndex, lang: Lang, textOf: (unit: number) => string, vocabulary: Vocabulary, offsetOf: (field: string) => number): void {
  const fail = (field: string, index: number, what: string, width = 4): never => {
    throw corruptIndex(offsetOf(field) + width * index, `Expected ${what} in ${lang}.${field}.`);
  };
  const scratch = new TokenScratch();
  const ids = new UintList(256);
  const unknown = new Map<string, number>();
  const positions = side.order.length;
  for (let p = 0; p < positions; p++) {
    const unit = side.order[p] ?? 0;
    ids.length = 0;
    unknown.clear();
    const count = vocabulary.encode(textOf(unit), scratch, ids, unknown);
    const from = side.tokenStart[p] ?? 0;
    if (count !== (side.tokenStart[p + 1] ?? 0) - from) fail('tokenStart', p + 1, `the token count of unit ${unit}'s text`);
    for (let t = 0; t < count; t++) {
      if (ids.data[t] !== side.tokens[from + t]) fail('tokens', from + t, `the tokens of unit ${unit}'s text (the vocabulary or the tokens belong to other units)`);
    }
  }
  verifyPostings(side, fail);
  const signatures = buildSignatures(side.tokenStart, side.tokens);
  for (let w = 0; w < signatures.length; w++) if (signatures[w] !== side.signatures[w]) fail('signatures', w, 'the token signature of each unit');
}

/**
 * Each list holds, in position order, every position whose tokens include
 * its id, once per occurrence — and nothing else; and the ranks stored with a
 * unit's postings are the ranks of its occurrences sorted by (rarity, text
 * position), as `rankPostings` gives them: checked in O(n) per unit by
 * placing each occurrence's key at its stored rank and requiring the keys to
 * ascend, without sorting again.
 */
function verifyPostings(side: SideIndex, fail: (field: string, index: number, what: string, width?: number) => never): void {
  const lists = side.listStart.length - 1;
  const cursor = side.listStart.slice(0, Math.max(0, lists));
  // The occurrence (text position) at each stored rank; ranks must follow (rarity, position).
  let atRank = new Int32Array(256);
  for (let p = 0; p + 1 < side.tokenStart.length; p++) {
    const from = side.tokenStart[p] ?? 0;
    const n = (side.tokenStart[p + 1] ?? 0) - from;
    const ranked = Math.min(n, MAX_STORED_RANK);
    if (atRank.length < ranked) atRank = new Int32Array(ranked);
    atRank.fill(-1, 0, ranked);
    let saturated = 0;
    let firstSaturated = -1;
    const before = (i: number, j: number): boolean => {
      const a = side.rarity[side.tokens[from + i] ?? 0] ?? 0;
      const b = side.rarity[side.tokens[from + j] ?? 0] ?? 0;
      return a < b || (a === b && i < j);
    };
    let firstPosting = -1;
    for (let i = 0; i < n; i++) {
      const id = side.tokens[from + i] ?? 0;
      if (id >= lists) fail('listStart', 0, `a posting list for token ${id}, which unit position ${p} holds`);
      const at = cursor[id] ?? 0;
      if (at >= (side.listStart[id + 1] ?? 0) || side.postings[at] !== p) fail('postings', at, `position ${p} in the list of token ${id}`);
      cursor[id] = at + 1;
      if (firstPosting < 0) firstPosting = at;
      const rank = side.postingRank[at] ?? 0;
      if (rank < MAX_STORED_RANK) {
        if (rank >= ranked || atRank[rank] !== -1) fail('postingRank', at, `a distinct rank below ${ranked} for each occurrence of unit position ${p}`, 1);
        atRank[rank] = i;
      } else {
        saturated++;
        if (firstSaturated < 0 || before(i, firstSaturated)) firstSaturated = i;
      }
    }
    // Ranks 0 … ranked − 1 each used once, in (rarity, position) order, and the saturated occurrences after them all.
    for (let r = 0; r < ranked; r++) {
      const i = atRank[r] ?? -1;
      if (i < 0 || (r > 0 && !before(atRank[r - 1] ?? 0, i))) fail('postingRank', Math.max(0, firstPosting), `the ranks of unit position ${p}'s occurrences in rarity order`, 1);
    }
    const last = ranked > 0 ? (atRank[ranked - 1] ?? 0) : -1;
    if (saturated !== n - ranked || (saturated > 0 && last >= 0 && !before(last, firstSaturated))) fail('postingRank', Math.max(0, firstPosting), `ranks from ${MAX_STORED_RANK} on only for the rarest-last occurrences of unit position ${p}`, 1);
  }
  for (let id = 0; id < lists; id++) if (cursor[id] !== side.listStart[id + 1]) fail('postings', cursor[id] ?? 0, `only the positions that hold token ${id} in its list`);
}
