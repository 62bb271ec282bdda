import { describe, expect, test } from 'vitest';
import { exportParallelText } from './export-parallel-text';

describe('exportParallelText', () => {
  test('one unit per line on both sides', () => {
    const { value, issues } = exportParallelText([
      { id: '1', en: 'Save.', zh: '保存。' },
      { id: '2', en: 'Exit.', zh: '退出。' },
    ]);
    expect(value).toEqual({ en: 'Save.\nExit.\n', zh: '保存。\n退出。\n' });
    expect(issues).toEqual([]);
  });

  test('line breaks of every kind become one space each run, reported per side', () => {
    const { value, issues } = exportParallelText([{ id: '1', en: 'a\r\nb\u2028c\u0085d', zh: '甲\n\n乙' }]);
    expect(value).toEqual({ en: 'a b c d\n', zh: '甲 乙\n' });
    expect(issues.map((i) => [i.code, i.removed])).toEqual([
      ['EXPORT_NEWLINE_REPLACED', '\r\n\u2028\u0085'],
      ['EXPORT_NEWLINE_REPLACED', '\n\n'],
    ]);
  });

  test.each([
    {
      side: 'English side of a line break only',
      first: { id: '1', en: '\n', zh: '甲' },
      issues: [
        ['EXPORT_NEWLINE_REPLACED', 'info', 'Replaced 1 line break(s) in the English text of unit "1" with spaces, one line per unit.'],
        ['EXPORT_EMPTY_TEXT', 'warning', 'Expected text on both sides of unit "1", found the English side empty; it was left out of both files.'],
      ],
    },
    {
      side: 'Chinese side of spaces only',
      first: { id: '1', en: 'a', zh: ' \u3000' },
      issues: [['EXPORT_EMPTY_TEXT', 'warning', 'Expected text on both sides of unit "1", found the Chinese side empty; it was left out of both files.']],
    },
  ])('a unit with an empty side ($side) is left out of both files, reported', ({ first, issues: expected }) => {
    const { value, issues } = exportParallelText([first, { id: '2', en: 'b', zh: '乙' }]);
    expect(value).toEqual({ en: 'b\n', zh: '乙\n' });
    expect(issues.map((i) => [i.code, i.severity, i.message])).toEqual(expected);
  });

  test('Chinese conversion on request', () => {
    expect(exportParallelText([{ id: '1', en: 'Chongqing', zh: '重庆' }], { convertChinese: 'traditional' }).value.zh).toBe('重慶\n');
  });
});
