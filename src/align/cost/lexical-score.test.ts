import { describe, expect, it } from 'vitest';
import { testAlignLexicon } from '../../../test/helpers/test-align-lexicon';
import { describeDocument } from '../evidence/describe-document';
import { LexicalScore } from './lexical-score';
import { ITEM_KIND } from '../evidence/sentence-evidence';

const lexicon = testAlignLexicon();
const rates = { zh: [0.3, 0.8, 0.75, 0.8], en: [0.5, 0.7, 0, 0.7] };

function scoreOf(zh: readonly string[], en: readonly string[], chance: number): { score: LexicalScore; zhItems: number; enItems: number } {
  const document = describeDocument(zh, en, { lexicon, names: true, lengthUnit: 'bytes', learnable: false });
  const fixed = (sentences: typeof document.zh) => sentences.map((s) => new Float32Array(s.itemCount).fill(chance));
  const ranges = { lo: new Int32Array(zh.length), hi: new Int32Array(zh.length).fill(en.length - 1) };
  const score = new LexicalScore(document.zh, document.en, fixed(document.zh), fixed(document.en), rates, ranges, document.concepts.size);
  return { score, zhItems: document.zh[0]?.itemCount ?? 0, enItems: document.en[0]?.itemCount ?? 0 };
}

describe('LexicalScore', () => {
  it('gives the hand-computed LLR of a pair with one matched word on each side', () => {
    // 论坛 (forum) is the only Chinese item; "forum" the only English content word.
    const { score, zhItems, enItems } = scoreOf(['论坛'], ['The forum.'], 0.1);
    expect([zhItems, enItems]).toEqual([1, 1]);
    // Matched item: log((p + (1 − p)q) / p) with p = 0.1.
    const zh = Math.log((0.1 + 0.9 * 0.3) / 0.1); // 1.3083
    const en = Math.log((0.1 + 0.9 * 0.5) / 0.1); // 1.7047
    expect(score.llr(0, 1, 0, 1)).toBeCloseTo(zh + en, 5);
  });

  it('charges log(1 − q) for each unmatched item', () => {
    const { score } = scoreOf(['天气'], ['The forum.'], 0.1);
    expect(score.llr(0, 1, 0, 1)).toBeCloseTo(Math.log(1 - 0.3) + Math.log(1 - 0.5), 5);
  });

  it('ORs the matches of a many-to-one bead and raises the chance rate with the bead size', () => {
    const { score } = scoreOf(['论坛举行'], ['A forum.', 'It was held.'], 0.1);
    // Both Chinese items are matched by one English sentence or the other; with two
    // English sentences the chance rate is 1 − 0.9² = 0.19.
    const p2 = 0.19;
    const zh = 2 * Math.log((p2 + (1 - p2) * 0.3) / p2);
    const en = 2 * Math.log((0.1 + 0.9 * 0.5) / 0.1); // forum, held: one Chinese sentence
    expect(score.llr(0, 1, 0, 2)).toBeCloseTo(zh + en, 4);
  });

  it('visits every item with its match', () => {
    const { score } = scoreOf(['论坛天气'], ['The forum.'], 0.1);
    const seen: string[] = [];
    score.forEachItem(0, 1, 0, 1, (side, kind, matched) => seen.push(`${side}:${kind}:${matched}`));
    expect(seen.sort()).toEqual([`en:${ITEM_KIND.word}:true`, `zh:${ITEM_KIND.word}:false`, `zh:${ITEM_KIND.word}:true`]);
  });
});
