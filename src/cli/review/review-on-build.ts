/**
 * The hook of `bitext-tm build` into the review: when OUT_DIR holds a review
 * file for the corpus, its decisions are applied to the fresh corpus; those
 * whose unit or text changed are reported, not applied. The fresh corpus
 * becomes the review's new base.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Issue } from '../../errors';
import { LineIndex } from '../../position';
import { parseReviewLog } from '../../review/parse-review-log';
import { ReviewSession } from '../../review/review-session';
import { issuesFile, type CorpusOutputOptions } from '../../corpus/output/build-files';
import type { BuildFile, BuildResult } from '../../corpus/build-options';
import { staged } from '../../corpus/build';
import { reviewedOutputFiles, reviewPaths, serializeBase, type StoredBase } from './review-folder';
import { appendAll } from '../../append-all';

/** The files build writes, and what it says about the review (empty when there is none). */
export interface BuildWithReview {
  readonly files: readonly BuildFile[];
  /** Lines for the build's summary: decisions applied and not applied, each with its place. */
  readonly report: string;
  readonly issues: readonly Issue[];
}

/** Apply OUT_DIR's review file, if any, to a fresh build's outputs. */
export async function applyReviewToBuild(outDir: string, outputs: BuildResult, options: Pick<CorpusOutputOptions, 'zhLang' | 'creationDate'>): Promise<BuildWithReview> {
  const paths = reviewPaths(outDir, outputs.document.name);
  if (!existsSync(paths.log)) return { files: outputs.files, report: '', issues: [] };
  const text = await readFile(paths.log, 'utf8');
  const log = parseReviewLog(text, paths.log);
  const lines = new LineIndex(text);
  const stored: StoredBase = { base: { corpus: outputs.corpus, document: outputs.document, terms: outputs.terms }, outputs: definedOnly(options) };
  const session = new ReviewSession(stored.base);
  const issues: Issue[] = [...log.issues];
  let applied = 0;
  let decisions = 0;
  for (const save of log.saves) {
    // Save r is line r + 1 (the header is line 1).
    const outcome = session.applyLenient(save, { file: paths.log, place: lines.pointAt(lines.lineStart(save.revision + 1)) });
    applied += outcome.applied;
    decisions += save.decisions.length;
    appendAll(issues, outcome.issues);
  }
  const reviewed = reviewedOutputFiles(session, stored, paths);
  // The issues file tells what was written: the reviewed TMX's issues replace the fresh one's,
  // and the decisions that no longer apply are there too.
  const allIssues = [...outputs.issues.filter((issue) => issue.stage !== 'tmx'), ...staged('tmx', reviewed.issues), ...staged('review', issues)];
  const files = [
    ...outputs.files.filter((file) => file.name.endsWith('.document.json')),
    ...reviewed.files,
    issuesFile(outputs.name, allIssues),
    { name: `${paths.name}.review-base.json`, content: serializeBase(stored) },
  ];
  const stale = issues.filter((issue) => issue.code === 'REVIEW_STALE_DECISION').length;
  const head = `review: ${paths.log}: ${applied} of ${decisions} decisions (${log.saves.length} saves) applied${stale > 0 ? `; ${stale} no longer apply, their unit or text changed:` : ''}`;
  const report = [head, ...issues.map((issue) => `  ${issue.file ?? ''}:${issue.place?.line ?? ''}: ${issue.message} [${issue.code}]`)].join('\n');
  return { files, report, issues };
}

function definedOnly(options: Pick<CorpusOutputOptions, 'zhLang' | 'creationDate'>): StoredBase['outputs'] {
  return { ...(options.zhLang === undefined ? {} : { zhLang: options.zhLang }), ...(options.creationDate === undefined ? {} : { creationDate: options.creationDate }) };
}
