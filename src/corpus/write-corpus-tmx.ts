/**
 * Step 5 of the main job: the accepted units as TMX 1.4. Each unit is written
 * on its own, so whatever the writer changes (an XML-illegal character
 * removed, a side left empty) is reported with the unit's place in the input.
 */
import type { Issue } from '../errors';
import { createTmxWriter, type TmxWriteStats } from '../tmx/create-tmx-writer';
import type { ChineseTmxLang } from '../tmx/tmx-write-options';
import type { CorpusUnit } from '../types';
import type { SourcePlaces } from './source-places';

/** The TMX, what the writer did, and its issues. */
export interface CorpusTmx {
  readonly value: string;
  readonly stats: Readonly<TmxWriteStats>;
  readonly issues: readonly Issue[];
}

/** Write the accepted units; how each was found (aligned, caption, recovered) travels as an `x-method` prop. */
export function writeCorpusTmx(units: readonly CorpusUnit[], places: SourcePlaces, options: { readonly zhLang: ChineseTmxLang; readonly creationDate: number | undefined }): CorpusTmx {
  const issues: Issue[] = [];
  let current: CorpusUnit | undefined;
  const writer = createTmxWriter({
    zhLang: options.zhLang,
    ...(options.creationDate === undefined ? {} : { creationDate: options.creationDate }),
    onIssue: (issue) => issues.push(current === undefined || issue.file !== undefined ? issue : { ...issue, ...places.ofUnit(current, 'en') }),
  });
  let value = writer.start();
  for (const unit of units) {
    if (unit.status !== 'accepted') continue;
    current = unit;
    value += writer.write({ ...unit, props: { 'x-method': unit.method } });
  }
  current = undefined;
  value += writer.end();
  return { value, stats: writer.stats, issues };
}
