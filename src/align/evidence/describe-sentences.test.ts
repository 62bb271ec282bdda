import { describe, expect, it } from 'vitest';
import { testAlignLexicon } from '../../../test/helpers/test-align-lexicon';
import { type AlignDocument, describeDocument } from './describe-document';
import { ITEM_KIND } from './sentence-evidence';

const lexicon = testAlignLexicon();

function describeBoth(zh: string, en: string): AlignDocument {
  return describeDocument([zh], [en], { lexicon, names: true, lengthUnit: 'bytes', learnable: false });
}

/** Kinds of the Chinese and English items that share a concept (the anchors of the pair). */
function sharedItemKinds(document: AlignDocument): { zh: number[]; en: number[] } {
  const zh = document.zh[0];
  const en = document.en[0];
  const zhKinds: number[] = [];
  const enKinds: number[] = [];
  if (!zh || !en) return { zh: zhKinds, en: enKinds };
  for (let x = 0; x < zh.concepts.length; x++) {
    const y = en.concepts.indexOf(zh.concepts[x] as number);
    if (y < 0) continue;
    for (let k = zh.conceptItemStart[x] as number; k < (zh.conceptItemStart[x + 1] as number); k++) zhKinds.push(zh.itemKind[zh.conceptItems[k] as number] as number);
    for (let k = en.conceptItemStart[y] as number; k < (en.conceptItemStart[y + 1] as number); k++) enKinds.push(en.itemKind[en.conceptItems[k] as number] as number);
  }
  return { zh: [...new Set(zhKinds)].sort(), en: [...new Set(enKinds)].sort() };
}

describe('sentence evidence: the anchor kinds', () => {
  it('meets dates and numbers: 2022年11月15日 ↔ November 15th, 2022; 近50家 ↔ nearly 50', () => {
    const document = describeBoth('2022年11月15日，近50家企业出席。', 'On November 15th, 2022, nearly 50 companies attended.');
    expect(sharedItemKinds(document).zh).toContain(ITEM_KIND.number);
    expect(sharedItemKinds(document).en).toContain(ITEM_KIND.number);
    // 2022, 11, 15, 50 on both sides: four number items matched on each side.
    const zh = document.zh[0];
    expect(zh?.itemKind.filter((kind) => kind === ITEM_KIND.number).length).toBe(4);
  });

  it('reads Chinese numerals: 二十 ↔ twentieth, 三千五百 ↔ 3,500', () => {
    const shared = sharedItemKinds(describeBoth('第二十届论坛有三千五百人。', 'The twentieth forum had 3,500 people.'));
    expect(shared.zh).toContain(ITEM_KIND.number);
    const doc = describeBoth('三千五百', '3,500');
    expect(doc.zh[0]?.concepts.some((c) => doc.en[0]?.concepts.includes(c))).toBe(true);
    const wan = describeBoth('销售额为20万元，利润3.5亿。', 'Sales were 200,000 yuan and profit 350,000,000.');
    for (const key of ['#200000', '#350000000']) {
      const id = wan.concepts.find(key) as number;
      expect(wan.zh[0]?.concepts.includes(id) && wan.en[0]?.concepts.includes(id), key).toBe(true);
    }
  });

  it('meets names by pinyin, in Traditional script too: 王雯 ↔ Wang Wen, 萬州 ↔ Wanzhou', () => {
    const document = describeBoth('王雯在萬州出席論壇。', 'Wang Wen attended the forum in Wanzhou.');
    const zh = document.zh[0];
    const en = document.en[0];
    if (!zh || !en) throw new Error('no evidence');
    // Premise: 雯 is not in the test lexicon, so only pinyin can link it.
    expect(lexicon.translations.has('雯')).toBe(false);
    for (const key of ['py:wangwen', 'py:wanzhou']) {
      const id = document.concepts.find(key);
      expect(id, key).toBeDefined();
      expect(zh.concepts.includes(id as number), key).toBe(true);
      expect(en.concepts.includes(id as number), key).toBe(true);
    }
  });

  it('meets Latin strings present on both sides', () => {
    const document = describeBoth('COVID-19疫情期间举行论坛。', 'The forum was held during COVID-19.');
    const zh = document.zh[0];
    const en = document.en[0];
    for (const key of ['covid', '#19']) {
      const id = document.concepts.find(key) as number;
      expect(zh?.concepts.includes(id) && en?.concepts.includes(id), key).toBe(true);
    }
  });

  it('meets punctuation that translations keep: questions, exclamations, quotes, 《》', () => {
    const question = sharedItemKinds(describeBoth('他说：“明天见面吗？”', "'Shall we meet tomorrow?' he said."));
    expect(question.zh).toContain(ITEM_KIND.mark);
    const title = sharedItemKinds(describeBoth('他读了《论坛》。', 'He read "The Forum".'));
    expect(title.zh).toContain(ITEM_KIND.mark);
    // An apostrophe inside a word is no quote.
    const none = describeBoth('好。', "It's good.");
    expect(none.en[0]?.itemKind.includes(ITEM_KIND.mark)).toBe(false);
  });

  it('measures lengths in UTF-8 bytes without whitespace, over the whole text', () => {
    const document = describeBoth('论坛 举行', 'a b');
    expect(document.zh[0]?.lengths).toEqual({ chars: 4, bytes: 12, words: 2 });
    expect(document.en[0]?.lengths.bytes).toBe(2);
    expect(document.zhLengths[1]).toBe(12);
  });

  it('gives a megabyte sentence its full length but bounded evidence', () => {
    const long = 'forum '.repeat(200_000);
    const document = describeDocument(['论坛'], [long], { lexicon, names: true, lengthUnit: 'bytes', learnable: false });
    expect(document.en[0]?.lengths.bytes).toBe(1_000_000);
    expect(document.en[0]?.itemCount).toBeLessThanOrEqual(4096);
  });
});
