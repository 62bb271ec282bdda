/** Opening the TMX a `bitext-tm tmx` subcommand reads, and printing issues as `file:line:col`. */
import { createReadStream, statSync } from 'node:fs';
import { UsageError, type Issue } from '../../errors';
import type { TmxSource } from '../../tmx/read/read-tmx';
import type { CliIo } from '../cli-io';

/** A readable source for `path`, or standard input for `-`; throws FILE_NOT_FOUND for a missing file. */
export async function openTmxInput(path: string, io: CliIo): Promise<TmxSource> {
  if (path === '-') return [await io.readStdin()];
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UsageError('FILE_NOT_FOUND', `Expected a TMX file, found no file named ${JSON.stringify(path)}.`, { file: path });
  }
  if (!isFile) throw new UsageError('FILE_UNREADABLE', `Expected a TMX file, found a directory or device at ${JSON.stringify(path)}.`, { file: path });
  return createReadStream(path, { highWaterMark: 1 << 16 });
}

/**
 * One issue as a line: `file:line:col: severity: message [CODE]` (the parts that are known).
 * @example formatIssue({ severity: 'warning', code: 'TMX_MISSING_HEADER', message: 'No header.', file: 'a.tmx', place: { line: 3, column: 1, offset: 40 } })
 * //=> 'a.tmx:3:1: warning: No header. [TMX_MISSING_HEADER]'
 */
export function formatIssue(issue: Issue): string {
  const where = issue.file === undefined ? '' : issue.place === undefined ? `${issue.file}: ` : `${issue.file}:${issue.place.line}:${issue.place.column}: `;
  return `${where}${issue.severity}: ${issue.message} [${issue.code}]`;
}
