/**
 * Read a whole TMX document held in memory. For files larger than memory use
 * `readTmx`, which shares the scanner and yields units one at a time.
 */
import { TmxParseError, type Issue } from '../../errors';
import { resolveParseOptions } from './resolve-parse-options';
import { TmxByteDecoder } from '../scan/tmx-byte-decoder';
import type { TmxParseOptions } from './tmx-parse-options';
import { TmxScanner } from '../scan/tmx-scanner';
import type { TmxDocument, TmxHeader, TmxUnit } from '../tmx-unit';

/** A parsed document and the recoverable problems found in it. */
export interface ParsedTmx {
  readonly value: TmxDocument;
  /** Warnings and skipped units, in file order (empty when `options.onIssue` took them). */
  readonly issues: readonly Issue[];
}

/**
 * Parse a TMX 1.1–1.4 document: a string, or bytes in UTF-8, UTF-16 with a
 * byte-order mark, or the encoding its XML declaration names. Every unit and
 * language variant is kept (see `toTranslationUnit` for the English–Chinese view).
 *
 * @param input - The document text, or its bytes.
 * @param options - See {@link TmxParseOptions}.
 * @returns The header and units, plus issues (skipped units, ignored content, removed characters).
 * @throws TmxParseError for a document that is not well-formed XML (TMX_MALFORMED_XML),
 *   not TMX (TMX_NOT_TMX), declares entities (TMX_ENTITY_DECLARATION), has an
 *   oversized element (TMX_OVERSIZED_ELEMENT), undecodable bytes (TMX_INVALID_ENCODING)
 *   or XML-illegal characters (TMX_ILLEGAL_CHAR, unless `illegalChars: 'remove'`);
 *   `error.place` says where.
 * @example
 * const { value } = parseTmx('<tmx version="1.4"><header srclang="en"/><body><tu tuid="1">' +
 *   '<tuv xml:lang="en"><seg>Save &amp; exit</seg></tuv><tuv xml:lang="zh-CN"><seg>保存并退出</seg></tuv></tu></body></tmx>');
 * value.units[0]?.variants.map((v) => `${v.lang}: ${v.text}`)
 * //=> ['en: Save & exit', 'zh-CN: 保存并退出']
 */
export function parseTmx(input: string | Uint8Array, options: TmxParseOptions = {}): ParsedTmx {
  const issues: Issue[] = [];
  const resolved = resolveParseOptions(options, issues);
  const units: TmxUnit[] = [];
  let header: TmxHeader | undefined;
  const scanner = new TmxScanner(resolved, {
    header: (h) => (header = h),
    unit: (unit) => units.push(unit),
    issue: options.onIssue ?? ((issue) => issues.push(issue)),
  });
  if (typeof input === 'string') {
    scanner.push(input.startsWith('\uFEFF') ? input.slice(1) : input);
  } else {
    const decoder = new TmxByteDecoder();
    for (const decoded of [decoder.push(input), decoder.end()]) {
      scanner.push(decoded.text);
      if (decoded.failure !== undefined) scanner.failAtEnd(decoded.failure.code, decoded.failure.message);
    }
  }
  scanner.end();
  if (header === undefined) throw new TmxParseError('TMX_NOT_TMX', 'Expected a <header>, found none.', { file: options.file });
  return { value: { header, units }, issues };
}
