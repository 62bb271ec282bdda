/**
 * Step 6 of the main job: the termbase of the accepted units, as TSV, TBX and
 * a review list. The one place the main job calls term extraction and the
 * termbase writers, so a change of their signatures is made here only.
 */
import type { Issue } from '../errors';
import { serializeTbx } from '../export/serialize-tbx';
import { extractTerms, type ExtractTermsResult } from '../terms/extract-terms';
import { serializeTermsTsv } from '../terms/serialize-terms-tsv';
import { chineseScriptOfTag } from '../tmx/lang-tags';
import type { ChineseTmxLang } from '../tmx/tmx-write-options';
import type { CorpusUnit } from '../types';
import type { BuildResources } from './resolve-build-resources';

/**
 * Units longer than this (UTF-16 units, either side) are left out of term
 * extraction, each with an issue: its cost grows faster than the unit's
 * length (measured: 1.2 s for one unit of 2,000 characters, 5.3 s at 4,000),
 * and a "sentence" that long is a list or a damaged text, not a place where
 * names are introduced. The seed's longest unit has 1,000 characters.
 */
export const MAX_TERMS_UNIT_LENGTH = 2000;

/** The termbase and its three files. */
export interface BuiltTerms {
  /** The termbase; its issues start with the units left out for their length. */
  readonly result: ExtractTermsResult;
  readonly tsv: string;
  readonly tbx: string;
  readonly reviewTsv: string;
}

/** Extract the terms of the units that go to the TMX and write them; the TBX's Chinese follows `zhLang`'s script. */
export function buildTerms(units: readonly CorpusUnit[], resources: BuildResources, zhLang: ChineseTmxLang): BuiltTerms {
  const accepted: CorpusUnit[] = [];
  const tooLong: Issue[] = [];
  for (const unit of units) {
    if (unit.status !== 'accepted') continue;
    if (unit.en.length <= MAX_TERMS_UNIT_LENGTH && unit.zh.length <= MAX_TERMS_UNIT_LENGTH) accepted.push(unit);
    else tooLong.push({ severity: 'warning', code: 'TERMS_UNIT_TOO_LONG', message: `Expected units of at most ${MAX_TERMS_UNIT_LENGTH} characters a side for term extraction, found unit "${unit.id}" with ${unit.en.length} English and ${unit.zh.length} Chinese; its terms were not extracted.` });
  }
  const extracted = extractTerms(accepted, { lexicon: resources.lexicon, segmenter: resources.segmenter });
  const result = tooLong.length === 0 ? extracted : { ...extracted, issues: [...tooLong, ...extracted.issues] };
  return {
    result,
    tsv: serializeTermsTsv(result.terms),
    tbx: serializeTbx(result.terms, { zhLang, zhForm: chineseScriptOfTag(zhLang) === 'simplified' ? 'simplified' : 'original' }),
    reviewTsv: serializeTermsTsv(result.review),
  };
}
