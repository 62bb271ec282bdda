/** Many strings stored as one UTF-8 byte array and their end offsets: compact, and decoded one at a time. */

/** `bytes[ends[i - 1] ?? 0, ends[i])` is the UTF-8 of string i. */
export interface StringColumn {
  readonly bytes: Uint8Array;
  readonly ends: Uint32Array;
}

/** Encode `count` strings (`textOf(i)`) into a column. */
export function encodeStringColumn(count: number, textOf: (index: number) => string): StringColumn {
  const encoder = new TextEncoder();
  const ends = new Uint32Array(count);
  let bytes = new Uint8Array(Math.max(64, count * 32));
  let length = 0;
  for (let i = 0; i < count; i++) {
    const text = textOf(i);
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (length + text.length * 3 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, length + text.length * 3));
      grown.set(bytes.subarray(0, length));
      bytes = grown;
    }
    length += encoder.encodeInto(text, bytes.subarray(length)).written;
    if (length > 0xffffffff) throw new RangeError('A string column exceeds 4 GiB; the index file cannot hold it');
    ends[i] = length;
  }
  return { bytes: bytes.subarray(0, length), ends };
}

const decoder = new TextDecoder();

/** String `index` of a column. */
export function stringAt(column: StringColumn, index: number): string {
  const start = index > 0 ? (column.ends[index - 1] ?? 0) : 0;
  return decoder.decode(column.bytes.subarray(start, column.ends[index] ?? start));
}
