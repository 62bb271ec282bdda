/**
 * Step 6 of the main job: the termbase of the accepted units, as TSV, TBX and
 * a review list. The one place the main job calls term extraction and the
 * termbase writers, so a change of their signatures is made here only.
 */
import type { Issue } from '../../errors';
import { serializeTbx } from '../../export/serialize-tbx';
import { extractTerms, type ExtractTermsResult } from '../../terms/extract-terms';
import { serializeTermsTsv } from '../../terms/io/serialize-terms-tsv';
import { chineseScriptOfTag } from '../../tmx/units/lang-tags';
import type { ChineseTmxLang } from '../../tmx/write/tmx-write-options';
import type { CorpusUnit, Term } from '../../types';
import type { BuildResources } from '../dictionaries/resolve-build-resources';

/**
 * Units longer than this (UTF-16 units, either side) are left out of term
 * extraction, each with an issue: a "sentence" that long is a list or a
 * damaged text, not a place where names are introduced, and its candidate
 * spans grow faster than its length. The seed's longest unit has 1,000 characters.
 */
export const MAX_TERMS_UNIT_LENGTH = 2000;

/** The three termbase files' contents. */
export interface TermbaseFiles {
  readonly tsv: string;
  readonly tbx: string;
  readonly reviewTsv: string;
}

/** The termbase and its three files. */
export interface BuiltTerms extends TermbaseFiles {
  /** The termbase; its issues start with the units left out for their length. */
  readonly result: ExtractTermsResult;
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
  const extracted = extractTerms(accepted, { lexicon: resources.lexicon });
  const result = tooLong.length === 0 ? extracted : { ...extracted, issues: [...tooLong, ...extracted.issues] };
  return { result, ...serializeTermbase(result, zhLang) };
}

/** The termbase (terms and review list) as its three files; the TBX's Chinese follows `zhLang`'s script. */
export function serializeTermbase(terms: { readonly terms: readonly Term[]; readonly review: readonly Term[] }, zhLang: ChineseTmxLang): TermbaseFiles {
  return {
    tsv: serializeTermsTsv(terms.terms),
    tbx: serializeTbx(terms.terms, { zhLang, zhForm: chineseScriptOfTag(zhLang) === 'simplified' ? 'simplified' : 'original' }),
    reviewTsv: serializeTermsTsv(terms.review),
  };
}
