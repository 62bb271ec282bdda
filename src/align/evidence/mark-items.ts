/** Evidence items for punctuation that translations keep (questions, exclamations, quotations). */
import { SENTENCE_MARKS } from '../align-patterns';
import { ITEM_KIND } from './sentence-evidence';
import type { EvidenceEntry } from './sentence-description';

/**
 * One entry per kind of mark found in `text` (Chinese or English alike).
 */
export function markEntries(text: string): EvidenceEntry[] {
  const entries: EvidenceEntry[] = [];
  for (const [name, pattern] of Object.entries(SENTENCE_MARKS)) {
    if (pattern.test(text)) entries.push({ kind: ITEM_KIND.mark, lexiconIds: [], keys: [`mark:${name}`], nameKeys: [], word: undefined });
  }
  return entries;
}
