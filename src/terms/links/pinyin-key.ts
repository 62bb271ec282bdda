/**
 * Latin keys for comparing romanised names with Chinese characters: a name is
 * reduced to its letters, a character to its possible toneless readings.
 */
import { pinyinPro } from '../../chinese/pinyin';

/**
 * Lower-case ASCII letters of a romanised word: diacritics, apostrophes and
 * hyphens dropped, ü and v read as u ("Ba’nan" → "banan", "Lü" → "lu").
 * @example latinKey('Ba’nan') //=> 'banan'
 */
export function latinKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/gu, '').replace(/v/gu, 'u');
}

/**
 * Every toneless pinyin reading of one Simplified Han character (polyphones
 * give several: 重 → zhong, chong), with ü written u.
 */
export type ReadingsOf = (char: string) => readonly string[];

/**
 * A memoised {@link ReadingsOf} over pinyin-pro. Build one per extraction
 * run; the cache holds a few thousand characters at most.
 * @example createReadings()('重') //=> ['zhong', 'chong']
 */
export function createReadings(): ReadingsOf {
  const cache = new Map<string, readonly string[]>();
  return (char) => {
    let readings = cache.get(char);
    if (readings === undefined) {
      const raw = pinyinPro()(char, { toneType: 'none', type: 'array', multiple: true, v: true });
      readings = [...new Set(raw.map((r) => r.replace(/v/gu, 'u')).filter((r) => /^[a-z]+$/u.test(r)))];
      cache.set(char, readings);
    }
    return readings;
  };
}
