/** A failed file-system call while writing outputs → the one-line typed error the user sees. */
import { type ErrorCode, FileWriteError, isBitextError } from '../../errors';

/** What went wrong, by the system's error code (errno names, as Node reports them). */
const BY_ERRNO: Readonly<Record<string, { readonly code: ErrorCode; readonly found: string }>> = {
  EACCES: { code: 'FILE_NOT_WRITABLE', found: 'no permission to write there' },
  EPERM: { code: 'FILE_NOT_WRITABLE', found: 'no permission to write there' },
  EROFS: { code: 'FILE_NOT_WRITABLE', found: 'a read-only file system' },
  ENOSPC: { code: 'FILE_DISK_FULL', found: 'the disk full' },
  EDQUOT: { code: 'FILE_DISK_FULL', found: 'the disk quota used up' },
  EFBIG: { code: 'FILE_DISK_FULL', found: 'the file size limit reached' },
  EEXIST: { code: 'FILE_EXISTS', found: 'a file in the way of a folder it must create' },
  ENOTDIR: { code: 'FILE_NOT_A_FOLDER', found: 'a file where a folder must be' },
  EISDIR: { code: 'FILE_IS_A_FOLDER', found: 'a folder' },
  ENAMETOOLONG: { code: 'FILE_NOT_WRITABLE', found: 'a path longer than the system allows' },
  ENOENT: { code: 'FILE_NOT_WRITABLE', found: 'a folder that disappeared while writing' },
  ELOOP: { code: 'FILE_NOT_WRITABLE', found: 'a loop of symbolic links' },
  EIO: { code: 'FILE_NOT_WRITABLE', found: 'an input/output error of the disk' },
  EMFILE: { code: 'FILE_NOT_WRITABLE', found: 'too many open files' },
  ENFILE: { code: 'FILE_NOT_WRITABLE', found: 'too many open files' },
};

/** The errno code of a Node system error, if it is one. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/u.test(code) ? code : undefined;
}

/**
 * The typed error for a failed write of `path`; `what` says what was being
 * written, e.g. "the TMX". A BitextError passes through unchanged.
 * @example writeError('out/a.tmx', Object.assign(new Error('no space'), { code: 'ENOSPC' })).code //=> 'FILE_DISK_FULL'
 */
export function writeError(path: string, error: unknown, note = 'nothing was written', expected = 'Expected to write here'): unknown {
  if (isBitextError(error)) return error;
  const errno = errnoOf(error);
  if (errno === undefined) return error;
  const known = BY_ERRNO[errno] ?? { code: 'FILE_NOT_WRITABLE' as const, found: `the system error ${errno}` };
  return new FileWriteError(known.code, `${expected}, found ${known.found}; ${note}.`, { file: path, cause: error });
}
