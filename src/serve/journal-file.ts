/**
 * The append-only file behind an embedded memory's writes: one JSON record a
 * line, each write acknowledged only after `fdatasync` (group commit: the
 * writes that arrive while one sync runs share the next one). Opening reads
 * every complete line; a torn last line (the process died mid-write) is cut
 * off, since it was never acknowledged. A damaged line followed by good ones
 * is corruption, reported with its line number, never skipped.
 *
 * Only one process may write a journal: `FILE.lock` holds the writer's pid.
 */
import { closeSync, openSync, readSync, writeFileSync, unlinkSync, readFileSync, constants as fsConstants, ftruncateSync, fstatSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { ServeError } from '../errors';

/** A record of the journal (one line of JSON). */
export type JournalRecord = Record<string, unknown>;

const CHUNK_BYTES = 1 << 20;

/**
 * Every record of the journal at `path` (none when the file does not exist),
 * cutting a torn last line off the file.
 * @throws ServeError `SERVE_JOURNAL_CORRUPT` with the line, for damage before the end.
 */
export function readJournal(path: string, onRecord: (record: JournalRecord, line: number) => void): { exists: boolean } {
  let fd: number;
  try {
    fd = openSync(path, fsConstants.O_RDWR);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false };
    throw new ServeError('SERVE_JOURNAL_CORRUPT', `Cannot open the journal: ${(error as Error).message}.`, { file: path, cause: error, status: 503 });
  }
  try {
    const size = fstatSync(fd).size;
    let carry = Buffer.alloc(0);
    let offset = 0;
    let line = 0;
    let goodEnd = 0;
    let badLine: { line: number; offset: number } | undefined;
    const chunk = Buffer.alloc(CHUNK_BYTES);
    while (offset < size) {
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, offset);
      if (read === 0) break;
      const data = carry.length === 0 ? chunk.subarray(0, read) : Buffer.concat([carry, chunk.subarray(0, read)]);
      const dataStart = offset - carry.length;
      offset += read;
      let from = 0;
      for (let newline = data.indexOf(10, from); newline !== -1; newline = data.indexOf(10, from)) {
        line++;
        const text = data.toString('utf8', from, newline);
        let record: unknown;
        try {
          record = JSON.parse(text);
        } catch {
          record = undefined;
        }
        if (typeof record !== 'object' || record === null || Array.isArray(record)) {
          badLine ??= { line, offset: dataStart + from };
        } else {
          if (badLine) throw corrupt(path, badLine);
          onRecord(record as JournalRecord, line);
          goodEnd = dataStart + newline + 1;
        }
        from = newline + 1;
      }
      carry = Buffer.from(data.subarray(from));
    }
    // Bytes after the last good record: a torn write that was never acknowledged.
    if (goodEnd < size) ftruncateSync(fd, goodEnd);
    return { exists: true };
  } finally {
    closeSync(fd);
  }
}

function corrupt(path: string, bad: { line: number; offset: number }): ServeError {
  return new ServeError('SERVE_JOURNAL_CORRUPT', 'Expected a JSON record on every line of the journal, found a damaged line followed by good ones; restore the journal from a backup (nothing was changed).', {
    file: path,
    place: { line: bad.line, column: 1, offset: bad.offset },
    status: 503,
  });
}

interface PendingWrite {
  readonly text: string;
  readonly sync: boolean;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Appends to a journal, in order, with group commit. */
export class JournalWriter {
  private readonly path: string;
  private readonly handle: FileHandle;
  private readonly lockPath: string;
  private pending: PendingWrite[] = [];
  private flushing: Promise<void> | undefined;
  /** Bytes known to be complete records; a failed write is cut back to it. */
  private size: number;
  private broken: ServeError | undefined;
  private readonly syncWrites: boolean;

  private constructor(path: string, handle: FileHandle, size: number, syncWrites: boolean) {
    this.path = path;
    this.handle = handle;
    this.lockPath = `${path}.lock`;
    this.size = size;
    this.syncWrites = syncWrites;
  }

  /**
   * Open `path` for appending (created when missing), taking its lock.
   * @throws ServeError `SERVE_JOURNAL_WRITE_FAILED` when another live process holds the lock or the file cannot be opened.
   */
  static async open(path: string, options: { readonly syncWrites?: boolean } = {}): Promise<JournalWriter> {
    takeLock(`${path}.lock`, path);
    try {
      const handle = await open(path, 'a');
      const { size } = await handle.stat();
      return new JournalWriter(path, handle, size, options.syncWrites ?? true);
    } catch (error) {
      releaseLock(`${path}.lock`);
      throw new ServeError('SERVE_JOURNAL_WRITE_FAILED', `Cannot open the journal for writing: ${(error as Error).message}.`, { file: path, cause: error, status: 503 });
    }
  }

  /** Append records; resolves when they are on disk (when `sync`; else once written, for an import's unit lines). */
  append(records: readonly JournalRecord[], sync = true): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    const text = records.map((record) => `${JSON.stringify(record)}\n`).join('');
    return new Promise((resolve, reject) => {
      this.pending.push({ text, sync, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      const text = batch.map((write) => write.text).join('');
      try {
        await this.handle.write(text);
        if (this.syncWrites && batch.some((write) => write.sync)) await this.handle.datasync();
        this.size += Buffer.byteLength(text);
        for (const write of batch) write.resolve();
      } catch (error) {
        const failure = new ServeError('SERVE_JOURNAL_WRITE_FAILED', `Cannot write the journal (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the write was not applied.`, {
          file: this.path,
          cause: error,
          status: 503,
        });
        for (const write of batch) write.reject(failure);
        try {
          await this.handle.truncate(this.size);
        } catch {
          this.broken = failure; // cannot cut the partial write off: refuse every later write
        }
      }
    }
    this.flushing = undefined;
  }

  /** Wait for pending writes, close the file and release the lock. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.handle.close();
    releaseLock(this.lockPath);
  }
}

/** Journals this process holds (a lock with our own pid that is not listed here was left by an earlier process with the same pid). */
const HELD = new Set<string>();

/** Create the lock file with our pid; a lock whose process is gone is taken over. */
function takeLock(lockPath: string, journal: string): void {
  if (HELD.has(lockPath)) {
    throw new ServeError('SERVE_JOURNAL_WRITE_FAILED', 'Expected no other memory writing this journal, found one open in this process.', { file: journal, status: 503 });
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx' });
      HELD.add(lockPath);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ServeError('SERVE_JOURNAL_WRITE_FAILED', `Cannot create the journal's lock file: ${(error as Error).message}.`, { file: lockPath, cause: error, status: 503 });
      }
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new ServeError('SERVE_JOURNAL_WRITE_FAILED', `Expected no other server writing this journal, found process ${holder} holding ${lockPath}.`, { file: journal, status: 503 });
      }
      unlinkSync(lockPath); // left by a process that died (kill -9): take it over
    }
  }
}

function releaseLock(lockPath: string): void {
  HELD.delete(lockPath);
  try {
    unlinkSync(lockPath);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
