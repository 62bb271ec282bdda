/**
 * The thin file helper behind `TranslationMemory.fromTmx`: stream a TMX
 * file's English–Chinese units, from a plain `.tmx`, a gzip-compressed one
 * (`.tmx.gz`, node:zlib) or a zip archive (`.tmx.zip`: every `.tmx` entry, in
 * archive order, read through yauzl). The format is told by the file's first
 * bytes, not its name. Nothing is unpacked to disk or held whole in memory.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { createRequire } from 'node:module';
import type * as Yauzl from 'yauzl';
import { UsageError, type Issue } from '../errors';
import { readTranslationUnits } from '../tmx/units/read-translation-units';
import type { TranslationUnitReadOptions } from '../tmx/units/parse-translation-units';
import type { TranslationUnit } from '../types';
import { appendAll } from '../append-all';

/** How a memory file is stored, from its first bytes. */
type Container = 'plain' | 'gzip' | 'zip';

/** The TMX reader options lookup uses unless told otherwise: inline codes kept as placeholders (`<b0>…</b0>`), not scored. */
const TM_READ_DEFAULTS: TranslationUnitReadOptions = { inline: 'placeholders' };

/**
 * Every English–Chinese unit of the TMX file at `path` (streamed: memory
 * holds the units, not the file), with the reader's issues (units skipped for
 * a missing language, unreadable props…).
 * @throws UsageError `FILE_NOT_FOUND` / `FILE_UNREADABLE` (also for damaged compressed data or a zip without a `.tmx`); TmxParseError for a malformed TMX (with the file and place).
 */
export async function readTmxUnits(path: string, options: TranslationUnitReadOptions = {}): Promise<{ units: TranslationUnit[]; issues: readonly Issue[] }> {
  const container = await sniffContainer(path);
  const units: TranslationUnit[] = [];
  const issues: Issue[] = [];
  const readEntry = async (stream: Readable, file: string): Promise<void> => {
    const reader = readTranslationUnits(stream, { ...TM_READ_DEFAULTS, ...options, file });
    try {
      for await (const unit of reader) units.push(unit);
    } catch (error) {
      throw compressionError(error, path, container) ?? error;
    } finally {
      stream.destroy();
    }
    appendAll(issues, reader.issues);
  };
  if (container === 'zip') {
    for await (const entry of zipTmxEntries(path)) await readEntry(entry.stream, `${path}:${entry.name}`);
  } else {
    const file = createReadStream(path, { highWaterMark: 1 << 16 });
    if (container === 'plain') await readEntry(file, path);
    else {
      const gunzip = createGunzip();
      file.on('error', (error) => gunzip.destroy(error));
      await readEntry(file.pipe(gunzip), path);
    }
  }
  return { units, issues };
}

/** The container of `path` from its magic bytes (gzip 1F 8B, zip "PK\x03\x04" or an empty archive's "PK\x05\x06"). */
async function sniffContainer(path: string): Promise<Container> {
  let handle;
  try {
    handle = await open(path, 'r');
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
    if (bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && head[3] === head[2] + 1) return 'zip';
    return 'plain';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    throw code === 'ENOENT' || code === 'ENOTDIR'
      ? new UsageError('FILE_NOT_FOUND', 'Expected a TMX file, found nothing at this path.', { file: path, cause: error })
      : new UsageError('FILE_UNREADABLE', code === 'EISDIR' ? 'Expected a TMX file, found a folder.' : 'Expected a readable TMX file.', { file: path, cause: error });
  } finally {
    await handle?.close();
  }
}

/** A zlib or zip error while reading, as the user's problem with the file (undefined for any other error). */
function compressionError(error: unknown, path: string, container: Container): UsageError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (container === 'plain' || typeof code !== 'string' || !code.startsWith('Z_')) return undefined;
  const what = container === 'gzip' ? 'gzip-compressed' : 'zip-compressed';
  return new UsageError('FILE_UNREADABLE', `Expected a ${what} TMX file, found damaged or truncated compressed data (${(error as Error).message}).`, { file: path, cause: error });
}

/** The `.tmx` entries of the zip archive at `path`, in archive order, each as a stream of its uncompressed bytes. */
async function* zipTmxEntries(path: string): AsyncGenerator<{ name: string; stream: Readable }> {
  // Loaded for a zip only: importing bitext-tm never pays for it (see README, Package size).
  const yauzl = createRequire(import.meta.url)('yauzl') as typeof Yauzl;
  const zip = await new Promise<Yauzl.ZipFile>((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zipfile) => {
      if (error) reject(new UsageError('FILE_UNREADABLE', `Expected a zip archive holding a TMX file, found a damaged archive (${error.message}).`, { file: path, cause: error }));
      else resolve(zipfile);
    });
  });
  const names: string[] = [];
  try {
    for (;;) {
      const entry = await new Promise<Yauzl.Entry | undefined>((resolve, reject) => {
        zip.once('entry', resolve);
        zip.once('end', () => { resolve(undefined); });
        zip.once('error', reject);
        zip.readEntry();
      }).catch((error: unknown) => {
        throw new UsageError('FILE_UNREADABLE', `Expected a zip archive holding a TMX file, found a damaged archive (${error instanceof Error ? error.message : String(error)}).`, { file: path, cause: error });
      });
      zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
      if (!entry) break;
      names.push(entry.fileName);
      if (entry.fileName.endsWith('/') || !/\.tmx$/iu.test(entry.fileName)) continue;
      const stream = await new Promise<Readable>((resolve, reject) => {
        zip.openReadStream(entry, (error, readable) => {
          if (error) reject(new UsageError('FILE_UNREADABLE', `Expected a readable entry "${entry.fileName}" in the zip archive, found ${error.message}.`, { file: path, cause: error }));
          else resolve(readable);
        });
      });
      yield { name: entry.fileName, stream };
    }
  } finally {
    zip.close();
  }
  if (!names.some((name) => /\.tmx$/iu.test(name) && !name.endsWith('/'))) {
    const listed = names.length === 0 ? 'an empty archive' : `only ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`;
    throw new UsageError('FILE_UNREADABLE', `Expected a .tmx file inside the zip archive, found ${listed}.`, { file: path });
  }
}
