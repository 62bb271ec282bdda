import { describe, expect, it } from 'vitest';
import { testAlignLexicon } from '../../../test/helpers/test-align-lexicon';
import { describeDocument } from '../evidence/describe-document';
import { findAnchors } from './find-anchors';

const lexicon = testAlignLexicon();
const zh = ['2019年论坛在重庆举行。', '天气很好。', '双方签署了合作协议。', '50家企业代表出席。', '我们明天见面。'];
const en = ['The forum was held in Chongqing in 2019.', 'The weather was good.', 'Both sides signed a cooperation agreement.', 'Representatives of 50 firms attended.', 'We meet tomorrow.'];

describe('findAnchors', () => {
  it('finds sentence pairs sharing rare concepts, in increasing order', () => {
    const document = describeDocument(zh, en, { lexicon, names: true, lengthUnit: 'bytes', learnable: false });
    const anchors = findAnchors(document.zh, document.en, { maxPostings: 50, minScore: 2 });
    expect(anchors.length).toBeGreaterThanOrEqual(4);
    for (const anchor of anchors) expect(anchor.en).toBe(anchor.zh); // premise: the texts are parallel line by line
    for (let k = 1; k < anchors.length; k++) expect(anchors[k]?.zh).toBeGreaterThan(anchors[k - 1]?.zh as number);
  });

  it('drops candidates that contradict the order of the others (a moved sentence)', () => {
    // English sentence 4 moved to the front: it cannot chain with the other four.
    const moved = [en[3] as string, en[0] as string, en[1] as string, en[2] as string, en[4] as string];
    const document = describeDocument(zh, moved, { lexicon, names: true, lengthUnit: 'bytes', learnable: false });
    const anchors = findAnchors(document.zh, document.en, { maxPostings: 50, minScore: 2 });
    expect(anchors.some((a) => a.zh === 3 && a.en === 0)).toBe(false);
    expect(anchors.some((a) => a.zh === 0 && a.en === 1)).toBe(true);
  });

  it('finds nothing in empty or unrelated texts', () => {
    const document = describeDocument(['天气很好。'], ['Tomorrow we go.'], { lexicon, names: true, lengthUnit: 'bytes', learnable: false });
    expect(findAnchors(document.zh, document.en, { maxPostings: 50, minScore: 2 })).toEqual([]);
    expect(findAnchors([], [], { maxPostings: 50, minScore: 2 })).toEqual([]);
  });
});
