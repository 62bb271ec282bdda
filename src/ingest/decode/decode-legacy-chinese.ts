/**
 * Bytes that are not UTF-8 but Chinese text in one of the two legacy
 * encodings still common in files: GB18030 (and its subsets GBK and GB2312,
 * mainland) and Big5 (Taiwan, Hong Kong). Many byte strings decode without
 * error in both (GB18030 accepts almost any pair of bytes), so the decoding
 * is chosen by what it produces: real Chinese text is mostly common
 * characters, the wrong decoding mostly rare ones.
 *
 * "Common" is the union of GB2312 level 1 (the 3,755 most frequent
 * Simplified characters, rows 0xB0–0xD7) and Big5's frequently used
 * characters (5,401, 0xA440–0xC67E), built at first use from the encodings
 * themselves with TextDecoder, so no table is shipped.
 */

/** An encoding this module can decode. */
export type LegacyChineseEncoding = 'GB18030' | 'Big5';

/** A decoding that was chosen, and how sure it is. */
export interface LegacyDecoding {
  readonly encoding: LegacyChineseEncoding;
  readonly text: string;
  /** Share of the Han characters that are common (see the file comment), in [0, 1]. */
  readonly commonShare: number;
  /** Han characters in the text. */
  readonly hanCount: number;
}

/**
 * The share of common characters the chosen decoding must reach. Measured on
 * the seed's Chinese lines encoded both ways (iconv): the right decoding gives
 * 0.998–0.999; Big5 bytes read as GB18030 give 0.650, GB18030 bytes read as
 * Big5 fail.
 */
export const MIN_COMMON_SHARE = 0.8;

const WHATWG_LABELS: Readonly<Record<LegacyChineseEncoding, string>> = { GB18030: 'gb18030', Big5: 'big5' };
const HAN = /\p{Script=Han}/u;

let common: ReadonlySet<string> | undefined;

/**
 * Decode `bytes` as GB18030 or Big5, whichever gives Chinese text made of
 * common characters; undefined when neither does (or this Node lacks the
 * encodings).
 */
export function decodeLegacyChinese(bytes: Uint8Array): LegacyDecoding | undefined {
  let best: LegacyDecoding | undefined;
  for (const encoding of ['GB18030', 'Big5'] as const) {
    const text = decodeStrictly(bytes, encoding);
    if (text === undefined) continue;
    const { share, han } = commonShare(text);
    if (han > 0 && (best === undefined || share > best.commonShare)) best = { encoding, text, commonShare: share, hanCount: han };
  }
  return best !== undefined && best.commonShare >= MIN_COMMON_SHARE ? best : undefined;
}

function decodeStrictly(bytes: Uint8Array, encoding: LegacyChineseEncoding): string | undefined {
  try {
    return new TextDecoder(WHATWG_LABELS[encoding], { fatal: true }).decode(bytes);
  } catch {
    // Invalid in this encoding (or no ICU data for it in this Node).
    return undefined;
  }
}

/** Share of the Han characters of `text` that are common, and how many Han characters it has. */
function commonShare(text: string): { share: number; han: number } {
  const set = commonCharacters();
  let han = 0;
  let known = 0;
  for (const char of text) {
    if (!HAN.test(char)) continue;
    han++;
    if (set.has(char)) known++;
  }
  return { share: han === 0 ? 0 : known / han, han };
}

/** GB2312 level 1 and Big5's frequent characters, decoded once from their byte ranges. */
function commonCharacters(): ReadonlySet<string> {
  if (common !== undefined) return common;
  const gb: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) gb.push(lead, trail);
  const big5: number[] = [];
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if ((trail > 0x7e && trail < 0xa1) || (lead === 0xc6 && trail > 0x7e)) continue;
      big5.push(lead, trail);
    }
  }
  const set = new Set<string>();
  for (const [label, pairs] of [['gb18030', gb], ['big5', big5]] as const) {
    try {
      for (const char of new TextDecoder(label).decode(Uint8Array.from(pairs))) if (HAN.test(char)) set.add(char);
    } catch {
      // No ICU data for this encoding: nothing will decode in it either.
    }
  }
  common = set;
  return set;
}
