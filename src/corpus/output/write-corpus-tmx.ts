/**
 * Step 5 of the main job: the accepted units as TMX 1.4. Each unit is written
 * on its own, so whatever the writer changes (an XML-illegal character
 * removed, a side left empty) is reported with the unit's place in the input.
 */
import type { Issue } from '../../errors';
import { createTmxWriter, type TmxWriteStats } from '../../tmx/write/create-tmx-writer';
import type { ChineseTmxLang } from '../../tmx/write/tmx-write-options';
import type { CorpusUnit } from '../../types';
import type { SourcePlaces } from './source-places';

/** The TMX, what the writer did, and its issues. */
export interface CorpusTmx {
  readonly value: string;
  readonly stats: Readonly<TmxWriteStats>;
  readonly issues: readonly Issue[];
}

/** How {@link writeCorpusTmx} writes. */
export interface CorpusTmxOptions {
  readonly zhLang: ChineseTmxLang;
  readonly creationDate: number | undefined;
  /** Where each unit came from in the input, to place the writer's issues; without it they carry the unit only. */
  readonly places?: SourcePlaces | undefined;
}

/**
 * Write the accepted units. How each was found (aligned, caption, recovered)
 * travels as an `x-method` prop so a CAT tool's user can filter on it; so does
 * a reviewer's decision (`x-status`, with its `changedate`/`changeid`).
 */
export function writeCorpusTmx(units: readonly CorpusUnit[], options: CorpusTmxOptions): CorpusTmx {
  const issues: Issue[] = [];
  let current: CorpusUnit | undefined;
  const { places } = options;
  const writer = createTmxWriter({
    zhLang: options.zhLang,
    ...(options.creationDate === undefined ? {} : { creationDate: options.creationDate }),
    onIssue: (issue) => issues.push(current === undefined || places === undefined || issue.file !== undefined ? issue : { ...issue, ...places.ofUnit(current, 'en') }),
  });
  let value = writer.start();
  for (const unit of units) {
    if (unit.status !== 'accepted') continue;
    current = unit;
    value +=
      unit.review === undefined
        ? writer.write({ ...unit, props: { 'x-method': unit.method } })
        : writer.write({ ...unit, props: { 'x-method': unit.method, 'x-status': unit.review.state }, changed: { at: unit.review.at, by: unit.review.by } });
  }
  current = undefined;
  value += writer.end();
  return { value, stats: writer.stats, issues };
}
