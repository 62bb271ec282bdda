/**
 * Bytes → text: UTF-8 with or without a byte-order mark, UTF-16 LE/BE with
 * one, and — when the bytes are not UTF-8 — GB18030 or Big5 Chinese text,
 * recognised by what it decodes to (decode-legacy-chinese.ts) and reported.
 * Line endings are kept as they are (LF, CRLF or CR).
 * Binary files, bytes that are valid in none of these, and files with no
 * text at all are user mistakes: an {@link IngestError} with a code and,
 * where there is one, the line and column of the first bad byte.
 */
import { type Issue, IngestError } from '../../errors';
import type { Point } from '../../types';
import { LineIndex } from '../../position';
import { decodeLegacyChinese } from './decode-legacy-chinese';
import { findInvalidUtf8 } from './find-invalid-utf8';

/** Signatures of binary formats people mistake for text files (a .docx is a ZIP archive). */
const BINARY_SIGNATURES: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a .docx, .xlsx or .zip file?)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document (.doc, .xls)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable program (ELF)' },
];

/** Options of {@link decodeText}. */
export interface DecodeTextOptions {
  /** Called with what decoding did that the caller should know (INGEST_LEGACY_ENCODING: the file was GB18030 or Big5). */
  readonly onIssue?: ((issue: Issue) => void) | undefined;
}

/**
 * Decode a file's bytes. `name` is the file name errors carry.
 * @example decodeText(new TextEncoder().encode('\uFEFF論壇在重慶舉行。'), 'news.txt') //=> '論壇在重慶舉行。'
 * @example
 * // 論壇在重慶舉行。 in Big5 (not UTF-8): decoded, and reported (examples/ingest.ts)
 * decodeText(big5, 'news.txt', { onIssue: (issue) => console.log(issue.code) })
 * //=> 'INGEST_LEGACY_ENCODING' (logged), then the text '論壇在重慶舉行。'
 * @throws IngestError INGEST_BINARY_INPUT, INGEST_INVALID_ENCODING or INGEST_EMPTY_INPUT
 */
export function decodeText(bytes: Uint8Array, name: string, options: DecodeTextOptions = {}): string {
  const signature = BINARY_SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature !== undefined) {
    throw new IngestError('INGEST_BINARY_INPUT', `Expected a plain-text file, found ${signature.what}; save it as plain text (UTF-8) first.`, { file: name, place: START });
  }
  const text = startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])
    ? unsupportedUtf32(name)
    : startsWith(bytes, [0xff, 0xfe])
      ? decodeUtf16(bytes, 'utf-16le', name)
      : startsWith(bytes, [0xfe, 0xff])
        ? decodeUtf16(bytes, 'utf-16be', name)
        : decodeUtf8(bytes, startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0, name, options);
  if (/^\s*$/u.test(text)) {
    throw new IngestError('INGEST_EMPTY_INPUT', bytes.length === 0 ? 'Expected text, found an empty file.' : 'Expected text, found only whitespace.', { file: name });
  }
  return text;
}

const START: Point = { line: 1, column: 1, offset: 0 };

function decodeUtf8(bytes: Uint8Array, from: number, name: string, options: DecodeTextOptions): string {
  const body = bytes.subarray(from);
  const nul = body.indexOf(0);
  if (nul !== -1) {
    const utf16 = looksLikeUtf16WithoutBom(body) ? ' It looks like UTF-16 without a byte-order mark: save it as UTF-8.' : '';
    throw new IngestError('INGEST_BINARY_INPUT', `Expected text, found a NUL byte: this is a binary file.${utf16}`, {
      file: name,
      place: pointAtEnd(new TextDecoder('utf-8').decode(body.subarray(0, nul))),
    });
  }
  const bad = findInvalidUtf8(body);
  if (bad !== undefined) {
    const legacy = decodeLegacyChinese(body);
    if (legacy !== undefined) {
      options.onIssue?.({
        severity: 'info',
        code: 'INGEST_LEGACY_ENCODING',
        message: `Decoded the file as ${legacy.encoding}, not UTF-8 (${Math.round(legacy.commonShare * 1000) / 10} % of its ${legacy.hanCount} Chinese characters are common ones in that reading); the outputs are UTF-8.`,
        file: name,
      });
      return legacy.text;
    }
    const byte = `0x${(body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    throw new IngestError('INGEST_INVALID_ENCODING', `Expected UTF-8 text (or Chinese in GB18030 or Big5), found the byte ${byte}, which is not valid UTF-8, and no Chinese reading of the file; save it as UTF-8.`, {
      file: name,
      place: pointAtEnd(new TextDecoder('utf-8').decode(body.subarray(0, bad))),
    });
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', name: string): string {
  const body = bytes.subarray(2);
  const units: number[] = [];
  for (let i = 0; i + 1 < body.length; i += 2) {
    const a = body[i] ?? 0;
    const b = body[i + 1] ?? 0;
    units.push(encoding === 'utf-16le' ? a | (b << 8) : (a << 8) | b);
  }
  const text = decodeUnits(units);
  const label = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  const lone = findLoneSurrogate(text);
  if (body.length % 2 === 1 || lone !== undefined) {
    const at = lone ?? text.length;
    throw new IngestError('INGEST_INVALID_ENCODING', `Expected ${label} text (the file starts with its byte-order mark), found ${lone === undefined ? 'an odd number of bytes' : 'an unpaired surrogate'}.`, {
      file: name,
      place: pointAtEnd(text.slice(0, at)),
    });
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new IngestError('INGEST_BINARY_INPUT', `Expected ${label} text, found a NUL character: this is a binary file.`, { file: name, place: pointAtEnd(text.slice(0, nul)) });
  }
  return text;
}

function unsupportedUtf32(name: string): never {
  throw new IngestError('INGEST_INVALID_ENCODING', 'Expected UTF-8 or UTF-16 text, found a UTF-32 byte-order mark; save the file as UTF-8.', { file: name, place: START });
}

/** UTF-16 code units → string, in chunks: String.fromCharCode takes a bounded argument list. */
function decodeUnits(units: readonly number[]): string {
  let text = '';
  // eslint-disable-next-line no-restricted-syntax -- at most 8,192 arguments per call, far below the engine's limit
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return text;
}

function findLoneSurrogate(text: string): number | undefined {
  const match = /[\uD800-\uDFFF]/u.exec(text);
  return match?.index;
}

/** ASCII text in UTF-16 has a NUL in every other byte. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  // UTF-16 text of ASCII or Latin puts its NULs on one side of each byte pair
  // only; other binary data has them on both sides.
  const pairs = sample.length / 2;
  const [more, fewer] = evenNul > oddNul ? [evenNul, oddNul] : [oddNul, evenNul];
  return more > pairs * 0.3 && fewer < pairs * 0.05;
}

/** The point just after `prefix` (the text before the bad byte). */
function pointAtEnd(prefix: string): Point {
  return new LineIndex(prefix).pointAt(prefix.length);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
