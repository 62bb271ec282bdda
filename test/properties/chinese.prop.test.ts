/**
 * Our converters are byte-identical to opencc-js's own, for any text: Han in
 * both scripts (phrases OpenCC treats as a whole included), compatibility
 * ideographs, Latin, punctuation, newlines, astral characters, lone surrogates,
 * ideographic description characters and U+0000:
 * - toSimplified / toTraditional (which skip a pass that would change nothing) equal OpenCC.Converter,
 * - convertScriptBatch (one OpenCC call for many texts) equals converting each text alone.
 */
import { fc, test } from '@fast-check/vitest';
import * as OpenCC from 'opencc-js';
import { describe, expect } from 'vitest';
import { toSimplified, toTraditional } from '../../src/chinese/convert-script';
import { convertScriptBatch } from '../../src/chinese/convert-script-batch';

/**
 * Pieces chosen so that neighbours form dictionary phrases that convert differently together than apart:
 * 著作 and 乾隆 to Simplified, 里昂, 周年, 天后 and 胡杨士樑 to Traditional (checked by hand with toSimplified/toTraditional;
 * 胡杨士樑 is also converted differently if OpenCC's split into dictionary phrases is left out).
 */
const PIECES = [
  '重慶', '重庆', '著', '作', '頭', '髮', '头', '发', '乾', '隆', '干', '里', '昂', '周', '年', '天', '后', '後', '臺', '台',
  '胡杨士', '樑', '體', '体', '嗰', '𠮶', '𠀋', '😀', '豈', '\uF900', '\uF9D1', '\u{2F8A6}', '\uFA0E', 'Chongqing', 'a', '2022', '，', '。', '「', '」', '“', '”', '《', '》',
  ' ', '\n', '\r\n', '\t', '\u3000', '<&>', '⿰', '⿱', '⿲', '\u31EF', '\u0000', '\uD800', '\uDC00',
];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

describe('toSimplified and toTraditional', () => {
  const openccToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const openccToTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

  test.prop([text], { numRuns: 1000 })('equal OpenCC.Converter', (t) => {
    expect(toSimplified(t)).toBe(openccToSimplified(t));
    expect(toTraditional(t)).toBe(openccToTraditional(t));
  });
});

describe('convertScriptBatch', () => {
  test.prop([fc.array(text, { maxLength: 20 })], { numRuns: 300 })('equals toSimplified on each text', (texts) => {
    expect(convertScriptBatch(texts, 'simplified')).toEqual(texts.map(toSimplified));
  });

  test.prop([fc.array(text, { maxLength: 20 })], { numRuns: 300 })('equals toTraditional on each text', (texts) => {
    expect(convertScriptBatch(texts, 'traditional')).toEqual(texts.map(toTraditional));
  });
});
