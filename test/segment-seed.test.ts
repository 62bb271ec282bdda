/**
 * Split every line of the seed (corpus/raw/, read directly: ingest is built
 * in parallel) in both languages: the lossless invariant holds everywhere,
 * and a few facts checked by hand on the seed hold in its language.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences, type SplitSentence } from '../src/index';
import type { Lang } from '../src/types';
import { expectLossless } from './helpers/segment-invariant';

const SEED = join(resolve(import.meta.dirname, '..'), 'corpus', 'raw', 'chongqing-fao-2022.en-zh.txt');
const lines = readFileSync(SEED, 'utf8').split('\n');

/** The seed line with this 1-based number, after checking it holds `premise`. */
function line(number: number, premise: string): string {
  const text = lines[number - 1] ?? '';
  expect(text, `premise: line ${number} contains ${premise}`).toContain(premise);
  return text;
}

const sentencesOf = (text: string, lang: Lang): string[] => splitSentences(text, lang).map((s: SplitSentence) => s.text);

describe('the seed', () => {
  it('has its 72 lines', () => {
    expect(lines.filter((l) => l.trim() !== '').length).toBe(72);
  });

  it('splits every line losslessly, as English and as Chinese', () => {
    for (const text of lines) {
      expectLossless(text, splitSentences(text, 'en'));
      expectLossless(text, splitSentences(text, 'zh'));
    }
    const whole = lines.join('\n');
    expectLossless(whole, splitSentences(whole, 'en'));
    expectLossless(whole, splitSentences(whole, 'zh'));
  });

  it('ends a sentence at a missing space before a capitalised word', () => {
    expect(sentencesOf(line(24, 'San Francisco.He said'), 'en').slice(0, 2)).toEqual([
      'Mark Chandler introduced the development of San Francisco.',
      expect.stringMatching(/^He said San Francisco is a city of innovation/u),
    ]);
    expect(sentencesOf(line(16, 'National Congress.Professor Wu'), 'en')[1]).toMatch(/^Professor Wu Yandong/u);
    expect(sentencesOf(line(64, 'since 2020.The preliminary'), 'en')[0]).toBe('The competition has been successfully held for 3 times since 2020.');
    expect(sentencesOf(line(51, 'Township.Zhang Guo'), 'en')).toHaveLength(2);
    expect(sentencesOf(line(52, 'tourism.Ambassador also'), 'en')).toHaveLength(2);
  });

  it('keeps company suffixes and inline lists inside their sentence', () => {
    // Line 8 is one long sentence with "Co., Ltd. with" and "Co., Ltd., as well as" in it.
    expect(sentencesOf(line(8, 'Co., Ltd. with the Administrative'), 'en')).toHaveLength(1);
    const line10 = sentencesOf(line(10, 'Co.,LTD., Shanghai'), 'en');
    expect(line10).toHaveLength(3);
    expect(line10[1]).toMatch(/^In addition, .*Co\.,LTD\., Shanghai Landing .*counterparts\.$/u);
    expect(sentencesOf(line(7, 'include: 1) Belarusian'), 'en')).toHaveLength(1);
  });

  it('ends a sentence after "etc." before a capitalised word', () => {
    expect(sentencesOf(line(57, 'governance,etc. Chen introduced'), 'en')[2]).toMatch(/governance,etc\.$/u);
  });

  it('splits Chinese lines at 。 and keeps quotes and titles whole', () => {
    expect(sentencesOf(line(3, '深化中白地方合作。2022年'), 'zh')).toHaveLength(2);
    expect(sentencesOf(line(4, '共同主持。'), 'zh')).toHaveLength(3);
    expect(sentencesOf(line(45, '‘一帶一路’'), 'zh')).toEqual([
      expect.stringMatching(/^中國阿拉伯城市論壇.*機制性活動。$/u),
      expect.stringMatching(/^此次論壇以“.*》。$/u),
    ]);
  });
});
