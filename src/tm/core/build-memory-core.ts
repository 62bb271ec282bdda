/** Build the memory's index from units: the vocabulary, then each side. */
import { TmError } from '../../errors';
import type { TranslationUnit } from '../../types';
import type { MemoryCore } from './memory-core';
import { buildSideIndex } from './side-index';
import { ArrayUnitStore } from './unit-store';
import { Vocabulary } from '../tokens/vocabulary';

/**
 * Index `units` (kept as given, in order).
 * @throws TmError `TM_NO_UNITS` when there are none.
 */
export function buildMemoryCore(units: readonly TranslationUnit[]): MemoryCore {
  if (units.length === 0) throw new TmError('TM_NO_UNITS', 'Expected at least one translation unit, found none.');
  const vocabulary = new Vocabulary();
  const en = buildSideIndex('en', units.length, (u) => units[u]?.en ?? '', vocabulary);
  const zh = buildSideIndex('zh', units.length, (u) => units[u]?.zh ?? '', vocabulary);
  vocabulary.freeze();
  return { store: new ArrayUnitStore(units), vocabulary, sides: { en, zh } };
}
