/**
 * Length of the longest prefix of `bytes` that is well-formed UTF-8 (Unicode
 * 15, table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF; a
 * sequence cut by the end is ill-formed), that is the index of the first byte
 * of the first ill-formed sequence, or `bytes.length`. Shared by the input
 * reader (which says where a file stops being UTF-8) and the TMX byte decoder.
 * @example validUtf8Length(new Uint8Array([0x61, 0xe4, 0xb8, 0xad, 0xff])) //=> 4
 */
export function validUtf8Length(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range depends on the lead byte; the others are plain continuation bytes.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return i;
}
