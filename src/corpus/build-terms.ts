/**
 * Step 6 of the main job: the termbase of the accepted units, as TSV, TBX and
 * a review list. The one place the main job calls term extraction and the
 * termbase writers, so a change of their signatures is made here only.
 */
import { serializeTbx } from '../export/serialize-tbx';
import { extractTerms, type ExtractTermsResult } from '../terms/extract-terms';
import { serializeTermsTsv } from '../terms/serialize-terms-tsv';
import { chineseScriptOfTag } from '../tmx/lang-tags';
import type { ChineseTmxLang } from '../tmx/tmx-write-options';
import type { CorpusUnit } from '../types';
import type { BuildResources } from './resolve-build-resources';

/** The termbase and its three files. */
export interface BuiltTerms {
  readonly result: ExtractTermsResult;
  readonly tsv: string;
  readonly tbx: string;
  readonly reviewTsv: string;
}

/** Extract the terms of the units that go to the TMX and write them; the TBX's Chinese follows `zhLang`'s script. */
export function buildTerms(units: readonly CorpusUnit[], resources: BuildResources, zhLang: ChineseTmxLang): BuiltTerms {
  const accepted = units.filter((unit) => unit.status === 'accepted');
  const result = extractTerms(accepted, { lexicon: resources.lexicon, segmenter: resources.segmenter });
  return {
    result,
    tsv: serializeTermsTsv(result.terms),
    tbx: serializeTbx(result.terms, { zhLang, zhForm: chineseScriptOfTag(zhLang) === 'simplified' ? 'simplified' : 'original' }),
    reviewTsv: serializeTermsTsv(result.review),
  };
}
