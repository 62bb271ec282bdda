import { beforeAll, describe, expect, it } from 'vitest';
import { CHINESE_CHAR_TOKEN, loadChineseWordSegmenter, tokenizeChineseChars, type ChineseWordSegmenter } from './tokenize-chinese';

describe('tokenizeChineseChars', () => {
  it('runs its TSDoc examples', () => {
    expect('在2022年COVID'.match(CHINESE_CHAR_TOKEN)).toEqual(['在', '2022', '年', 'COVID']);
    expect(tokenizeChineseChars('於2022年訪問').map((t) => t.text)).toEqual(['於', '2022', '年', '訪', '問']);
    expect(tokenizeChineseChars('COVID疫情').map((t) => t.text)).toEqual(['COVID', '疫', '情']);
  });

  it('drops punctuation and white space, keeps astral Han characters', () => {
    expect(tokenizeChineseChars('“重慶”， 𠮶！').map((t) => t.text)).toEqual(['重', '慶', '𠮶']);
  });

  it('reads 〇 as a Han character, not a number', () => {
    expect(tokenizeChineseChars('二〇二二年').map((t) => t.text)).toEqual(['二', '〇', '二', '二', '年']);
  });

  it('gives spans that slice the input', () => {
    const text = '中國（重慶）—白俄羅斯COVID-19論壇';
    for (const token of tokenizeChineseChars(text)) expect(text.slice(token.span.start, token.span.end)).toBe(token.text);
  });
});

describe('loadChineseWordSegmenter', () => {
  let segmenter: ChineseWordSegmenter;
  beforeAll(() => {
    segmenter = loadChineseWordSegmenter();
  });

  it('runs its TSDoc example on Traditional text, through the Simplified view', () => {
    const words = segmenter.tokenize('重慶市政府外辦');
    expect(words.map((w) => w.text)).toEqual(['重慶', '市政府', '外辦']);
    expect(words.map((w) => w.simplified)).toEqual(['重庆', '市政府', '外办']);
    expect(words[0]?.tag).toBe('place');
  });

  it('covers every character but white space, with spans into the original text', () => {
    const text = '論壇由重慶市政府外辦主辦， 雙方近50家企業代表出席。';
    const words = segmenter.tokenize(text);
    expect(words.map((w) => w.text).join('')).toBe(text.replace(/\s/gu, ''));
    for (const word of words) expect(text.slice(word.span.start, word.span.end)).toBe(word.text);
    expect(words.find((w) => w.text === '。')?.tag).toBe('punctuation');
  });
});
