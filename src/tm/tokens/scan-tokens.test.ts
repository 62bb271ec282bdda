import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MATCH_WORD } from '../../segment/tokens/tokenize-english';
import { scanTokens, TOKEN_KIND, TokenScratch } from './scan-tokens';

/**
 * The scanner is the fast form of a rule stated with the other word rules in
 * segment/tokens/tokenize-english.ts: a tag placeholder is skipped, a Han
 * character is a token, and otherwise a token is a MATCH_WORD.
 */
const PLACEHOLDER = String.raw`<(?:\/[A-Za-z]{1,3}[0-9]+|[A-Za-z]{1,3}[0-9]+\/?)>`;
const REFERENCE = new RegExp(`(${PLACEHOLDER})|\\p{sc=Han}|${MATCH_WORD.source}`, 'gu');
const HAN = /^\p{sc=Han}/u;
const DIGIT = /[^\P{N}\p{sc=Han}]/u;

function scanned(text: string): [number, number, number][] {
  const scratch = new TokenScratch();
  const count = scanTokens(text, scratch);
  return Array.from({ length: count }, (_, t) => [scratch.starts[t]!, scratch.ends[t]!, scratch.kinds[t]!]);
}

function byReference(text: string): [number, number, number][] {
  const tokens: [number, number, number][] = [];
  for (const match of text.matchAll(REFERENCE)) {
    if (match[1] !== undefined) continue;
    const kind = HAN.test(match[0]) ? TOKEN_KIND.han : DIGIT.test(match[0]) ? TOKEN_KIND.number : TOKEN_KIND.word;
    tokens.push([match.index, match.index + match[0].length, kind]);
  }
  return tokens;
}

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('重', '慶', '〇', '𠮶', '\u302A', 'カ', '한') },
  { weight: 6, arbitrary: fc.constantFrom('a', 'Z', 'é', 'Ｆ', 'ʼ', 'д', 'e\u0301', '\u0301', 'G20', '𝐀') },
  { weight: 4, arbitrary: fc.constantFrom('0', '5', '５', '²', '٣') },
  { weight: 5, arbitrary: fc.constantFrom("'", '’', '＇', '.', ',', ':', '-', ' ', '/', '\uD800', '\uDC00') },
  { weight: 2, arbitrary: fc.constantFrom('<b0>', '</b0>', '<x1/>', '<abcd1>', '</x1/>', '<', '>', '<1>') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);
const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('scanTokens', () => {
  it('cuts as MATCH_WORD on examples', () => {
    const text = 'Consul-General <b0>G20</b0> U.S. 1,000.5 10:30 Wen’s 5’s 2022年';
    expect(scanned(text)).toEqual(byReference(text));
    expect(scanned(text).map(([s, e]) => text.slice(s, e))).toEqual(['Consul', 'General', 'G20', 'U.S', '1,000.5', '10:30', 'Wen’s', '5', 's', '2022', '年']);
  });

  test.prop([text], { numRuns: 2000 })('cuts exactly as the rule in segment/tokens/tokenize-english.ts', (value) => {
    expect(scanned(value)).toEqual(byReference(value));
  });

  test.prop([fc.string({ unit: 'binary' })])('cuts any string as the rule does', (value) => {
    expect(scanned(value)).toEqual(byReference(value));
  });
});
