/**
 * Many strings stored as one byte array and their end offsets: compact, and
 * decoded one at a time. Lossless for any JavaScript string: well-formed text
 * is UTF-8; a string holding a lone surrogate is WTF-8 (the surrogate written
 * as the 3-byte form UTF-8 reserves for it, as WTF-8 does), so it comes back
 * code unit for code unit. A leading U+FEFF is text like any other, never
 * taken for a byte order mark.
 */

/** `bytes[ends[i - 1] ?? 0, ends[i])` is the UTF-8 (or WTF-8) of string i. */
export interface StringColumn {
  readonly bytes: Uint8Array;
  readonly ends: Uint32Array;
}

/**
 * A surrogate that is not half of a pair (in `u` mode a pair is one code point, so only lone ones match).
 */
const LONE_SURROGATE = /\p{Cs}/u;

/** Encode `count` strings (`textOf(i)`) into a column. */
export function encodeStringColumn(count: number, textOf: (index: number) => string): StringColumn {
  const encoder = new TextEncoder();
  const ends = new Uint32Array(count);
  let bytes = new Uint8Array(Math.max(64, count * 32));
  let length = 0;
  for (let i = 0; i < count; i++) {
    const text = textOf(i);
    // UTF-8 takes at most 3 bytes per UTF-16 code unit (WTF-8 too).
    if (length + text.length * 3 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, length + text.length * 3));
      grown.set(bytes.subarray(0, length));
      bytes = grown;
    }
    length += !LONE_SURROGATE.test(text) ? encoder.encodeInto(text, bytes.subarray(length)).written : encodeWtf8(text, bytes, length);
    if (length > 0xffffffff) throw new RangeError('A string column exceeds 4 GiB; the index file cannot hold it');
    ends[i] = length;
  }
  return { bytes: bytes.subarray(0, length), ends };
}

/** Write `text` as WTF-8 at `bytes[at]`; returns the bytes written. */
function encodeWtf8(text: string, bytes: Uint8Array, at: number): number {
  let out = at;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      code = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      i++;
    }
    if (code < 0x80) bytes[out++] = code;
    else if (code < 0x800) {
      bytes[out++] = 0xc0 | (code >> 6);
      bytes[out++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      bytes[out++] = 0xe0 | (code >> 12);
      bytes[out++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[out++] = 0x80 | (code & 0x3f);
    } else {
      bytes[out++] = 0xf0 | (code >> 18);
      bytes[out++] = 0x80 | ((code >> 12) & 0x3f);
      bytes[out++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[out++] = 0x80 | (code & 0x3f);
    }
  }
  return out - at;
}

/** Strict UTF-8: a string that is not UTF-8 is tried as WTF-8, and refused if it is neither. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * String `index` of a column.
 * @throws RangeError when its bytes are neither UTF-8 nor WTF-8 (a damaged file; the loader checks every string first).
 */
export function stringAt(column: StringColumn, index: number): string {
  const start = index > 0 ? (column.ends[index - 1] ?? 0) : 0;
  const bytes = column.bytes.subarray(start, column.ends[index] ?? start);
  try {
    return decoder.decode(bytes);
  } catch {
    return decodeWtf8(bytes);
  }
}

/**
 * WTF-8 → string: UTF-8 that may also hold the 3-byte forms of surrogates
 * (ED A0–BF xx), but not a surrogate pair written that way (that is CESU-8).
 * @throws RangeError for anything else.
 */
function decodeWtf8(bytes: Uint8Array): string {
  const units: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) throw new RangeError(`Not WTF-8 at byte ${i}`);
    let code = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) throw new RangeError(`Not WTF-8 at byte ${i}`);
      code = (code << 6) | (next & 0x3f);
    }
    const shortest = length === 1 ? 0 : length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
    if (code < shortest || code > 0x10ffff) throw new RangeError(`Not WTF-8 at byte ${i}`);
    if (code >= 0x10000) units.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
    else {
      // A high surrogate followed by a low one would be a pair in disguise: WTF-8 never writes it so.
      if (code >= 0xdc00 && code <= 0xdfff && (units.at(-1) ?? 0) >= 0xd800 && (units.at(-1) ?? 0) <= 0xdbff && lastWasSurrogate(bytes, i)) {
        throw new RangeError(`Not WTF-8 at byte ${i}`);
      }
      units.push(code);
    }
    i += length;
  }
  let text = '';
  // Chunks of 4,096 arguments: far below the engine's limit, and 100× faster than one call per code unit.
  // eslint-disable-next-line no-restricted-syntax
  for (let at = 0; at < units.length; at += 4096) text += String.fromCharCode(...units.slice(at, at + 4096));
  return text;
}

/** True when the 3 bytes before `i` encode a surrogate (ED A0–AF xx). */
const lastWasSurrogate = (bytes: Uint8Array, i: number): boolean => i >= 3 && bytes[i - 3] === 0xed && (bytes[i - 2] ?? 0) >= 0xa0;
