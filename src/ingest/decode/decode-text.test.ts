import { describe, expect, it } from 'vitest';
import { IngestError } from '../../errors';
import { decodeText } from './decode-text';
import { findInvalidUtf8 } from './find-invalid-utf8';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16 = (text: string, order: 'le' | 'be'): Uint8Array => {
  const bytes = [order === 'le' ? 0xff : 0xfe, order === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(bytes);
};
/** The error decodeText throws, for assertions on code and place. */
const failure = (bytes: Uint8Array): IngestError => {
  try {
    decodeText(bytes, 'in.txt');
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('decodeText did not throw');
};

describe('decodeText', () => {
  const sample = 'The forum 論壇 𠮶\r\nline two\n';

  it('decodes UTF-8 with and without a BOM, keeping CRLF', () => {
    expect(decodeText(utf8(sample), 'a.txt')).toBe(sample);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]), 'a.txt')).toBe(sample);
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(utf16(sample, 'le'), 'a.txt')).toBe(sample);
    expect(decodeText(utf16(sample, 'be'), 'a.txt')).toBe(sample);
  });

  it('rejects empty and whitespace-only input', () => {
    expect(failure(new Uint8Array()).code).toBe('INGEST_EMPTY_INPUT');
    expect(failure(utf8(' \r\n\t\u3000\n')).code).toBe('INGEST_EMPTY_INPUT');
    expect(failure(new Uint8Array([0xef, 0xbb, 0xbf])).code).toBe('INGEST_EMPTY_INPUT');
  });

  it('rejects binary input at the first NUL byte', () => {
    const error = failure(utf8('ab\ncd\u0000e'));
    expect(error).toMatchObject({ code: 'INGEST_BINARY_INPUT', file: 'in.txt', place: { line: 2, column: 3, offset: 5 } });
    expect(failure(utf8('%PDF-1.7\n...')).code).toBe('INGEST_BINARY_INPUT');
    expect(failure(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14])).code).toBe('INGEST_BINARY_INPUT');
  });

  it('suggests UTF-16 only when the NUL bytes sit on one side of each byte pair', () => {
    const utf16WithoutBom = utf16('The forum opened.', 'le').subarray(2);
    expect(failure(utf16WithoutBom).message).toMatch(/UTF-16 without a byte-order mark/u);
    // Binary data (here an executable-like header) has NULs on both sides: no UTF-16 hint.
    const binary = new Uint8Array([0x01, 0x00, 0x00, 0x00, 0x02, 0x00, 0x3e, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00]);
    expect(failure(binary).message).not.toMatch(/UTF-16/u);
    expect(failure(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01])).message).toMatch(/executable/u);
  });

  it('rejects invalid UTF-8 at the first bad byte, counting columns in characters', () => {
    const bytes = new Uint8Array([...utf8('ok\n論壇'), 0xc0, 0xaf, ...utf8('x')]);
    expect(failure(bytes)).toMatchObject({ code: 'INGEST_INVALID_ENCODING', place: { line: 2, column: 3, offset: 5 } });
  });

  it('decodes Big5 and GB18030 Chinese, and says which', () => {
    const seen: string[] = [];
    const onIssue = (issue: { code: string; message: string }): void => {
      seen.push(`${issue.code} ${/as (\S+),/u.exec(issue.message)?.[1] ?? '?'}`);
    };
    // 論壇在重慶舉行。 in Big5, and 论坛在重庆举行。 in GB18030 (bytes from iconv).
    const big5 = Uint8Array.of(0xbd, 0xd7, 0xbe, 0xc2, 0xa6, 0x62, 0xad, 0xab, 0xbc, 0x79, 0xc1, 0x7c, 0xa6, 0xe6, 0xa1, 0x43);
    const gb = Uint8Array.of(0xc2, 0xdb, 0xcc, 0xb3, 0xd4, 0xda, 0xd6, 0xd8, 0xc7, 0xec, 0xbe, 0xd9, 0xd0, 0xd0, 0xa1, 0xa3);
    expect(decodeText(big5, 'a.txt', { onIssue })).toBe('論壇在重慶舉行。');
    expect(decodeText(gb, 'b.txt', { onIssue })).toBe('论坛在重庆举行。');
    expect(seen).toEqual(['INGEST_LEGACY_ENCODING Big5', 'INGEST_LEGACY_ENCODING GB18030']);
  });

  it('refuses bytes that are no Chinese reading either (Latin-1 French), without suggesting a wrong conversion', () => {
    const latin1 = Uint8Array.from([...utf8('Le forum: '), 0xe9, 0x74, 0xe9, 0x20, 0x32, 0x30, 0x32, 0x32]);
    expect(failure(latin1)).toMatchObject({ code: 'INGEST_INVALID_ENCODING', place: { line: 1, column: 11 } });
    expect(failure(latin1).message).not.toMatch(/iconv/u);
  });

  it('rejects broken UTF-16 and UTF-32', () => {
    expect(failure(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62])).code).toBe('INGEST_INVALID_ENCODING');
    expect(failure(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00])).place).toEqual({ line: 1, column: 2, offset: 1 });
    expect(failure(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00])).code).toBe('INGEST_INVALID_ENCODING');
  });
});

describe('findInvalidUtf8', () => {
  it('accepts well-formed text and rejects overlong forms, surrogates and truncation', () => {
    expect(findInvalidUtf8(utf8('a論𠮶'))).toBeUndefined();
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xe8, 0xab]))).toBe(1); // truncated
    expect(findInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
  });
});
