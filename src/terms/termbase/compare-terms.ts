/** The order terms are listed in: by type, then English, then Chinese. */
import type { Term, TermType } from '../../types';
import { englishTermKey } from './term-key';

/** Order of types in outputs. */
export const TERM_TYPE_ORDER: readonly TermType[] = ['person', 'org', 'place', 'title', 'event'];

/**
 * Stable order: type, then English (case-insensitive, by code point), then
 * Simplified Chinese, then the English as written.
 */
export function compareTerms(a: Term, b: Term): number {
  return (
    TERM_TYPE_ORDER.indexOf(a.type) - TERM_TYPE_ORDER.indexOf(b.type) ||
    compareStrings(englishTermKey(a.en), englishTermKey(b.en)) ||
    compareStrings(a.zhHans, b.zhHans) ||
    compareStrings(a.en, b.en)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
