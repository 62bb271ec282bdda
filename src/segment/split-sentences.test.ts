import { describe, expect, it } from 'vitest';
import { SegmentError } from '../errors';
import type { Lang } from '../types';
import { splitSentences } from './split-sentences';
import { DEFAULT_SPLIT_OPTIONS } from './split-options';

const texts = (text: string, lang: Lang = 'en', options = {}): string[] => splitSentences(text, lang, options).map((s) => s.text);

describe('splitSentences', () => {
  it('runs its TSDoc examples', () => {
    expect(texts('Mr. Smith paid $3.50. "Why?" he asked.')).toEqual(['Mr. Smith paid $3.50.', '"Why?" he asked.']);
    expect(texts('他說：「好。」我們走吧。', 'zh')).toEqual(['他說：「好。」', '我們走吧。']);
  });

  it('gives spans into the input, trimmed of white space', () => {
    const input = '  One.\n\tTwo!  ';
    expect(splitSentences(input, 'en')).toEqual([
      { text: 'One.', span: { start: 2, end: 6 } },
      { text: 'Two!', span: { start: 8, end: 12 } },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences(' \n\u3000', 'zh')).toEqual([]);
  });

  it('keeps a text without sentence punctuation whole', () => {
    expect(texts('Source: Chongqing Foreign Affairs Official WeChat Account')).toHaveLength(1);
    expect(texts('來源/重慶外事微信公眾號', 'zh')).toHaveLength(1);
  });

  it('throws SEGMENT_UNKNOWN_LANG for another language', () => {
    const call = (): unknown => splitSentences('Bonjour.', 'fr' as Lang);
    expect(call).toThrow(SegmentError);
    expect(call).toThrow(expect.objectContaining({ code: 'SEGMENT_UNKNOWN_LANG', place: undefined }));
  });

  it('throws SEGMENT_INVALID_TEXT when the text is not a string', () => {
    expect(() => splitSentences(undefined as unknown as string, 'en')).toThrow(expect.objectContaining({ code: 'SEGMENT_INVALID_TEXT' }));
  });

  describe('options', () => {
    it('has documented defaults', () => {
      expect(DEFAULT_SPLIT_OPTIONS).toEqual({ abbreviations: [], splitAtSemicolons: false, newlinesAreBoundaries: false });
      expect(Object.isFrozen(DEFAULT_SPLIT_OPTIONS)).toBe(true);
    });

    it('splits at semicolons on request', () => {
      expect(texts('A; B.')).toEqual(['A; B.']);
      expect(texts('A; B.', 'en', { splitAtSemicolons: true })).toEqual(['A;', 'B.']);
      expect(texts('甲；乙。', 'zh', { splitAtSemicolons: true })).toEqual(['甲；', '乙。']);
      expect(texts('&amp;x y.', 'en', { splitAtSemicolons: true })).toEqual(['&amp;x y.']);
      expect(texts('A&amp;B公司;丙。', 'zh', { splitAtSemicolons: true })).toEqual(['A&amp;B公司;', '丙。']);
      expect(texts('A；B.', 'en', { splitAtSemicolons: true })).toEqual(['A；', 'B.']);
    });

    it('treats every line break as a boundary on request, and a blank line always', () => {
      expect(texts('a title\nthe text')).toEqual(['a title\nthe text']);
      expect(texts('a title\nthe text', 'en', { newlinesAreBoundaries: true })).toEqual(['a title', 'the text']);
      expect(texts('标题\r\n正文', 'zh', { newlinesAreBoundaries: true })).toEqual(['标题', '正文']);
      expect(texts('a title\n \nthe text')).toEqual(['a title', 'the text']);
      expect(texts('标题\r\n\r\n正文', 'zh')).toEqual(['标题', '正文']);
    });

    it('adds abbreviations, with or without their period, case-insensitively', () => {
      expect(texts('Pay Rs. 500 now.')).toEqual(['Pay Rs.', '500 now.']);
      expect(texts('Pay Rs. 500 now.', 'en', { abbreviations: ['Rs.'] })).toEqual(['Pay Rs. 500 now.']);
      expect(texts('Pay RS. 500 now.', 'en', { abbreviations: ['rs'] })).toEqual(['Pay RS. 500 now.']);
      // An extra abbreviation still ends a sentence before a sentence starter.
      expect(texts('We paid in Rs. The rate was fair.', 'en', { abbreviations: ['Rs'] })).toEqual(['We paid in Rs.', 'The rate was fair.']);
    });
  });
});
