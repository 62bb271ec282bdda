/**
 * A command's closing summary, for people or, with `--json`, for programs.
 * Any command can offer `--json` this way: spread {@link JSON_SUMMARY_OPTION}
 * into its parseArgs options and end with {@link writeSummary}.
 */
import type { Issue } from '../../errors';
import type { CliIo } from '../cli-io';

/** The same facts twice: one line for a person, plain data for `--json`. */
export interface CommandSummary {
  /** What a person reads (one or a few lines, no trailing newline). */
  readonly text: string;
  /** What a program reads: JSON-safe values only. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** The `--json` option, to spread into a command's parseArgs options. */
export const JSON_SUMMARY_OPTION = { json: { type: 'boolean' } } as const;

/**
 * Print `summary`: with `json`, its data as one pretty-printed JSON object on
 * standard output; otherwise its text on `textTo` (default standard error,
 * where summaries go beside the files a command writes).
 */
export function writeSummary(io: CliIo, summary: CommandSummary, options: { readonly json?: boolean | undefined; readonly textTo?: 'stdout' | 'stderr' } = {}): void {
  if (options.json === true) io.stdout.write(`${JSON.stringify(summary.data, null, 2)}\n`);
  else io[options.textTo ?? 'stderr'].write(`${summary.text}\n`);
}

/**
 * An issue as JSON data for a summary: its fields, with the place flattened to line and column.
 * @example issueData({ severity: 'warning', code: 'TMX_MISSING_HEADER', message: 'No header.', file: 'a.tmx', place: { line: 3, column: 1, offset: 40 } })
 * //=> { severity: 'warning', code: 'TMX_MISSING_HEADER', message: 'No header.', file: 'a.tmx', line: 3, column: 1 }
 */
export function issueData(issue: Issue): Record<string, unknown> {
  return {
    severity: issue.severity,
    code: issue.code,
    message: issue.message,
    ...(issue.file === undefined ? {} : { file: issue.file }),
    ...(issue.place === undefined ? {} : { line: issue.place.line, column: issue.place.column }),
  };
}
