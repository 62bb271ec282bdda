/**
 * Units → plain parallel text for MT training (NAME.en / NAME.zh): line i of
 * one file translates line i of the other. A line break inside a unit would
 * shift every later line, so each run of line-break characters becomes one
 * space (reported); a unit with an empty side is left out of both files
 * (reported), since MT corpus cleaners drop empty lines and would misalign them.
 */
import type { Issue } from '../errors';
import type { TranslationUnit } from '../types';
import { convertChinese, type ChineseConversion } from './convert-chinese';

/** How units are written as parallel text. */
export interface ParallelTextExportOptions {
  /** Convert the Chinese side. Default `none`. */
  readonly convertChinese?: ChineseConversion;
}

/**
 * The defaults of {@link ParallelTextExportOptions}.
 * @example DEFAULT_PARALLEL_TEXT_EXPORT_OPTIONS //=> { convertChinese: 'none' }
 */
export const DEFAULT_PARALLEL_TEXT_EXPORT_OPTIONS: { readonly convertChinese: ChineseConversion } = { convertChinese: 'none' };

/** The two files' contents. */
export interface ParallelText {
  readonly en: string;
  readonly zh: string;
}

/**
 * Every character some line reader splits on: CR, LF, VT, FF, FS/GS/RS, NEL
 * and the Unicode line and paragraph separators (Python's `str.splitlines`
 * splits on all of them), as runs.
 * @example 'a\r\nb\u2028c'.replace(LINE_BREAKS, ' ') //=> 'a b c'
 */
// VT and FF are written as \u000B-\u000C: StrykerJS turns a \v in a u-flag class into \V, a syntax error.
// eslint-disable-next-line no-control-regex, regexp/control-character-escape -- FS, GS and RS (U+001C–U+001E) are line breaks to such readers: matching them is the point
export const LINE_BREAKS: RegExp = /[\n\r\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]+/gu;

/**
 * Units as two parallel texts, one unit per line, each ending with a newline.
 * @example
 * exportParallelText([{ id: '1', en: 'Save.\nNow.', zh: '保存。' }]).value
 * //=> { en: 'Save. Now.\n', zh: '保存。\n' }
 */
export function exportParallelText(units: Iterable<TranslationUnit>, options: ParallelTextExportOptions = {}): { value: ParallelText; issues: Issue[] } {
  const to = options.convertChinese ?? DEFAULT_PARALLEL_TEXT_EXPORT_OPTIONS.convertChinese;
  const issues: Issue[] = [];
  let en = '';
  let zh = '';
  for (const unit of units) {
    const sides = { English: unit.en, Chinese: convertChinese(unit.zh, to) };
    for (const [side, text] of Object.entries(sides)) {
      const breaks = text.match(LINE_BREAKS);
      if (breaks !== null) {
        issues.push({ severity: 'info', code: 'EXPORT_NEWLINE_REPLACED', message: `Replaced ${breaks.length} line break(s) in the ${side} text of unit "${unit.id}" with spaces, one line per unit.`, removed: breaks.join('') });
      }
    }
    const enLine = sides.English.replace(LINE_BREAKS, ' ');
    const zhLine = sides.Chinese.replace(LINE_BREAKS, ' ');
    if (enLine.trim() === '' || zhLine.trim() === '') {
      issues.push({ severity: 'warning', code: 'EXPORT_EMPTY_TEXT', message: `Expected text on both sides of unit "${unit.id}", found the ${enLine.trim() === '' ? 'English' : 'Chinese'} side empty; it was left out of both files.` });
      continue;
    }
    en += `${enLine}\n`;
    zh += `${zhLine}\n`;
  }
  return { value: { en, zh }, issues };
}
