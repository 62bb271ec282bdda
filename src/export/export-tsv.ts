/**
 * Units → TSV for spreadsheets and scripts: a header line, then one line per
 * unit with English, Chinese, confidence and provenance.
 *
 * Escaping (the "linear TSV" convention of PostgreSQL COPY and MySQL):
 * backslash → `\\`, tab → `\t`, line feed → `\n`, carriage return → `\r`;
 * nothing else changes, so a row never spans lines and a reader that undoes
 * these four escapes gets the text back exactly. No quoting: `"` is plain text.
 *
 * Formulas: a spreadsheet that opens the file runs a cell starting with `=`,
 * `+`, `-` or `@` as a formula (CSV/TSV injection, OWASP). Such cells are
 * reported (EXPORT_FORMULA_CELL); `formulas: 'escape'` writes them with a
 * leading `'`, which spreadsheets read as "text" (and which is then part of
 * the cell for any other reader).
 */
import type { Issue } from '../errors';
import type { TranslationUnit } from '../types';
import { convertChinese, type ChineseConversion } from './convert-chinese';

/** How units are written as TSV. */
export interface TsvExportOptions {
  /** Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8. Default false. */
  readonly bom?: boolean;
  /** Convert the Chinese column. Default `none`. */
  readonly convertChinese?: ChineseConversion;
  /**
   * Cells starting with `=`, `+`, `-` or `@`, which a spreadsheet may run as
   * formulas: `keep` writes them as they are, `escape` puts a `'` before them.
   * Either way each is reported through `onIssue`. Default `keep`.
   */
  readonly formulas?: 'keep' | 'escape';
  /** Called with an EXPORT_FORMULA_CELL issue per such cell. Default: none. */
  readonly onIssue?: ((issue: Issue) => void) | undefined;
}

/**
 * The defaults of {@link TsvExportOptions}.
 * @example DEFAULT_TSV_EXPORT_OPTIONS //=> { bom: false, convertChinese: 'none', formulas: 'keep' }
 */
export const DEFAULT_TSV_EXPORT_OPTIONS: { readonly bom: boolean; readonly convertChinese: ChineseConversion; readonly formulas: 'keep' | 'escape' } = {
  bom: false,
  convertChinese: 'none',
  formulas: 'keep',
};

/**
 * A cell a spreadsheet may take for a formula: it starts with `=`, `+`, `-` or `@`.
 * @example FORMULA_START.test('=SUM(A1)') //=> true
 * @example FORMULA_START.test('Sum: =A1') //=> false
 */
export const FORMULA_START: RegExp = /^[=+\-@]/u;

/**
 * The columns, in order; `en_lines`/`zh_lines` are first-last input lines, e.g. `12-13`.
 * @example TSV_COLUMNS //=> ['en', 'zh', 'confidence', 'id', 'document', 'article', 'bead', 'en_lines', 'zh_lines']
 */
export const TSV_COLUMNS: readonly string[] = ['en', 'zh', 'confidence', 'id', 'document', 'article', 'bead', 'en_lines', 'zh_lines'];

const TSV_SPECIAL = /[\\\t\n\r]/u;
const TSV_SPECIAL_ALL = /[\\\t\n\r]/gu;
const TSV_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * Escape one field.
 * @example escapeTsvField('a\tb\\c\nd') //=> 'a\\tb\\\\c\\nd'
 */
export function escapeTsvField(text: string): string {
  return TSV_SPECIAL.test(text) ? text.replace(TSV_SPECIAL_ALL, (char) => TSV_ESCAPES[char] ?? char) : text;
}

/**
 * One unit as a TSV line (with its final newline), for streaming large memories.
 * @example tsvRow({ id: '1', en: 'Save', zh: '保存', confidence: 0.9 }) //=> 'Save\t保存\t0.9\t1\t\t\t\t\t\n'
 */
export function tsvRow(unit: TranslationUnit, options: TsvExportOptions = {}): string {
  const escapeFormulas = (options.formulas ?? DEFAULT_TSV_EXPORT_OPTIONS.formulas) === 'escape';
  const origin = unit.origin;
  const fields = [
    unit.en,
    convertChinese(unit.zh, options.convertChinese ?? DEFAULT_TSV_EXPORT_OPTIONS.convertChinese),
    unit.confidence === undefined ? '' : String(unit.confidence),
    unit.id,
    origin?.document ?? '',
    origin === undefined ? '' : String(origin.article),
    origin?.bead ?? '',
    origin === undefined ? '' : `${origin.lines.en[0]}-${origin.lines.en[1]}`,
    origin === undefined ? '' : `${origin.lines.zh[0]}-${origin.lines.zh[1]}`,
  ];
  return `${fields.map((field, column) => escapeTsvField(formulaSafe(field, column, unit, escapeFormulas, options.onIssue))).join('\t')}\n`;
}

/** The field, with a `'` before it when it looks like a formula and escaping was asked; reported either way. */
function formulaSafe(field: string, column: number, unit: TranslationUnit, escape: boolean, onIssue: TsvExportOptions['onIssue']): string {
  if (!FORMULA_START.test(field)) return field;
  onIssue?.({
    severity: 'warning',
    code: 'EXPORT_FORMULA_CELL',
    message: `The ${TSV_COLUMNS[column] ?? ''} cell of unit "${unit.id}" starts with "${field[0] ?? ''}", which a spreadsheet may run as a formula; ${escape ? "it was written with a leading '" : "it was written as it is (formulas: 'escape' adds a leading ')"}.`,
  });
  return escape ? `'${field}` : field;
}

/**
 * Units as a TSV document: header line, one line per unit, in order.
 * @example
 * exportTsv([{ id: '1', en: 'Save & exit', zh: '保存並退出', confidence: 0.9 }], { convertChinese: 'simplified' })
 * //=> 'en\tzh\tconfidence\tid\tdocument\tarticle\tbead\ten_lines\tzh_lines\nSave & exit\t保存并退出\t0.9\t1\t\t\t\t\t\n'
 */
export function exportTsv(units: Iterable<TranslationUnit>, options: TsvExportOptions = {}): string {
  let text = `${(options.bom ?? DEFAULT_TSV_EXPORT_OPTIONS.bom) ? '\uFEFF' : ''}${TSV_COLUMNS.join('\t')}\n`;
  for (const unit of units) text += tsvRow(unit, options);
  return text;
}
