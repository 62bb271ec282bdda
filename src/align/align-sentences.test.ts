import { describe, expect, it } from 'vitest';
import { expectBeadInvariants } from '../../test/helpers/bead-invariants';
import { testAlignLexicon } from '../../test/helpers/test-align-lexicon';
import { alignSentences } from './align-sentences';

const lexicon = testAlignLexicon();

describe('alignSentences on hard input', () => {
  it('gives skips only when a side is empty', () => {
    expect(alignSentences([], [], {})).toEqual([]);
    const beads = alignSentences(['天气很好。', '我们明天见面。'], [], { sourceLang: 'zh', lexicon });
    expect(beads.map((b) => [b.source, b.target])).toEqual([
      [[0], []],
      [[1], []],
    ]);
    expectBeadInvariants(alignSentences([], ['a', 'b'], {}), 0, 2);
  });

  it('aligns a side twenty times longer than the other', () => {
    const en = Array.from({ length: 200 }, (_, k) => `Sentence number ${k + 1} of the long side.`);
    const zh = Array.from({ length: 10 }, (_, k) => `第${(k + 1) * 20}句。`);
    const beads = alignSentences(en, zh, { sourceLang: 'en', lexicon });
    expectBeadInvariants(beads, 200, 10);
    // The numbers anchor each Chinese sentence to the English sentence with the same number.
    for (let k = 0; k < 10; k++) {
      const bead = beads.find((b) => b.target.includes(k));
      expect(bead?.source).toContain((k + 1) * 20 - 1);
    }
  });

  it('survives a one-megabyte sentence', () => {
    const huge = '论坛举行了。'.repeat(170_000);
    expect(huge.length).toBeGreaterThan(1_000_000);
    const beads = alignSentences(['天气很好。', huge, '我们明天见面。'], ['The weather is good.', 'The forum was held.', 'We meet tomorrow.'], {
      sourceLang: 'zh',
      lexicon,
    });
    expectBeadInvariants(beads, 3, 3);
    expect(beads[0]?.target).toEqual([0]);
    expect(beads.at(-1)?.source).toEqual([2]);
    expect(beads.at(-1)?.target).toContain(2);
  });

  it('survives binary-looking text, control characters and lone surrogates', () => {
    const junk = ['\u0000\u0001\u0002', '\uFFFD\uFFFD', '\uD800abc', '', '   '];
    expectBeadInvariants(alignSentences(junk, ['天气很好。', '\uDC00'], { lexicon }), 5, 2);
  });

  it('works without a lexicon (lengths, numbers, names, punctuation)', () => {
    const beads = alignSentences(['2019年，王雯出席。', '天气很好！'], ['In 2019 Wang Wen attended.', 'What fine weather!'], { sourceLang: 'zh' });
    expect(beads.map((b) => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });
});
