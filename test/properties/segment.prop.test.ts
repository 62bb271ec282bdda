/**
 * Property: splitting is lossless for any input, in both languages, under any
 * options: sentences in order, trimmed, non-empty, equal to their spans, and
 * nothing but white space between them (test/helpers/segment-invariant.ts).
 */
import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { splitSentences, type SplitOptions } from '../../src/index';
import { expectLossless } from '../helpers/segment-invariant';

/** Pieces that exercise the scanners: punctuation runs, quotes, abbreviations, lists, CJK, astral and control characters. */
const PIECES = [
  'The', 'forum', 'he', 'said', 'Mr.', 'Dr.', 'U.S.', 'U.S.A.', 'e.g.', 'etc.', 'Co., Ltd.', 'No.', '3.5', '10:30',
  'a.m.', 'C.', 'I', 'www.example.org/A.B', 'a.b@example.com', '1)', '2.', '(3)', '•', '.', '..', '...', '....',
  '. . .', '…', '……', '!', '?', '?!', '!!', ';', ':', ',', '—', '——', '--', '"', "'", '“', '”', '‘', '’', '「',
  '」', '『', '』', '《', '》', '（', '）', '(', ')', '[', ']', '。', '！', '？', '；', '：', '，', '、', '．', '｡',
  '重庆', '論壇', '他说', '我', '不过', '〇', '２０２２', 'COVID-19', '𠮶', '😀', '𝐀', ' ', '  ', '\t', '\n', '\n\n',
  '\r\n', '\r', '\u3000', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u0085', '\u0000', '\u200b',
] as const;

const mixedText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
const lang = fc.constantFrom('en' as const, 'zh' as const);
const options: fc.Arbitrary<SplitOptions> = fc.record(
  {
    abbreviations: fc.array(fc.constantFrom('Rs', 'approx.', 'Dept', 'X', ''), { maxLength: 3 }),
    splitAtSemicolons: fc.boolean(),
    newlinesAreBoundaries: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('splitSentences is lossless', () => {
  test.prop([fc.string({ unit: 'grapheme' }), lang, options])('for any text of graphemes', (text, language, splitOptions) => {
    expectLossless(text, splitSentences(text, language, splitOptions));
  });

  test.prop([mixedText, lang, options], { numRuns: 500 })('for text built from punctuation, quotes, CJK and control pieces', (text, language, splitOptions) => {
    expectLossless(text, splitSentences(text, language, splitOptions));
  });

  test.prop([fc.string({ unit: 'binary' }), lang])('for any UTF-16 string, lone surrogates included', (text, language) => {
    expectLossless(text, splitSentences(text, language));
  });
});
