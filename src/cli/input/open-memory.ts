/** `--tm FILE`: open a translation memory from a saved index or a TMX file. */
import { closeSync, openSync, readSync } from 'node:fs';
import { UsageError } from '../../errors';
import { INDEX_MAGIC } from '../../tm/index-file/index-file-format';
import { TranslationMemory } from '../../tm/translation-memory';
import type { CliIo } from '../cli-io';
import { formatIssue } from '../commands/tmx-input';

/** True when `path` starts with the index-file magic (else it is taken for TMX). */
export function isIndexFile(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(INDEX_MAGIC.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.toString('latin1') === INDEX_MAGIC;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError('FILE_NOT_FOUND', 'Expected a TMX or index file, found nothing at this path.', { file: path, cause: error });
    throw new UsageError('FILE_UNREADABLE', 'Expected a readable TMX or index file.', { file: path, cause: error });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The memory in `path`: an index file (`bitext-tm index`) opens as saved; any
 * other file is read as TMX and indexed (its issues summarised on stderr).
 */
export async function openMemory(path: string | undefined, command: string, io: Pick<CliIo, 'stderr'>): Promise<TranslationMemory> {
  if (path === undefined || path === '') throw new UsageError('CLI_USAGE', `Expected --tm FILE (a TMX file or an index from "bitext-tm index"). Run "bitext-tm ${command} --help".`);
  if (isIndexFile(path)) return TranslationMemory.load(path);
  const tm = await TranslationMemory.fromTmx(path);
  if (tm.issues.length > 0) {
    const first = tm.issues[0];
    io.stderr.write(`bitext-tm ${command}: ${path}: ${tm.issues.length} issue(s) while reading, e.g. ${first ? formatIssue(first) : ''}\n`);
  }
  return tm;
}
