/**
 * The one way the CLI writes a file: into a temporary file beside the target
 * (same folder, so the rename stays on one file system), flushed to disk, and
 * renamed over the target only when everything was written. A full disk or a
 * failure half-way leaves the old file (or no file) and no temporary one.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeError } from './write-error';

/**
 * Prefix of every temporary file, then the process id: a folder's leftovers
 * from a crashed run (a killed process cannot delete them) are recognised and
 * removed by the next run that owns the folder (`review`).
 */
export const TEMP_PREFIX = '.bitext-tm-tmp-';

/** Bytes gathered before a write to disk: large enough that system calls vanish from profiles. */
const FLUSH_BYTES = 1 << 20;

/** Temporary files not yet renamed or deleted, so an interrupted run can delete them (see removePendingFilesSync). */
const unfinished = new Set<string>();

/**
 * Delete every temporary file this process has not renamed yet. For the
 * CLI's Ctrl-C and SIGTERM handlers: an interrupted run leaves neither half a
 * file nor a temporary one.
 */
export function removePendingFilesSync(): void {
  for (const temporary of unfinished) rmSync(temporary, { force: true });
  unfinished.clear();
}

/** A file being written: `write` chunks, then `publish` (or `discard`). */
export class PendingFile {
  /** Where the file will be once published. */
  readonly path: string;
  private readonly temporary: string;
  private handle: FileHandle | undefined;
  private buffered: Uint8Array[] = [];
  private bufferedBytes = 0;
  private readonly encoder = new TextEncoder();

  private constructor(path: string, temporary: string, handle: FileHandle) {
    this.path = path;
    this.temporary = temporary;
    this.handle = handle;
  }

  /** Create the temporary file for `path` (its folder must exist). @throws FileWriteError */
  static async create(path: string): Promise<PendingFile> {
    // A hidden name with the process id and random bytes: never another run's file, never the target.
    const temporary = join(dirname(path), `${TEMP_PREFIX}${process.pid}-${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      const file = new PendingFile(path, temporary, await open(temporary, 'wx'));
      unfinished.add(temporary);
      return file;
    } catch (error) {
      throw writeError(path, error);
    }
  }

  /** Append text (UTF-8) or bytes. @throws FileWriteError */
  async write(chunk: string | Uint8Array): Promise<void> {
    const bytes = typeof chunk === 'string' ? this.encoder.encode(chunk) : chunk;
    this.buffered.push(bytes);
    this.bufferedBytes += bytes.length;
    if (this.bufferedBytes >= FLUSH_BYTES) await this.flush();
  }

  /** Write what is buffered, sync it to disk and close; the file is complete but not yet in place. */
  async finish(): Promise<void> {
    await this.flush();
    const handle = this.openHandle();
    try {
      await handle.sync();
      this.handle = undefined;
      await handle.close();
    } catch (error) {
      throw writeError(this.path, error);
    }
  }

  /** Rename the finished file over the target (durable once its folder is synced: {@link withPendingFiles} does it). @throws FileWriteError */
  async publish(): Promise<void> {
    if (this.handle !== undefined) await this.finish();
    try {
      await rename(this.temporary, this.path);
      unfinished.delete(this.temporary);
    } catch (error) {
      throw writeError(this.path, error);
    }
  }

  /** Close and delete the temporary file; the target is untouched. Never throws. */
  async discard(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    this.buffered = [];
    await handle?.close().catch(() => undefined);
    await rm(this.temporary, { force: true }).catch(() => undefined);
    unfinished.delete(this.temporary);
  }

  private async flush(): Promise<void> {
    if (this.bufferedBytes === 0) return;
    const chunks = this.buffered;
    this.buffered = [];
    this.bufferedBytes = 0;
    const handle = this.openHandle();
    try {
      for (const chunk of chunks) {
        let written = 0;
        while (written < chunk.length) written += (await handle.write(chunk, written, chunk.length - written)).bytesWritten;
      }
    } catch (error) {
      throw writeError(this.path, error);
    }
  }

  private openHandle(): FileHandle {
    if (this.handle === undefined) throw new Error(`PendingFile: ${this.path} is already finished`);
    return this.handle;
  }
}

/**
 * Write several files as one step: every temporary file is written first,
 * then all are renamed into place. If any write fails, none is published and
 * every temporary file is deleted.
 * @throws FileWriteError
 */
export async function writeFilesAtomically(files: readonly { readonly path: string; readonly content: string | Uint8Array }[]): Promise<void> {
  await withPendingFiles(
    files.map((file) => file.path),
    async (pending) => {
      for (const [i, file] of files.entries()) await pending[i]?.write(file.content);
    },
  );
}

/**
 * Create pending files for `paths`, let `fill` write them, then publish them
 * all; on any error discard them all and rethrow.
 */
export async function withPendingFiles<T>(paths: readonly string[], fill: (files: readonly PendingFile[]) => Promise<T>): Promise<T> {
  const pending: PendingFile[] = [];
  try {
    for (const path of paths) pending.push(await PendingFile.create(path));
    const result = await fill(pending);
    for (const file of pending) await file.finish();
    for (const file of pending) await file.publish();
    // The renames are durable only once each folder's entries are on disk too: one sync per folder.
    for (const folder of new Set(pending.map((file) => dirname(file.path)))) await syncFolder(folder);
    return result;
  } catch (error) {
    await Promise.all(pending.map((file) => file.discard()));
    throw error;
  }
}

/** Flush a folder's entries (a rename or a new file) to disk; not every platform can, which is fine. */
export async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder for fsync; the rename is as durable as the platform makes it.
  } finally {
    await handle?.close();
  }
}
