/**
 * Values of Chinese numerals: 二十 → 20, 三百零五 → 305, 一九八六 → 1986
 * (digit by digit, the usual way to write years), 两千 → 2000.
 */

const DIGITS: ReadonlyMap<string, number> = new Map([
  ['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4],
  ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);
const SMALL_UNITS: ReadonlyMap<string, number> = new Map([['十', 10], ['百', 100], ['千', 1000]]);

/**
 * Read a run of Chinese numeral characters (Simplified). Returns undefined when
 * the run is not a well-formed number (e.g. 十十).
 * @example parseChineseNumber('二十') //=> 20
 * @example parseChineseNumber('三百零五') //=> 305
 * @example parseChineseNumber('一九八六') //=> 1986
 * @example parseChineseNumber('两万三千') //=> 23000
 */
export function parseChineseNumber(run: string): number | undefined {
  if (run.length === 0) return undefined;
  const chars = Array.from(run);
  if (chars.length >= 2 && chars.every((c) => DIGITS.has(c))) {
    return Number(chars.map((c) => DIGITS.get(c)).join(''));
  }
  let yi = 0; // the part counted in 亿 (10^8)
  let wan = 0; // the part counted in 万 (10^4), below 亿
  let group = 0; // the part below 万
  let digit: number | undefined;
  for (const c of chars) {
    const d = DIGITS.get(c);
    if (d !== undefined) {
      if (digit !== undefined && d !== 0 && digit !== 0) return undefined; // 二三 without a unit
      digit = d;
      continue;
    }
    const small = SMALL_UNITS.get(c);
    if (small !== undefined) {
      group += (digit ?? 1) * small;
      digit = undefined;
    } else if (c === '万') {
      wan += (group + (digit ?? (group === 0 ? 1 : 0))) * 1e4;
      group = 0;
      digit = undefined;
    } else if (c === '亿') {
      yi = (yi + wan + group + (digit ?? (wan + group === 0 ? 1 : 0))) * 1e8;
      wan = 0;
      group = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return yi + wan + group + (digit ?? 0);
}
