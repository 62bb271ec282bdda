/**
 * What the error golden cases pin about a BitextError: its code, class, file
 * and place, and the issues it carries — with file paths relative to the case
 * folder, so the expected files do not depend on where the repository lives.
 */
import { relative } from 'node:path';
import { isBitextError } from '../../src/errors';

/** The comparable description of `error`, thrown for a case in folder `dir`. */
export function describeErrorForGolden(error: unknown, dir: string): unknown {
  if (!isBitextError(error)) throw new Error(`expected a BitextError, got ${String(error)}`);
  const local = (file: string | undefined): string | undefined => (file === undefined ? undefined : relative(dir, file).split('\\').join('/'));
  return {
    code: error.code,
    name: error.name,
    file: local(error.file),
    place: error.place,
    issues: error.issues.map((issue) => `${local(issue.file) ?? ''} ${issue.code}`),
  };
}
