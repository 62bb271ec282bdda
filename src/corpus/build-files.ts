/** Step 8 of the main job: every output as a named string, in a fixed order, with reproducible bytes. */
import type { Corpus, Document } from '../types';
import { VERSION } from '../version';
import type { BuildFile, BuildIssue } from './build-options';
import type { BuiltTerms } from './build-terms';
import { stableJson } from './stable-json';

/** What the files are made of. */
export interface BuildFileParts {
  readonly document: Document;
  readonly corpus: Corpus;
  readonly tmx: string;
  readonly terms: BuiltTerms;
  readonly report: string;
  readonly issues: readonly BuildIssue[];
}

/** The files the main job writes, by what follows the name, in the order of {@link buildFiles}. */
export const BUILD_FILE_SUFFIXES = ['.document.json', '.units.json', '.tmx', '.terms.tsv', '.terms.tbx', '.terms.review.tsv', '.report.html', '.issues.json'] as const;

/** The output files, named after the document. */
export function buildFiles(parts: BuildFileParts): BuildFile[] {
  const name = parts.document.name;
  // units.json holds the corpus without the document's issues (document.json and issues.json have them).
  const { issues: _documentIssues, ...units } = parts.corpus;
  const contents: Record<(typeof BUILD_FILE_SUFFIXES)[number], string> = {
    '.document.json': stableJson(parts.document),
    '.units.json': stableJson(units),
    '.tmx': parts.tmx,
    '.terms.tsv': parts.terms.tsv,
    '.terms.tbx': parts.terms.tbx,
    '.terms.review.tsv': parts.terms.reviewTsv,
    '.report.html': parts.report,
    '.issues.json': stableJson({ name, generator: `bitext-tm ${VERSION}`, counts: countIssues(parts.issues), issues: parts.issues }),
  };
  return BUILD_FILE_SUFFIXES.map((suffix) => ({ name: `${name}${suffix}`, content: contents[suffix] }));
}

/** Issues per stage and code, e.g. `{ ingest: { INGEST_PINYIN_NOTE_REMOVED: 230 } }`. */
export function countIssues(issues: readonly BuildIssue[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const issue of issues) {
    const stage = (counts[issue.stage] ??= {});
    stage[issue.code] = (stage[issue.code] ?? 0) + 1;
  }
  return counts;
}
