/**
 * Bytes → text for the TMX reader, chunk by chunk. The encoding is sniffed as
 * XML 1.0 Appendix F describes: a byte-order mark (UTF-8, UTF-16LE/BE), the
 * `<?` pattern of UTF-16 without one, else the XML declaration's `encoding`
 * (any label the WHATWG Encoding Standard knows, e.g. windows-1252), else UTF-8.
 * Decoding is strict: bytes that are not valid in the encoding stop the read.
 */
import type { ErrorCode } from '../../errors';
import { validUtf8Length } from '../../valid-utf8-length';

/** A decoding failure: what to report; the text decoded before it was returned too. */
export interface DecodeFailure {
  readonly code: ErrorCode;
  readonly message: string;
}

/** Text decoded from a chunk, and the failure that stopped decoding, if any. */
export interface DecodedChunk {
  readonly text: string;
  readonly failure?: DecodeFailure;
}

/** The declaration is looked for in the first bytes; XML puts it at offset 0 and it is short. */
const DECLARATION_WINDOW_BYTES = 1024;
const DECLARED_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/u;

/** Streaming, strict decoder of a TMX file's bytes. */
export class TmxByteDecoder {
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private head: Uint8Array = new Uint8Array(0);
  /** The encoding in use (WHATWG name), once sniffed. */
  encoding = '';
  /** UTF-8 only: trailing bytes of the previous chunk that start an unfinished character. */
  private carry: Uint8Array = new Uint8Array(0);

  /** Decode the next chunk. */
  push(bytes: Uint8Array): DecodedChunk {
    if (this.decoder === undefined) {
      this.head = concat(this.head, bytes);
      if (this.head.length < DECLARATION_WINDOW_BYTES && !hasDeclarationEnd(this.head)) return { text: '' };
      return this.start(this.head, false);
    }
    return this.decode(bytes, false);
  }

  /** Decode what is left at the end of the input. */
  end(): DecodedChunk {
    if (this.decoder === undefined) return this.start(this.head, true);
    return this.decode(new Uint8Array(0), true);
  }

  private start(head: Uint8Array, final: boolean): DecodedChunk {
    const sniffed = sniffEncoding(head);
    if ('code' in sniffed) return { text: '', failure: sniffed };
    this.encoding = sniffed.encoding;
    try {
      this.decoder = new TextDecoder(sniffed.encoding, { fatal: true });
    } catch {
      return { text: '', failure: { code: 'TMX_UNSUPPORTED_ENCODING', message: `Expected an encoding that bitext-tm can decode (UTF-8, UTF-16 or a WHATWG label), found encoding="${sniffed.encoding}".` } };
    }
    this.encoding = this.decoder.encoding;
    this.head = new Uint8Array(0);
    return this.decode(head, final);
  }

  private decode(bytes: Uint8Array, final: boolean): DecodedChunk {
    const decoder = this.decoder;
    if (decoder === undefined) throw new Error('decode before start');
    try {
      const text = decoder.decode(bytes, { stream: !final });
      if (this.encoding === 'utf-8') this.carry = unfinishedUtf8Tail(bytes.length >= 4 ? bytes : concat(this.carry, bytes));
      return { text };
    } catch {
      return this.failure(bytes, final);
    }
  }

  /** Decode the valid prefix of a chunk that failed, and say which bytes are wrong. */
  private failure(bytes: Uint8Array, final: boolean): DecodedChunk {
    if (this.encoding !== 'utf-8') {
      return { text: '', failure: { code: 'TMX_INVALID_ENCODING', message: `Expected valid ${this.encoding} text, found bytes that are not (in the chunk that starts here).` } };
    }
    const data = concat(this.carry, bytes);
    const valid = validUtf8Length(data);
    const text = new TextDecoder('utf-8').decode(data.subarray(0, valid));
    const bad = Array.from(data.subarray(valid, valid + 4), (b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    const what = valid >= data.length && final ? 'an unfinished character at the end of the file' : `the bytes ${bad}`;
    return { text, failure: { code: 'TMX_INVALID_ENCODING', message: `Expected UTF-8 text, found ${what}.` } };
  }
}

function sniffEncoding(head: Uint8Array): { encoding: string } | DecodeFailure {
  const [b0, b1, b2, b3] = head;
  if ((b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) || (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00)) {
    return { code: 'TMX_UNSUPPORTED_ENCODING', message: 'Expected UTF-8 or UTF-16, found a UTF-32 byte-order mark.' };
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be' };
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return { encoding: 'utf-16le' };
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return { encoding: 'utf-16be' };
  const start = new TextDecoder('latin1').decode(head.subarray(0, DECLARATION_WINDOW_BYTES));
  const declared = DECLARED_ENCODING.exec(start)?.[1]?.toLowerCase();
  if (declared === undefined || declared === 'utf-8' || declared === 'utf8') return { encoding: 'utf-8' };
  if (declared.startsWith('utf-16') || declared.startsWith('ucs-2') || declared.startsWith('utf-32')) {
    return { code: 'TMX_UNSUPPORTED_ENCODING', message: `Expected a byte-order mark for encoding="${declared}", found none (the bytes look ASCII-compatible).` };
  }
  return { encoding: declared };
}

function hasDeclarationEnd(head: Uint8Array): boolean {
  if (head.length < 4) return false;
  if (head[0] !== 0x3c || head[1] !== 0x3f) return true; // no declaration: nothing to wait for
  return head.includes(0x3e);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The bytes at the end of `data` that begin a UTF-8 character not finished yet. */
function unfinishedUtf8Tail(data: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const byte = data[data.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? data.slice(data.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}
