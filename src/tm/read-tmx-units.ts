/** The thin file helper behind `TranslationMemory.fromTmx`: stream a TMX file's English–Chinese units. */
import { createReadStream } from 'node:fs';
import { UsageError, type Issue } from '../errors';
import { readTranslationUnits } from '../tmx/read-translation-units';
import type { TranslationUnitReadOptions } from '../tmx/parse-translation-units';
import type { TranslationUnit } from '../types';

/**
 * Every English–Chinese unit of the TMX file at `path` (streamed: memory
 * holds the units, not the file), with the reader's issues (units skipped for
 * a missing language, unreadable props…).
 * @throws UsageError `FILE_NOT_FOUND` / `FILE_UNREADABLE`; TmxParseError for a malformed file (with the file and place).
 */
export async function readTmxUnits(path: string, options: TranslationUnitReadOptions = {}): Promise<{ units: TranslationUnit[]; issues: readonly Issue[] }> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => {
      resolve();
    });
    stream.once('error', reject);
  });
  await opened.catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    throw code === 'ENOENT' || code === 'ENOTDIR'
      ? new UsageError('FILE_NOT_FOUND', 'Expected a TMX file, found nothing at this path.', { file: path, cause: error })
      : new UsageError('FILE_UNREADABLE', 'Expected a readable TMX file.', { file: path, cause: error });
  });
  const reader = readTranslationUnits(stream, { file: path, ...options });
  const units: TranslationUnit[] = [];
  for await (const unit of reader) units.push(unit);
  return { units, issues: reader.issues };
}
