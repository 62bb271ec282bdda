/**
 * `--batch FILE.jsonl`: the lines of a batch file, streamed, each checked on
 * its own so that one bad line never stops the others.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { UsageError } from '../../errors';
import { validUtf8Length } from '../../valid-utf8-length';
import type { CliIo } from '../cli-io';

/** One line of a batch file: 1-based number, byte offset of its start, its bytes (without the line break). */
export interface BatchLine {
  readonly line: number;
  readonly offset: number;
  readonly bytes: Uint8Array;
  /** True when the line was longer than {@link MAX_BATCH_LINE_BYTES}: its bytes were not kept. */
  readonly tooLong?: boolean;
}

/**
 * Longest batch line kept, in bytes (1 MiB): a query is at most 4,096 UTF-16
 * code units, which JSON writes in at most ~25 KB; a longer line is reported
 * without being held in memory, so a file without line breaks cannot exhaust it.
 */
export const MAX_BATCH_LINE_BYTES: number = 1 << 20;

/** A line that holds a query. */
export interface BatchQuery {
  readonly q: string;
  readonly lang?: string;
  /** The line's `id`, echoed in its answer when given (any JSON value). */
  readonly id?: unknown;
}

/** What is wrong with a line, and where in it (1-based column in UTF-16 code units, or the byte for bad UTF-8). */
export interface BatchLineProblem {
  readonly problem: string;
  readonly column: number;
}

/**
 * Check that the batch source can be read before the (slow) memory is opened.
 * @throws UsageError `FILE_NOT_FOUND`, `FILE_UNREADABLE`.
 */
export async function checkBatchSource(path: string): Promise<void> {
  if (path === '-') return;
  try {
    await (await open(path, 'r')).close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError('FILE_NOT_FOUND', 'Expected a JSONL batch file, found none at this path.', { file: path, cause: error });
    throw new UsageError('FILE_UNREADABLE', 'Expected a readable JSONL batch file.', { file: path, cause: error });
  }
}

/**
 * The lines of a batch (`-` reads standard input), in order, as bytes: every
 * line, blank ones included, except the empty rest after a final line break.
 * A CR before the LF is dropped, and a UTF-8 byte order mark at the start.
 */
export async function* readBatchLines(path: string, io: Pick<CliIo, 'readStdin'>): AsyncGenerator<BatchLine> {
  const chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array> = path === '-' ? [await io.readStdin()] : createReadStream(path, { highWaterMark: 1 << 16 });
  let pending: Uint8Array = new Uint8Array(0);
  let skipped = 0; // bytes of an over-long line dropped so far (0: not in one)
  let line = 1;
  let offset = 0;
  for await (const chunk of chunks) {
    let data = pending.length === 0 ? chunk : concat(pending, chunk);
    let start = 0;
    for (let newline = data.indexOf(0x0a); newline >= 0; newline = data.indexOf(0x0a, start)) {
      const length = skipped + newline - start;
      yield skipped > 0 ? { line: line++, offset, bytes: new Uint8Array(0), tooLong: true } : toLine(data.subarray(start, newline), line++, offset);
      offset += length + 1;
      skipped = 0;
      start = newline + 1;
    }
    data = data.subarray(start);
    if (skipped > 0 || data.length > MAX_BATCH_LINE_BYTES) {
      skipped += data.length;
      data = new Uint8Array(0);
    }
    pending = data.slice();
  }
  if (skipped > 0) yield { line, offset, bytes: new Uint8Array(0), tooLong: true };
  else if (pending.length > 0) yield toLine(pending, line, offset);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function toLine(raw: Uint8Array, line: number, offset: number): BatchLine {
  let bytes = raw.length > 0 && raw[raw.length - 1] === 0x0d ? raw.subarray(0, raw.length - 1) : raw;
  if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  return { line, offset, bytes };
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The query of a line, `{"q": "text", "lang"?: "en" | "zh" | a tag, "id"?: any}`,
 * or what is wrong with it: invalid UTF-8, an empty line, not JSON, not an
 * object, no string `q`, a `lang` that is not a string. (Whether the text
 * has something to match, its length and its language are checked by lookup.)
 */
export function parseBatchLine(bytes: Uint8Array, tooLong = false): BatchQuery | BatchLineProblem {
  if (tooLong) return { problem: `Expected a line of at most ${MAX_BATCH_LINE_BYTES} bytes (one query), found a longer one.`, column: 1 };
  const valid = validUtf8Length(bytes);
  if (valid < bytes.length) {
    return { problem: `Expected UTF-8 text, found the byte 0x${(bytes[valid] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at byte ${valid + 1} of the line.`, column: valid + 1 };
  }
  const line = decoder.decode(bytes);
  if (line.trim() === '') return { problem: 'Expected a JSON object such as {"q": "text"}, found an empty line.', column: 1 };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: 'Expected a JSON object such as {"q": "text"}, found a line that is not JSON.', column: 1 };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'Expected a JSON object such as {"q": "text"}, found another JSON value.', column: 1 };
  const { q, lang, id } = value as { q?: unknown; lang?: unknown; id?: unknown };
  if (typeof q !== 'string') return { problem: 'Expected a string "q" (the text to look up), found none.', column: 1 };
  if (lang !== undefined && typeof lang !== 'string') return { problem: `Expected "lang" to be "en" or "zh", found ${JSON.stringify(lang)}.`, column: 1 };
  return { q, ...(lang === undefined ? {} : { lang }), ...(id === undefined ? {} : { id }) };
}
