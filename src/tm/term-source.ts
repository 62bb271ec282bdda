/**
 * Term lookup through a termbase. The memory needs only something that answers
 * `lookupTerm` (a {@link Termbase} from `createTermbase`, or your own), or a
 * plain list of terms, which it turns into a termbase once.
 */
import type { Term } from '../types';
import { createTermbase, type TermMatch } from '../terms/termbase/create-termbase';

/** Anything that looks terms up: a termbase object, or a list of terms. */
export type TermSource = readonly Term[] | { lookupTerm(query: string): readonly TermMatch[] };

/** Something to call `lookupTerm` on: the source itself, or a termbase over its terms. */
export function toTermLookup(source: TermSource): { lookupTerm(query: string): readonly TermMatch[] } {
  return isTermList(source) ? createTermbase(source) : source;
}

function isTermList(source: TermSource): source is readonly Term[] {
  return Array.isArray(source);
}
