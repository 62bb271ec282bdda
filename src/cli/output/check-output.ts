/**
 * Check where outputs will go before any work is done, so a typo in --out or
 * a read-only folder costs a second, not a whole build: the folder is (or can
 * be made) a writable folder, no output is a folder, and no output would
 * overwrite an input.
 */
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { FileWriteError } from '../../errors';
import { errnoOf, writeError } from './write-error';

/**
 * `folder` exists and is writable, or can be created inside the nearest
 * folder that exists. @throws FileWriteError
 */
export async function checkOutputFolder(folder: string): Promise<void> {
  let path = resolve(folder);
  for (;;) {
    const found = await statOrUndefined(path, folder);
    if (found !== undefined) {
      if (!found.isDirectory()) {
        throw new FileWriteError('FILE_NOT_A_FOLDER', `Expected a folder to write into, found a file${path === resolve(folder) ? '' : ` at ${path}`}; nothing was written.`, { file: folder });
      }
      try {
        await access(path, constants.W_OK | constants.X_OK);
      } catch (error) {
        throw writeError(path === resolve(folder) ? folder : path, error);
      }
      return;
    }
    const parent = dirname(path);
    if (parent === path) return;
    path = parent;
  }
}

/**
 * Every output's folder is writable, no output is a folder, and none is the
 * same file as an input (by device and inode, so links and `./a` vs `a` are caught).
 * @throws FileWriteError
 */
export async function checkOutputFiles(outputs: readonly string[], inputs: readonly string[]): Promise<void> {
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    const found = await stat(input).catch(() => undefined);
    if (found !== undefined) inputIds.set(`${found.dev}:${found.ino}`, input);
  }
  for (const output of outputs) {
    await checkOutputFolder(dirname(resolve(output)));
    const found = await statOrUndefined(resolve(output), output);
    if (found === undefined) continue;
    if (found.isDirectory()) throw new FileWriteError('FILE_IS_A_FOLDER', 'Expected a file to write, found a folder; nothing was written.', { file: output });
    const input = inputIds.get(`${found.dev}:${found.ino}`);
    if (input !== undefined) {
      throw new FileWriteError('FILE_SAME_AS_INPUT', `Expected an output other than the input ${JSON.stringify(input)}, found the same file; writing it would destroy the input, so nothing was written.`, { file: output });
    }
  }
}

/** The file's stat, or undefined when nothing is there. */
async function statOrUndefined(path: string, shown: string): Promise<Awaited<ReturnType<typeof stat>> | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    if (errnoOf(error) === 'ENOTDIR') throw new FileWriteError('FILE_NOT_A_FOLDER', 'Expected folders on the way to the output, found a file; nothing was written.', { file: shown, cause: error });
    throw writeError(shown, error);
  }
}

/** Create `folder` (and its parents) if missing. @throws FileWriteError */
export async function makeOutputFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw writeError(folder, error);
  }
}
