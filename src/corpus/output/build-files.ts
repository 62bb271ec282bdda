/**
 * Step 8 of the main job: every output as a named string, in a fixed order,
 * with reproducible bytes. The one writer of each output file: `build` uses
 * {@link buildFiles} for a fresh corpus, `review` {@link corpusOutputFiles}
 * for a reviewed one (a reviewed unit carries `x-status` and its
 * `changedate`/`changeid` in the TMX).
 */
import type { Issue } from '../../errors';
import { renderReport } from '../../report/render-report';
import type { ChineseTmxLang } from '../../tmx/write/tmx-write-options';
import type { Corpus, Document, Term } from '../../types';
import { VERSION } from '../../version';
import { type BuildFile, type BuildIssue, DEFAULT_BUILD_OPTIONS } from '../build-options';
import { serializeTermbase, type TermbaseFiles } from './build-terms';
import { stableJson } from './stable-json';
import { writeCorpusTmx } from './write-corpus-tmx';

/** What the files are made of. */
export interface BuildFileParts {
  readonly document: Document;
  readonly corpus: Corpus;
  readonly tmx: string;
  readonly terms: TermbaseFiles;
  readonly report: string;
  readonly issues: readonly BuildIssue[];
}

/** The files the main job writes, by what follows the name, in the order of {@link buildFiles}. */
export const BUILD_FILE_SUFFIXES = ['.document.json', '.units.json', '.tmx', '.terms.tsv', '.terms.tbx', '.terms.review.tsv', '.report.html', '.issues.json'] as const;

/** The output files, named after the document. */
export function buildFiles(parts: BuildFileParts): BuildFile[] {
  const name = parts.document.name;
  return [
    { name: `${name}.document.json`, content: stableJson(parts.document) },
    ...corpusFiles(parts.corpus, parts.tmx, parts.terms, parts.report, undefined),
    issuesFile(name, parts.issues),
  ];
}

/** NAME.issues.json: every issue of every stage, counted per stage and code. */
export function issuesFile(name: string, issues: readonly BuildIssue[]): BuildFile {
  return { name: `${name}.issues.json`, content: stableJson({ name, generator: `bitext-tm ${VERSION}`, counts: countIssues(issues), issues }) };
}

/** What {@link corpusOutputFiles} writes besides the corpus and the termbase. */
export interface CorpusOutputOptions {
  /** See {@link BuildOptions.zhLang}. */
  readonly zhLang?: ChineseTmxLang | undefined;
  /** See {@link BuildOptions.creationDate}. */
  readonly creationDate?: number | undefined;
  /** Written as the units file's `review` field: which review file and revision the corpus reflects. */
  readonly review?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The files of a corpus and its termbase, without the document and the build's
 * issues: units.json, the TMX (accepted units), the termbase (TSV, TBX, review
 * list) and the report, in the order of {@link BUILD_FILE_SUFFIXES}.
 */
export function corpusOutputFiles(
  corpus: Corpus,
  terms: { readonly terms: readonly Term[]; readonly review: readonly Term[] },
  options: CorpusOutputOptions = {},
): { files: BuildFile[]; issues: readonly Issue[] } {
  const zhLang = options.zhLang ?? DEFAULT_BUILD_OPTIONS.zhLang;
  const tmx = writeCorpusTmx(corpus.units, { zhLang, creationDate: options.creationDate });
  return { files: corpusFiles(corpus, tmx.value, serializeTermbase(terms, zhLang), renderReport(corpus, { zhLang }), options.review), issues: tmx.issues };
}

function corpusFiles(corpus: Corpus, tmx: string, terms: TermbaseFiles, report: string, review: Readonly<Record<string, unknown>> | undefined): BuildFile[] {
  const name = corpus.name;
  // units.json holds the corpus without the document's issues (document.json and issues.json have them).
  const { issues: _documentIssues, ...units } = corpus;
  return [
    { name: `${name}.units.json`, content: stableJson(review === undefined ? units : { ...units, review }) },
    { name: `${name}.tmx`, content: tmx },
    { name: `${name}.terms.tsv`, content: terms.tsv },
    { name: `${name}.terms.tbx`, content: terms.tbx },
    { name: `${name}.terms.review.tsv`, content: terms.reviewTsv },
    { name: `${name}.report.html`, content: report },
  ];
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
