/**
 * Write a file so that a crash or a full disk leaves either the old file or
 * the new one, never a part: write a temporary file beside it, flush it to
 * disk, rename it over the target, flush the folder. (The one atomic writer
 * of issue 14 should replace this when both land.)
 */
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Prefix of the temporary files, so a folder's leftovers from a crash can be recognised. */
export const TEMP_PREFIX = '.bitext-tm-tmp-';

/** Replace `path` with `content` atomically (temp file + fsync + rename + fsync of the folder). */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `${TEMP_PREFIX}${process.pid}-${basename(path)}`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/** Flush a folder's entries (a rename or a new file) to disk; not every platform can, which is fine. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder for fsync; the rename is as durable as the platform makes it.
  } finally {
    await handle?.close();
  }
}
