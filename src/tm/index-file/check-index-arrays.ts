/** The invariants an index file's arrays must hold, checked on load (a violation means a damaged or foreign file). */
import { TmError } from '../../errors';
import type { IndexMeta } from './index-file-format';
import type { SideIndex } from '../core/side-index';
import type { StringColumn } from './string-column';
import { SIGNATURE_WORDS } from '../search/token-signature';

/** A `TM_INDEX_CORRUPT` error at byte `offset` (reported as line 1, column offset + 1). */
export function corruptIndex(offset: number, message: string): TmError {
  return new TmError('TM_INDEX_CORRUPT', message, { place: { line: 1, column: offset + 1, offset } });
}

/** A string column's ends: `count` of them, ascending, inside its bytes. */
export function checkEnds(column: StringColumn, count: number, offset: number): void {
  if (column.ends.length !== count) throw corruptIndex(offset, `Expected ${count} string ends, found ${column.ends.length}.`);
  let previous = 0;
  for (let i = 0; i < count; i++) {
    const end = column.ends[i] ?? 0;
    if (end < previous || end > column.bytes.length) throw corruptIndex(offset + 4 * i, `Expected string ends in order inside the text bytes, found ${end}.`);
    previous = end;
  }
}

/** The invariants lookup relies on; a violation means a damaged or foreign file. */
export function checkSide(side: SideIndex, meta: IndexMeta, offsetOf: (field: string) => number): void {
  const n = meta.unitCount;
  const fail = (field: string, index: number, what: string): never => {
    throw corruptIndex(offsetOf(field) + (field === 'postingRank' ? index : 4 * index), `Expected ${what} in ${side.lang}.${field}.`);
  };
  checkOffsets(side.tokenStart, n + 1, side.tokens.length, (i) => fail('tokenStart', i, `${n + 1} ascending token offsets from 0 to ${side.tokens.length}`));
  for (let i = 0; i < side.tokens.length; i++) if ((side.tokens[i] ?? 0) >= meta.vocabularySize) fail('tokens', i, 'token ids inside the vocabulary');
  if (side.order.length !== n) fail('order', 0, `${n} units`);
  const seen = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    const unit = side.order[p] ?? 0;
    if (unit >= n || seen[unit] === 1) fail('order', p, 'each unit exactly once');
    seen[unit] = 1;
  }
  const lengths = side.lengthStart.length;
  if (lengths < 2) fail('lengthStart', 0, 'at least two offsets');
  checkOffsets(side.lengthStart, lengths, n, (i) => fail('lengthStart', i, `ascending positions from 0 to ${n}`));
  for (let p = 0; p < n; p++) {
    const length = (side.tokenStart[p + 1] ?? 0) - (side.tokenStart[p] ?? 0);
    if (length + 1 >= lengths || (side.lengthStart[length] ?? 0) > p || (side.lengthStart[length + 1] ?? 0) <= p) fail('lengthStart', length, 'positions ranked by token count');
  }
  const lists = side.listStart.length - 1;
  if (lists < 0 || lists > meta.vocabularySize) fail('listStart', 0, 'at most one list per vocabulary entry');
  checkOffsets(side.listStart, lists + 1, side.postings.length, (i) => fail('listStart', i, `ascending list offsets from 0 to ${side.postings.length}`));
  for (let id = 0; id < lists; id++) {
    let previous = 0;
    for (let at = side.listStart[id] ?? 0, end = side.listStart[id + 1] ?? 0; at < end; at++) {
      const position = side.postings[at] ?? 0;
      if (position >= n || position < previous) fail('postings', at, 'ascending positions of units');
      previous = position;
    }
  }
  if (side.postingRank.length !== side.postings.length) fail('postingRank', 0, 'one rank per posting');
  if (side.signatures.length !== n * SIGNATURE_WORDS) fail('signatures', 0, `${SIGNATURE_WORDS} words per unit`);
  if (side.rarity.length !== lists) fail('rarity', 0, 'one rank per listed token');
  const ranked = new Uint8Array(lists);
  for (let id = 0; id < lists; id++) {
    const rank = side.rarity[id] ?? 0;
    if (rank >= lists || ranked[rank] === 1) fail('rarity', id, 'each rank exactly once');
    ranked[rank] = 1;
  }
}

/** `values` has `count` entries, ascending from 0 to `last`; else `fail(index)`. */
function checkOffsets(values: Uint32Array, count: number, last: number, fail: (index: number) => never): void {
  if (values.length !== count || values[0] !== 0 || values[count - 1] !== last) fail(0);
  for (let i = 1; i < count; i++) if ((values[i] ?? 0) < (values[i - 1] ?? 0)) fail(i);
}
