/**
 * The main job — what `bitext-tm build` does — as one function: raw bilingual
 * text in; the document, units, TMX, termbase, report and every stage's
 * issues out. The CLI and `npm run corpus` only read the input, call this,
 * write its files and print its summary.
 *
 * The steps, in order, and the sub-folder of each:
 *  1. checkOutputName  — the outputs' name is a plain file name (before any work)    output/
 *  2. ingest           — raw text → document (cleaning issues)                       ../ingest/
 *  3. dictionaries     — CC-CEDICT, shared and loaded on first use                   dictionaries/
 *  4. buildCorpus      — segment, pair blocks, align, recover → units                build-corpus.ts: sentences/,
 *                        (corpusIssues: what stayed out)                              blocks/, alignment/, units/
 *  5. writeCorpusTmx   — the accepted units as TMX 1.4 (what the writer changed, placed in the input)   output/
 *  6. buildTerms       — the termbase as TSV, TBX and a review list                  output/
 *  7. renderReport     — the review page                                             ../report/
 *  8. buildFiles       — every output as a named string                              output/
 */
import { type Issue, UsageError } from '../errors';
import { ingest } from '../ingest/ingest';
import type { IngestInput } from '../ingest/ingest-options';
import { renderReport } from '../report/render-report';
import type { Document } from '../types';
import { type BuildIssue, type BuildOptions, type BuildResult, type BuildStage, type BuildStep, DEFAULT_BUILD_OPTIONS } from './build-options';
import { buildCorpus } from './build-corpus';
import { buildFiles } from './output/build-files';
import { buildTerms } from './output/build-terms';
import { checkOutputName } from './output/check-output-name';
import { corpusIssues } from './corpus-issues';
import { resolveBuildResources } from './dictionaries/resolve-build-resources';
import { SourcePlaces } from './output/source-places';
import { writeCorpusTmx } from './output/write-corpus-tmx';

/**
 * Run the main job on raw bilingual text. Deterministic: no clock, no
 * randomness, sorted JSON keys. Without options it loads the shipped
 * CC-CEDICT on first use (about a second, then kept for the
 * process) and gives exactly the outputs of `bitext-tm build`.
 * @throws IngestError for input that is not bilingual text; UsageError
 *   CORPUS_INVALID_OPTION for a name that is not a plain file name or a threshold outside [0, 1].
 * @example
 * const text = `On May 3rd, 2023, the forum opened in Chongqing. Nearly 50 companies took part.
 * 2023年5月3日，論壇在重慶開幕。近50家企業參加。`;
 * const result = build({ kind: 'mixed', source: { name: 'news.txt', text } });
 * result.corpus.units.map((unit) => [unit.en, unit.zh, unit.status])
 * //=> [['On May 3rd, 2023, the forum opened in Chongqing.', '2023年5月3日，論壇在重慶開幕。', 'accepted'],
 * //    ['Nearly 50 companies took part.', '近50家企業參加。', 'accepted']]
 * result.files.map((file) => file.name)
 * //=> ['news.document.json', 'news.units.json', 'news.tmx', 'news.terms.tsv', 'news.terms.tbx',
 * //    'news.terms.review.tsv', 'news.report.html', 'news.issues.json']
 */
export function build(input: IngestInput, options: BuildOptions = {}): BuildResult {
  const name = options.name === undefined ? undefined : checkOutputName(options.name);
  const threshold = checkThreshold(options.confidenceThreshold ?? DEFAULT_BUILD_OPTIONS.confidenceThreshold);
  const zhLang = options.zhLang ?? DEFAULT_BUILD_OPTIONS.zhLang;
  const progress = (step: BuildStep, done: number, total: number): void => options.onProgress?.({ step, done, total });

  progress('ingest', 0, 1);
  const ingested = ingest(input, { ...options.ingest, ...(name === undefined ? {} : { name }) });
  const document: Document = { ...ingested, name: checkOutputName(ingested.name), issues: [...(options.inputIssues ?? []), ...ingested.issues] };
  progress('ingest', 1, 1);

  progress('dictionaries', 0, 1);
  const resources = resolveBuildResources(options);
  progress('dictionaries', 1, 1);

  progress('align', 0, document.articles.length);
  const corpus = buildCorpus(document, {
    lexicon: resources.alignLexicon ?? 'none',
    confidenceThreshold: threshold,
    recoverMinScore: options.recoverMinScore ?? DEFAULT_BUILD_OPTIONS.recoverMinScore,
    ...(options.split === undefined ? {} : { split: options.split }),
    onProgress: (done, total) => {
      progress('align', done, total);
    },
  });
  const places = new SourcePlaces(document);

  progress('tmx', 0, 1);
  const tmx = writeCorpusTmx(corpus.units, { zhLang, creationDate: options.creationDate, places });
  progress('tmx', 1, 1);

  progress('terms', 0, 1);
  const terms = buildTerms(corpus.units, resources, zhLang);
  progress('terms', 1, 1);

  progress('report', 0, 1);
  const report = renderReport(corpus, { zhLang });
  progress('report', 1, 1);

  const issues: BuildIssue[] = [
    ...staged('input', options.inputIssues ?? []),
    ...staged('ingest', ingested.issues),
    ...staged('corpus', corpusIssues(corpus, places)),
    ...staged('tmx', tmx.issues),
    ...staged('terms', terms.result.issues),
  ];
  const files = buildFiles({ document, corpus, tmx: tmx.value, terms, report, issues });
  return { name: document.name, document, corpus, terms: terms.result, tmx: tmx.stats, files, issues };
}

/** The issues of one stage, each saying which stage it is from. */
export function staged(stage: BuildStage, issues: readonly Issue[]): BuildIssue[] {
  return issues.map((issue) => ({ stage, ...issue }));
}

function checkThreshold(value: number): number {
  if (!(value >= 0 && value <= 1)) throw new UsageError('CORPUS_INVALID_OPTION', `Expected confidenceThreshold to be a number from 0 to 1, found ${String(value)}.`);
  return value;
}
