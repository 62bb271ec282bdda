/** The outputs' name becomes part of file names: it must stay a plain file name inside the output folder. */
import { UsageError } from '../../errors';

/**
 * Longest name in UTF-8 bytes: file systems allow 255 bytes per name, and the
 * longest suffix the main job adds is `.terms.review.tsv` (17 bytes), with room to spare.
 */
export const MAX_OUTPUT_NAME_BYTES = 200;

/** Folder separators (both, so a name means the same on every system), NUL and other control characters. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const NOT_IN_A_NAME = /[/\\\u0000-\u001F\u007F]/u;

/**
 * `name` if it is a plain file name (no folder, not `.` or `..`, no control
 * characters, at most {@link MAX_OUTPUT_NAME_BYTES} bytes); otherwise a typed error.
 * @example checkOutputName('news.en-zh') //=> 'news.en-zh'
 */
export function checkOutputName(name: string): string {
  const bad = NOT_IN_A_NAME.exec(name);
  const bytes = new TextEncoder().encode(name).length;
  const problem =
    name.trim() === '' ? 'an empty name'
    : name === '.' || name === '..' ? `"${name}", which names a folder`
    : bad !== null ? `${JSON.stringify(bad[0])} at character ${bad.index + 1} of ${JSON.stringify(name)}`
    : bytes > MAX_OUTPUT_NAME_BYTES ? `a name of ${bytes} bytes`
    : undefined;
  if (problem !== undefined) {
    throw new UsageError('CORPUS_INVALID_OPTION', `Expected the output name to be a plain file name (no folders, at most ${MAX_OUTPUT_NAME_BYTES} bytes), found ${problem}.`);
  }
  return name;
}
