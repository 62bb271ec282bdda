/**
 * Find a romanised name in Chinese text by pinyin: "Wang Wen" ↔ 王雯,
 * "Wanzhou" ↔ 万州, "Ailigeng Yimingbahai" ↔ 艾力更·依明巴海, and, one letter
 * off in a final syllable, "Cheng Wendy" ↔ 程文迪.
 */
import { distance as levenshtein } from 'fastest-levenshtein';
import { HAN_CHAR } from '../../chinese/han-patterns';
import { latinKey, type ReadingsOf } from './pinyin-key';
import { NAME_SEPARATORS } from './transliteration-chars';

/** A place in the Simplified text whose readings spell the name. */
export interface PinyinMatch {
  /** UTF-16 offsets [start, end) in the Simplified text. */
  readonly start: number;
  readonly end: number;
  /** Number of Han characters matched. */
  readonly syllables: number;
  /** Letters that differ (0 = exact; at most 1, in one final syllable of a word). */
  readonly distance: number;
  /** True when the words matched in reverse order (a given name written first). */
  readonly reversed: boolean;
}

/** Options of {@link matchPinyin}. */
export interface MatchPinyinOptions {
  /** Allow one letter off in the last syllable of one word ("Wendy" ~ wendi). Default true. */
  readonly approximate?: boolean;
  /** Also try the words in reverse order. Default true. */
  readonly reversed?: boolean;
}

/** A final syllable may be one letter off only when both are at least this long (di ~ dy). */
const MIN_APPROXIMATE_SYLLABLE = 2;

/**
 * Every place in `simplified` where the Han characters read as `words`, in
 * order (or reversed), optionally with a name separator (·) between words.
 * @example
 * matchPinyin(['Wang', 'Wen'], '外办主任王雯和', createReadings()).map((m) => [m.start, m.end])
 * //=> [[4, 6]]
 */
export function matchPinyin(
  words: readonly string[],
  simplified: string,
  readings: ReadingsOf,
  options: MatchPinyinOptions = {},
): PinyinMatch[] {
  const keys = words.map(latinKey).filter((k) => k.length > 0);
  if (keys.length === 0) return [];
  const chars = Array.from(simplified);
  const offsets: number[] = [];
  let offset = 0;
  for (const char of chars) {
    offsets.push(offset);
    offset += char.length;
  }
  offsets.push(offset);
  const orders: (readonly string[])[] = [keys];
  if (options.reversed !== false && keys.length > 1) orders.push([...keys].reverse());
  const matches: PinyinMatch[] = [];
  for (const [orderIndex, order] of orders.entries()) {
    for (const [c, char] of chars.entries()) {
      if (!HAN_CHAR.test(char)) continue;
      for (const end of matchWords(order, 0, chars, c, readings, options.approximate !== false ? 1 : 0)) {
        matches.push({
          start: offsetOf(offsets, c),
          end: offsetOf(offsets, end.char),
          syllables: end.syllables,
          distance: end.distance,
          reversed: orderIndex === 1,
        });
      }
    }
  }
  return matches;
}

/** The UTF-16 offset of character `c`; `offsets` has one for every character and one for the end. */
function offsetOf(offsets: readonly number[], c: number): number {
  const offset = offsets[c];
  if (offset === undefined) throw new Error(`No offset for character ${c} of ${offsets.length - 1}.`);
  return offset;
}

interface MatchEnd {
  readonly char: number;
  readonly syllables: number;
  readonly distance: number;
}

function* matchWords(
  keys: readonly string[],
  k: number,
  chars: readonly string[],
  c: number,
  readings: ReadingsOf,
  budget: number,
): Generator<MatchEnd> {
  const key = keys[k];
  if (key === undefined) {
    yield { char: c, syllables: 0, distance: 0 };
    return;
  }
  for (const word of matchKey(key, 0, chars, c, readings, budget, 0)) {
    let next = word.char;
    if (k + 1 < keys.length && NAME_SEPARATORS.has(chars[next] ?? '')) next++;
    for (const rest of matchWords(keys, k + 1, chars, next, readings, budget - word.distance)) {
      yield { char: rest.char, syllables: word.syllables + rest.syllables, distance: word.distance + rest.distance };
    }
  }
}

/** Spell `key` from position `p` with the readings of characters from `c` on. */
function* matchKey(
  key: string,
  p: number,
  chars: readonly string[],
  c: number,
  readings: ReadingsOf,
  budget: number,
  matched: number,
): Generator<MatchEnd> {
  if (p === key.length) {
    if (matched > 0) yield { char: c, syllables: matched, distance: 0 };
    return;
  }
  const char = chars[c];
  if (char === undefined || !HAN_CHAR.test(char)) return;
  const rest = key.slice(p);
  for (const reading of readings(char)) {
    if (rest.startsWith(reading)) {
      yield* matchKey(key, p + reading.length, chars, c + 1, readings, budget, matched + 1);
    } else if (
      budget > 0 &&
      matched > 0 &&
      rest.length >= MIN_APPROXIMATE_SYLLABLE &&
      reading.length >= MIN_APPROXIMATE_SYLLABLE &&
      Math.abs(rest.length - reading.length) <= 1 &&
      levenshtein(rest, reading) === 1
    ) {
      // The word's last syllable, one letter off: "Wendy" read against 迪 di.
      yield { char: c + 1, syllables: matched + 1, distance: 1 };
    }
  }
}
