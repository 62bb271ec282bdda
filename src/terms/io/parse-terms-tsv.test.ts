import { describe, expect, it } from 'vitest';
import type { Term } from '../../types';
import { parseTermsTsv } from './parse-terms-tsv';
import { serializeTermsTsv, TERMS_TSV_COLUMNS } from './serialize-terms-tsv';

const wangWen: Term = {
  type: 'person',
  en: 'Wang Wen',
  zh: '王雯',
  zhHans: '王雯',
  count: 2,
  confidence: 0.97,
  methods: ['association', 'pinyin'],
  units: ['u1', 'u2'],
  examples: [{ unit: 'u1', en: 'Wang Wen\tspoke\\ here.', zh: '王雯講話。' }],
};

function caught(run: () => unknown): { code?: string; place?: unknown; issues?: readonly unknown[] } {
  try {
    run();
  } catch (error) {
    return error as { code?: string; place?: unknown };
  }
  throw new Error('expected a throw');
}

describe('serializeTermsTsv / parseTermsTsv', () => {
  it('writes the documented header', () => {
    expect(serializeTermsTsv([]).split('\n')[0]).toBe('type\ten\tzh\tzh_hans\tcount\tconfidence\texample\tmethods\tunits\tentry');
    expect(TERMS_TSV_COLUMNS.slice(0, 7)).toEqual(['type', 'en', 'zh', 'zh_hans', 'count', 'confidence', 'example']);
  });

  it('round-trips a term with its first example, escaping tabs and backslashes', () => {
    const text = serializeTermsTsv([wangWen]);
    expect(text.split('\n')).toHaveLength(3);
    expect(parseTermsTsv(text)).toEqual([{ ...wangWen, examples: [wangWen.examples[0]] }]);
  });

  it('reads a hand-made glossary with only type, en and zh, deriving the Simplified form', () => {
    const [t] = parseTermsTsv('type\ten\tzh\ntitle\tConsul-General\t總領事\n\n');
    expect(t).toMatchObject({ type: 'title', en: 'Consul-General', zh: '總領事', zhHans: '总领事', count: 1, confidence: 1, units: [] });
  });

  it('reports a missing header column at line 1', () => {
    const error = caught(() => parseTermsTsv('kind\ten\tzh\n', 'g.tsv'));
    expect(error.code).toBe('TERMS_BAD_TERMBASE_FILE');
    expect(error.place).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('reports every bad row, placing the error at the first', () => {
    const text = 'type\ten\tzh\tcount\tconfidence\nperson\tA\t甲\t1\t0.5\nanimal\tB\t乙\t1\t0.5\nplace\tC\t丙\t1\t7\n';
    const error = caught(() => parseTermsTsv(text));
    expect(error.code).toBe('TERMS_BAD_TERMBASE_FILE');
    expect(error.place).toMatchObject({ line: 3, column: 1 });
    expect(error.issues).toHaveLength(2);
    expect((error.issues?.[1] as { place: unknown }).place).toMatchObject({ line: 4, column: 13 });
  });
});
