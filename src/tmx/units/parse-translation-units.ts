/** `parseTmx` + `toTranslationUnit`: a TMX document → English–Chinese units. */
import type { Issue } from '../../errors';
import type { TranslationUnit } from '../../types';
import { parseTmx } from '../read/parse-tmx';
import type { TmxParseOptions } from '../read/tmx-parse-options';
import { toTranslationUnit, type ToTranslationUnitOptions } from './to-translation-unit';

/** Options of {@link parseTranslationUnits} and `readTranslationUnits`. */
export type TranslationUnitReadOptions = TmxParseOptions & ToTranslationUnitOptions;

/**
 * Parse a TMX document into English–Chinese translation units (the inverse of
 * `serializeTmx`); units without both languages are skipped with an Issue.
 * @example
 * parseTranslationUnits(serializeTmx([{ id: '1', en: 'Save & exit', zh: '保存并退出' }]).value).value
 * //=> [{ id: '1', en: 'Save & exit', zh: '保存并退出', props: {} }]
 */
export function parseTranslationUnits(input: string | Uint8Array, options: TranslationUnitReadOptions = {}): { value: TranslationUnit[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const report = options.onIssue ?? ((issue: Issue) => issues.push(issue));
  const parsed = parseTmx(input, { ...options, onIssue: report });
  const value: TranslationUnit[] = [];
  for (const unit of parsed.value.units) {
    const converted = toTranslationUnit(unit, options);
    converted.issues.forEach(report);
    if (converted.value !== undefined) value.push(converted.value);
  }
  // Parse issues were collected first: put everything back into file order.
  issues.sort((a, b) => (a.place?.offset ?? 0) - (b.place?.offset ?? 0));
  return { value, issues };
}
