/**
 * convertScriptBatch is byte-identical to converting each text alone, for any
 * texts: Han in both scripts (phrases OpenCC treats as a whole included),
 * Latin, punctuation, newlines, astral characters, lone surrogates,
 * ideographic description characters and U+0000, the batch separator.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toSimplified, toTraditional } from '../../src/chinese/convert-script';
import { convertScriptBatch } from '../../src/chinese/convert-script-batch';

/**
 * Pieces chosen so that neighbours form dictionary phrases that convert differently together than apart:
 * 著作 and 乾隆 to Simplified, 里昂, 周年 and 天后 to Traditional (checked by hand with toSimplified/toTraditional).
 */
const PIECES = [
  '重慶', '重庆', '著', '作', '頭', '髮', '头', '发', '乾', '隆', '干', '里', '昂', '周', '年', '天', '后', '後', '臺', '台',
  '體', '体', '嗰', '𠮶', '𠀋', '😀', '豈', '\uF900', 'Chongqing', 'a', '2022', '，', '。', '「', '」', '“', '”', '《', '》',
  ' ', '\n', '\r\n', '\t', '\u3000', '<&>', '⿰', '⿱', '⿲', '\u31EF', '\u0000', '\uD800', '\uDC00',
];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

describe('convertScriptBatch', () => {
  test.prop([fc.array(text, { maxLength: 20 })], { numRuns: 300 })('equals toSimplified on each text', (texts) => {
    expect(convertScriptBatch(texts, 'simplified')).toEqual(texts.map(toSimplified));
  });

  test.prop([fc.array(text, { maxLength: 20 })], { numRuns: 300 })('equals toTraditional on each text', (texts) => {
    expect(convertScriptBatch(texts, 'traditional')).toEqual(texts.map(toTraditional));
  });
});
