/** The one-screen summary `bitext-tm build` prints on stderr. */
import type { BuildResult } from '../../corpus/build-options';
import { summarizeCorpusRun } from './summarize-corpus-run';
import { summarizeDocument } from './summarize-document';
import { summarizeIssues } from './summarize-issues';

/** Document, issues of every stage, units and terms, in a few lines. */
export function summarizeBuild(result: BuildResult, issuesFile: string): string {
  return [summarizeDocument(result.document), summarizeIssues(result.issues, issuesFile), summarizeCorpusRun(result.corpus, result.terms)].join('\n');
}
