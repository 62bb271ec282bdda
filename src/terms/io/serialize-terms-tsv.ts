/**
 * Terms as tab-separated values for spreadsheets, and back. One row per
 * pair. Columns: type, en, zh, zh_hans, count, confidence, example (the
 * first example, English and Chinese joined by " ⟷ "), then methods
 * (comma-separated) and units (space-separated ids) so that a termbase read
 * back keeps its evidence, and entry: the concept entry the pair belongs to
 * (pairs naming one concept share it).
 * Tabs, newlines and backslashes inside a field are written as \t, \n, \r
 * and \\ (the "linear TSV" convention), so nothing is lost, except that an
 * example whose English half contains " ⟷ " is split at that place on reading.
 */
import type { Term } from '../../types';

/**
 * The header row, in column order.
 * @example TERMS_TSV_COLUMNS.join('\t') //=> 'type\ten\tzh\tzh_hans\tcount\tconfidence\texample\tmethods\tunits\tentry'
 */
export const TERMS_TSV_COLUMNS: readonly string[] = ['type', 'en', 'zh', 'zh_hans', 'count', 'confidence', 'example', 'methods', 'units', 'entry'];

/** Joins the English and Chinese halves of the example column. */
export const EXAMPLE_SEPARATOR = ' ⟷ ';

/**
 * Write terms as TSV (header first, one term per line, final newline).
 * @example
 * const wangWen = { type: 'person', en: 'Wang Wen', zh: '王雯', zhHans: '王雯', count: 1, confidence: 0.9,
 *   methods: ['pinyin'], units: ['u1'], examples: [{ unit: 'u1', en: 'Wang Wen spoke.', zh: '王雯講話。' }] };
 * serializeTermsTsv([wangWen]).split('\n')[1]
 * //=> 'person\tWang Wen\t王雯\t王雯\t1\t0.9\tWang Wen spoke. ⟷ 王雯講話。\tpinyin\tu1\t'
 */
export function serializeTermsTsv(terms: readonly Term[]): string {
  const lines = [TERMS_TSV_COLUMNS.join('\t')];
  for (const t of terms) {
    const example = t.examples[0];
    lines.push(
      [
        t.type,
        t.en,
        t.zh,
        t.zhHans,
        String(t.count),
        String(t.confidence),
        example && (example.en.length > 0 || example.zh.length > 0) ? `${example.en}${EXAMPLE_SEPARATOR}${example.zh}` : '',
        t.methods.join(','),
        t.units.join(' '),
        t.entry ?? '',
      ]
        .map(escapeField)
        .join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Escape one TSV field.
 * @example escapeField('a\tb\\c') //=> 'a\\tb\\\\c'
 */
export function escapeField(value: string): string {
  return value.replace(/[\\\t\n\r]/gu, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/**
 * Undo {@link escapeField}.
 * @example unescapeField('a\\tb') //=> 'a\tb'
 */
export function unescapeField(value: string): string {
  return value.replace(/\\([\\tnr])/gu, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}
