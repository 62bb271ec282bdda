/** The issues part of a summary: counts per stage and code, then the first warnings with their places. */
import type { BuildIssue } from '../../corpus/build-options';
import { formatIssue } from '../commands/tmx-input';

/** Warnings and errors printed one per line; the rest are counted (all are in the issues file). */
export const SHOWN_WARNINGS = 5;

/**
 * Lines for stderr: `issues: none`, or one line per stage with its codes
 * (most frequent first), then up to {@link SHOWN_WARNINGS} warnings or errors
 * as `file:line:column: warning: message [CODE]`, and where all of them are.
 * @example summarizeIssues([{ stage: 'tmx', severity: 'warning', code: 'TMX_ILLEGAL_CHAR', message: 'Removed U+000C.', file: 'a.txt', place: { line: 2, column: 5, offset: 9 } }], 'out/a.issues.json')
 * //=> 'issues: tmx: TMX_ILLEGAL_CHAR 1\n  a.txt:2:5: warning: Removed U+000C. [TMX_ILLEGAL_CHAR]\n  all 1 issue(s), each with its place: out/a.issues.json'
 */
export function summarizeIssues(issues: readonly BuildIssue[], issuesFile: string): string {
  if (issues.length === 0) return 'issues: none';
  const byStage = new Map<string, Map<string, number>>();
  for (const issue of issues) {
    const codes = byStage.get(issue.stage) ?? new Map<string, number>();
    codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
    byStage.set(issue.stage, codes);
  }
  const stages = [...byStage].map(([stage, codes]) => {
    const counted = [...codes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, n]) => `${code} ${n}`);
    return `${stage}: ${counted.join(', ')}`;
  });
  const warnings = issues.filter((issue) => issue.severity !== 'info');
  const shown = warnings.slice(0, SHOWN_WARNINGS).map((issue) => `  ${formatIssue(issue)}`);
  if (warnings.length > SHOWN_WARNINGS) shown.push(`  … and ${warnings.length - SHOWN_WARNINGS} more warning(s)`);
  return [`issues: ${stages.join('; ')}`, ...shown, `  all ${issues.length} issue(s), each with its place: ${issuesFile}`].join('\n');
}
