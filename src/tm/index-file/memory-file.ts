/**
 * The thin file helpers behind `save(path)` and `TranslationMemory.load(path)`:
 * bytes to and from disk, nothing else (the format lives in
 * serialize-memory.ts and deserialize-memory.ts).
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { isBitextError, TmError, UsageError } from '../../errors';

/** Read a whole file as bytes. @throws UsageError `FILE_NOT_FOUND`, `FILE_UNREADABLE`. */
export function readBytesFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw fileError(path, error);
  }
}

/**
 * Write `chunks` to `path` through a temporary file renamed into place, so a
 * failed save never leaves a half-written index where a good one was.
 * @throws UsageError `FILE_UNREADABLE` when the file cannot be written.
 */
export function writeChunksFile(path: string, chunks: readonly Uint8Array[]): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      for (const chunk of chunks) {
        let written = 0;
        while (written < chunk.length) written += writeSync(fd, chunk, written, chunk.length - written);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw fileError(path, error);
  }
}

/** Attach the file name to an error about its content (e.g. `TM_INDEX_CORRUPT`). */
export function inFile(path: string, error: unknown): unknown {
  if (!isBitextError(error) || error.file !== undefined) return error;
  return new TmError(error.code, error.message, { file: path, place: error.place, cause: error.cause, issues: error.issues });
}

function fileError(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UsageError('FILE_NOT_FOUND', 'Expected a file, found nothing at this path.', { file: path, cause: error });
  if (code === 'EISDIR') return new UsageError('FILE_UNREADABLE', 'Expected a file, found a folder.', { file: path, cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new UsageError('FILE_UNREADABLE', `Expected a readable and writable file, found an error: ${detail}`, { file: path, cause: error });
}
