/**
 * The exporters on memories of 1,000+ units: TSV read back by the test's own
 * reader of the documented escaping gives every field of every unit (tabs
 * stay tabs, newlines newlines, backslashes backslashes); parallel text has
 * one line per written unit on each side, in order, each text's line breaks
 * reported; formula-like cells are reported, and escaped only when asked.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { exportParallelText, exportTsv, FORMULA_START, TSV_COLUMNS, type TranslationUnit } from '../../src/index';
import { LARGE, runs } from '../helpers/property-scale';

const PIECES = ['重慶', '论坛', 'Chongqing', ' ', '\t', '\n', '\r', '\r\n', '\\', '\\t', '\\n', '=', '+', '-', '@', '"', "'", ',', '😀', '\u2028', '\u0085', '\f'];
const text = fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme', maxLength: 12 }));
const count = fc.nat({ max: 10_000 });
const unit: fc.Arbitrary<TranslationUnit> = fc
  .record(
    {
      id: text,
      en: text,
      zh: text,
      confidence: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
      origin: fc.record({
        document: text,
        article: count,
        bead: fc.constantFrom('1-1', '2-1', '1-2'),
        lines: fc.record({ en: fc.tuple(count, count), zh: fc.tuple(count, count) }),
        spans: fc.record({ en: fc.record({ start: count, end: count }), zh: fc.record({ start: count, end: count }) }),
      }),
    },
    { requiredKeys: ['id', 'en', 'zh'] },
  )
  .map((u) => u as TranslationUnit);

/** The documented escaping undone: \\ → \, \t → tab, \n → LF, \r → CR; any other character as it is. */
function unescape(field: string): string {
  return field.replace(/\\(.)/gu, (_, char: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[char] ?? `\\${char}`);
}

function expectedFields(u: TranslationUnit): string[] {
  const o = u.origin;
  return [u.en, u.zh, u.confidence === undefined ? '' : String(u.confidence), u.id, o?.document ?? '', o === undefined ? '' : String(o.article), o?.bead ?? '',
    o === undefined ? '' : `${o.lines.en[0]}-${o.lines.en[1]}`, o === undefined ? '' : `${o.lines.zh[0]}-${o.lines.zh[1]}`];
}

describe('exporters on 1,000+ units', () => {
  test.prop([fc.array(unit, LARGE)], { numRuns: runs(10) })('TSV gives every field of every unit back, in order', (units) => {
    const warnings: string[] = [];
    const tsv = exportTsv(units, { onIssue: (issue) => warnings.push(issue.code) });
    const lines = tsv.split('\n');
    expect(lines.pop()).toBe(''); // a final newline, no line spans two rows
    expect(lines.shift()).toBe(TSV_COLUMNS.join('\t'));
    expect(lines).toHaveLength(units.length);
    expect(lines.map((line) => line.split('\t').map(unescape))).toEqual(units.map(expectedFields));
    // Every formula-like cell was reported, and nothing else.
    expect(warnings).toHaveLength(units.flatMap(expectedFields).filter((field) => FORMULA_START.test(field)).length);
  });

  test.prop([fc.array(unit, LARGE)], { numRuns: runs(5) })("formulas: 'escape' changes formula-like cells only, by a leading '", (units) => {
    const plain = exportTsv(units).split('\n');
    const escaped = exportTsv(units, { formulas: 'escape' }).split('\n');
    expect(escaped).toHaveLength(plain.length);
    escaped.slice(1).forEach((line, i) => {
      const before = (plain[i + 1] ?? '').split('\t');
      line.split('\t').forEach((cell, c) => {
        const original = before[c] ?? '';
        expect(cell).toBe(FORMULA_START.test(original) ? `'${original}` : original);
      });
    });
  });

  test.prop([fc.array(unit, LARGE)], { numRuns: runs(10) })('parallel text has one line per unit with text on both sides, in order; every change reported', (units) => {
    const { value, issues } = exportParallelText(units);
    // The test's own statement of the documented rule: line breaks (LF, CR, VT, FF, FS–RS, NEL, LS, PS) become one space.
    // eslint-disable-next-line no-control-regex -- the breaks are control characters
    const oneLine = (t: string): string => t.replace(/[\n\r\v\f\u001C-\u001E\u0085\u2028\u2029]+/gu, ' ');
    const written = units.filter((u) => oneLine(u.en).trim() !== '' && oneLine(u.zh).trim() !== '');
    expect(value.en).toBe(written.map((u) => `${oneLine(u.en)}\n`).join(''));
    expect(value.zh).toBe(written.map((u) => `${oneLine(u.zh)}\n`).join(''));
    const changed = units.flatMap((u) => [u.en, u.zh]).filter((t) => oneLine(t) !== t).length;
    expect(issues.filter((i) => i.code === 'EXPORT_NEWLINE_REPLACED')).toHaveLength(changed);
    expect(issues.filter((i) => i.code === 'EXPORT_EMPTY_TEXT')).toHaveLength(units.length - written.length);
  });
});
