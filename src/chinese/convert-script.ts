/**
 * Traditional ↔ Simplified conversion (opencc-js). OpenCC maps code point to
 * code point, so a converted text has as many code points as its input; only
 * the UTF-16 length can change (a BMP character becoming an astral one).
 */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

let toSimplifiedConverter: Convert | undefined;
let toTraditionalConverter: Convert | undefined;

/**
 * Convert Traditional (Taiwan and Hong Kong variants included) to mainland Simplified.
 * Simplified input comes back unchanged.
 * @example toSimplified('重慶市政府外辦') //=> '重庆市政府外办'
 */
export function toSimplified(text: string): string {
  // Converters are built on first use (a few ms), not at import time.
  toSimplifiedConverter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toSimplifiedConverter(text);
}

/**
 * Convert Simplified to Traditional (Taiwan standard characters).
 * @example toTraditional('重庆市政府外办') //=> '重慶市政府外辦'
 */
export function toTraditional(text: string): string {
  toTraditionalConverter ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return toTraditionalConverter(text);
}
