/** Resources shared by the pairing methods during one extraction run. */
import type { GlossIndex } from './gloss-index';
import type { ReadingsOf } from './pinyin-key';

/** Built once per `extractTerms` call and passed to every method. */
export interface PairContext {
  readonly glossIndex: GlossIndex;
  readonly readings: ReadingsOf;
  /** Acronyms defined in the corpus ("CPAFFC") → the words they stand for. */
  readonly acronyms: ReadonlyMap<string, readonly string[]>;
}
