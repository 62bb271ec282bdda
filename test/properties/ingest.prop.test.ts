/**
 * Ingestion never loses or invents text: for any input, either it throws an
 * IngestError with one of the documented codes, or every non-whitespace
 * character is in exactly one paragraph (at the offset its map says) or is
 * reported as removed by a named step (see test/helpers/ingest-invariants.ts).
 * decodeText round-trips any text through UTF-8 and UTF-16.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isBitextError } from '../../src/errors';
import { decodeText } from '../../src/ingest/decode/decode-text';
import { ingest } from '../../src/ingest/ingest';
import { losslessViolations } from '../helpers/ingest-invariants';

/** Pieces of bilingual text, damage and notes included. */
const HAN = [...Array.from('重慶慶庆市政府外辦办論壇论坛經经貿贸區区發发的了和在與与'), '𠮶', '嗰'];
const LATIN = ['The', 'forum', 'was', 'held', 'Chongqing', 'COVlD', 'iPhone', 'theDeclaration', '20thCPC', 'Francisco.He', 'trade,investment', 'a', 'de'];
const PUNCTUATION = [...Array.from('，。、；：「」《》（）“”'), ...Array.from('.,;:?!()\'"-'), '?;?'];
const NOTES = ['(jīng)', '（mào）', '(qū)', '(de)', '(a)', '(重慶)', '(CPAFFC)', '(第二期)', '(xíng)'];
const DIGITS = ['50', '2022', '1,000', '3.5', '11'];
const SPACE = [' ', ' ', '\t', '\u3000', '\u00a0'];
const ODD = ['\u0007', '\u0085', '\uFEFF', '\uFFFD', 'Ã©', '\r'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HAN) },
  { weight: 6, arbitrary: fc.constantFrom(...LATIN) },
  { weight: 4, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...NOTES) },
  { weight: 1, arbitrary: fc.constantFrom(...DIGITS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);
const line = fc.array(piece, { maxLength: 25 }).map((pieces) => pieces.join(''));
/** Lines that are clearly English or clearly Chinese, so most inputs get past the language check. */
const englishLine = fc.array(fc.constantFrom(...LATIN, ' ', ' ', ','), { minLength: 3, maxLength: 15 }).map((words) => `${words.join(' ')}.`);
const chineseLine = fc.array(fc.constantFrom(...HAN, ...NOTES, '，'), { minLength: 3, maxLength: 20 }).map((chars) => `${chars.join('')}。`);
/** A caption line (both languages, either order), and lines that open or close articles. */
const captionLine = fc.tuple(englishLine, chineseLine, fc.boolean()).map(([en, zh, enFirst]) => (enFirst ? en + zh : `${zh} ${en}`));
const markerLine = fc.oneof(
  englishLine.map((l) => `On May 3rd, 2023, ${l}`),
  chineseLine.map((l) => `2023年5月3日，${l}`),
  fc.constantFrom('Source: Chongqing FAO', '來源/重慶外事'),
);
const text = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: line }, { weight: 2, arbitrary: englishLine }, { weight: 2, arbitrary: chineseLine }, { weight: 1, arbitrary: captionLine }, { weight: 1, arbitrary: markerLine }),
    { maxLength: 12 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((newline) => lines.join(newline)));

const EXPECTED_CODES = new Set(['INGEST_EMPTY_INPUT', 'INGEST_NO_ENGLISH_TEXT', 'INGEST_NO_CHINESE_TEXT']);

describe('ingest properties', () => {
  test.prop([text, fc.boolean()], { numRuns: 300 })('loses and invents no text (mixed input)', (input, repair) => {
    let document;
    try {
      document = ingest({ kind: 'mixed', source: { name: 'p.txt', text: input } }, { repair });
    } catch (error) {
      expect(isBitextError(error) && EXPECTED_CODES.has(error.code), String(error)).toBe(true);
      return;
    }
    expect(losslessViolations(document)).toEqual([]);
    expect(document.articles.length).toBeGreaterThan(0);
  });

  test.prop([text, text, fc.boolean()], { numRuns: 100 })('loses and invents no text (parallel input)', (en, zh, repair) => {
    let document;
    try {
      document = ingest({ kind: 'parallel', en: { name: 'p.en.txt', text: en }, zh: { name: 'p.zh.txt', text: zh } }, { repair });
    } catch (error) {
      expect(isBitextError(error) && EXPECTED_CODES.has(error.code), String(error)).toBe(true);
      return;
    }
    expect(losslessViolations(document)).toEqual([]);
  });

  test.prop([fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('\u0000') && /\S/u.test(s))])('decodeText round-trips UTF-8 and UTF-16', (input) => {
    const bytes = new TextEncoder().encode(input);
    expect(decodeText(bytes, 'p.txt')).toBe(input);
    const le = new Uint8Array(2 + input.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < input.length; i++) le.set([input.charCodeAt(i) & 0xff, input.charCodeAt(i) >> 8], 2 + 2 * i);
    expect(decodeText(le, 'p.txt')).toBe(input);
  });
});
