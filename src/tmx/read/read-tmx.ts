/**
 * Stream a TMX file of any size: chunks of bytes in, units out one at a time.
 *
 * Parser choice: our own chunk scanner plus a small strict XML parser for one
 * `<tu>` at a time (scan/parse-element.ts), not fast-xml-parser. fxp parses a
 * realistic `<tu>` at about 17 MB/s (measured, test/bench/tmx.md), a third of
 * the 50 MB/s target before any validation; it expands DOCTYPE entities
 * (we must refuse them), and its parser gives no line/column for errors
 * (only its deprecated validator does). Memory is bounded by the chunk size
 * plus `maxElementLength` (one unfinished element), whatever the file size.
 */
import type { Issue } from '../../errors';
import { resolveParseOptions } from './resolve-parse-options';
import { TmxByteDecoder } from '../scan/tmx-byte-decoder';
import type { TmxParseOptions } from './tmx-parse-options';
import { TmxScanner } from '../scan/tmx-scanner';
import type { TmxHeader, TmxUnit } from '../tmx-unit';

/** Where `readTmx` reads from: a Node Readable, a web ReadableStream, or any (async) iterable of chunks. */
export type TmxSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** The units of a TMX file as an async iterable (iterate it once), with what was read besides. */
export interface TmxReader extends AsyncIterable<TmxUnit> {
  /** The header; set before the first unit is yielded. */
  readonly header: TmxHeader | undefined;
  /** Issues so far, in file order (empty when `options.onIssue` takes them). */
  readonly issues: readonly Issue[];
}

/**
 * Read a TMX file as a stream of units, in memory bounded by the chunk size
 * plus `options.maxElementLength`. Byte chunks are decoded as `parseTmx`
 * decodes bytes (BOM, XML declaration, UTF-8 default); string chunks are
 * taken as decoded text. Errors are those of `parseTmx`, thrown from the
 * iteration after every earlier unit has been yielded.
 *
 * @param source - e.g. `fs.createReadStream(path)`.
 * @param options - See {@link TmxParseOptions}.
 * @example
 * // memory.tmx holds three units (written by examples/read-tmx-stream.ts, which runs this)
 * const reader = readTmx(createReadStream('memory.tmx'));
 * for await (const unit of reader) console.log(unit.tuid, unit.variants.length);
 * //=> ['a0-u0', 2]
 * //=> ['a0-u1', 2]
 * //=> ['a0-u2', 2]
 * console.log(reader.header?.srclang, reader.issues.length);
 * //=> ['en', 0]
 */
export function readTmx(source: TmxSource, options: TmxParseOptions = {}): TmxReader {
  const issues: Issue[] = [];
  let header: TmxHeader | undefined;
  let started = false;
  const resolved = resolveParseOptions(options, issues);
  async function* units(): AsyncGenerator<TmxUnit> {
    if (started) throw new Error('readTmx: a TmxReader can be iterated only once');
    started = true;
    let queue: TmxUnit[] = [];
    const scanner = new TmxScanner(resolved, {
      header: (h) => (header = h),
      unit: (unit) => queue.push(unit),
      issue: options.onIssue ?? ((issue) => issues.push(issue)),
    });
    const decoder = new TmxByteDecoder();
    // The scanner throws on a fatal error; units it finished before that are
    // yielded first, so a reader gets everything up to the bad spot.
    const feed = (action: () => void): { failed: true; error: unknown } | undefined => {
      try {
        action();
        return undefined;
      } catch (error) {
        return { failed: true, error };
      }
    };
    let first = true;
    for await (const chunk of source) {
      const failure = feed(() => {
        if (typeof chunk === 'string') {
          scanner.push(first && chunk.startsWith('\uFEFF') ? chunk.slice(1) : chunk);
        } else {
          const decoded = decoder.push(chunk);
          scanner.push(decoded.text);
          if (decoded.failure !== undefined) scanner.failAtEnd(decoded.failure.code, decoded.failure.message);
        }
      });
      first = false;
      if (queue.length > 0) {
        const ready = queue;
        queue = [];
        yield* ready;
      }
      if (failure) throw failure.error;
    }
    const failure = feed(() => {
      const decoded = decoder.end();
      scanner.push(decoded.text);
      if (decoded.failure !== undefined) scanner.failAtEnd(decoded.failure.code, decoded.failure.message);
      scanner.end();
    });
    yield* queue;
    if (failure) throw failure.error;
  }
  return {
    get header() {
      return header;
    },
    issues,
    [Symbol.asyncIterator]: () => units(),
  };
}
