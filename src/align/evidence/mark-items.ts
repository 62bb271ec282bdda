/** Evidence items for punctuation that translations keep (questions, exclamations, quotations). */
import { SENTENCE_MARKS } from '../align-patterns';
import type { DescribeContext } from './describe-context';
import { type EvidenceBuilder, ITEM_KIND } from './sentence-evidence';

/**
 * Add one item per kind of mark found in `text` (Chinese or English alike).
 */
export function addMarkItems(text: string, builder: EvidenceBuilder, context: DescribeContext): void {
  for (const [name, pattern] of Object.entries(SENTENCE_MARKS)) {
    if (pattern.test(text)) builder.addItem(ITEM_KIND.mark, [context.concepts.id(`mark:${name}`)]);
  }
}
