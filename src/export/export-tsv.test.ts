import { describe, expect, test } from 'vitest';
import { escapeTsvField, exportTsv, TSV_COLUMNS, tsvRow } from './export-tsv';

/** Undo the four escapes, as a reader of linear TSV does. */
function unescape(field: string): string {
  return field.replace(/\\([\\tnr])/gu, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c] ?? c);
}

describe('exportTsv', () => {
  test('header, then one line per unit with provenance', () => {
    const text = exportTsv([
      {
        id: 'u1',
        en: 'Save',
        zh: '保存',
        confidence: 0.75,
        origin: { document: 'doc', article: 2, bead: '1-2', lines: { en: [3, 4], zh: [9, 9] }, spans: { en: { start: 0, end: 1 }, zh: { start: 2, end: 3 } } },
      },
      { id: 'u2', en: 'Exit', zh: '退出' },
    ]);
    expect(text.split('\n')).toEqual([TSV_COLUMNS.join('\t'), 'Save\t保存\t0.75\tu1\tdoc\t2\t1-2\t3-4\t9-9', 'Exit\t退出\t\tu2\t\t\t\t\t', '']);
  });

  test('tabs, newlines, CR and backslashes are escaped and come back exactly', () => {
    const en = 'a\tb\nc\r\nd \\n e "quoted"';
    const line = tsvRow({ id: '1', en, zh: '甲' });
    expect(line.split('\n')).toHaveLength(2);
    const fields = line.slice(0, -1).split('\t');
    expect(fields).toHaveLength(TSV_COLUMNS.length);
    expect(unescape(fields[0] ?? '')).toBe(en);
    expect(escapeTsvField('plain')).toBe('plain');
  });

  test('BOM and Chinese conversion on request', () => {
    const text = exportTsv([{ id: '1', en: 'Chongqing', zh: '重慶' }], { bom: true, convertChinese: 'simplified' });
    expect(text.startsWith('\uFEFFen\t')).toBe(true);
    expect(text).toContain('\t重庆\t');
  });

  test('reports every cell a spreadsheet would run as a formula, and escapes them when asked', () => {
    const unit = { id: '@x', en: '-5 °C in Harbin', zh: '+5 度', confidence: 0.9 };
    const codes: string[] = [];
    const onIssue = (issue: { code: string }): void => {
      codes.push(issue.code);
    };
    expect(tsvRow(unit, { onIssue })).toBe('-5 °C in Harbin\t+5 度\t0.9\t@x\t\t\t\t\t\n');
    expect(codes).toEqual(['EXPORT_FORMULA_CELL', 'EXPORT_FORMULA_CELL', 'EXPORT_FORMULA_CELL']);
    expect(tsvRow(unit, { formulas: 'escape' })).toBe("'-5 °C in Harbin\t'+5 度\t0.9\t'@x\t\t\t\t\t\n");
    expect(tsvRow({ id: '1', en: 'a = b', zh: '甲', confidence: 1 }, { onIssue })).toBe('a = b\t甲\t1\t1\t\t\t\t\t\n');
    expect(codes).toHaveLength(3);
  });
});
