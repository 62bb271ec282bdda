/**
 * Transliteration characters for one corpus: the dictionary's, plus every
 * character the corpus itself writes next to a name separator (奥拉夫·肖尔茨
 * adds 肖, so 肖尔茨 alone is read as a whole name elsewhere in the corpus).
 */
import { NAME_SEPARATORS } from './transliteration-chars';

/**
 * Extend `base` with the characters next to name separators in `texts` (Simplified).
 * @example [...corpusNameChars(new Set(['尔', '茨']), ['奥拉夫·肖尔茨'])].includes('肖') //=> true
 */
export function corpusNameChars(base: ReadonlySet<string>, texts: readonly string[]): Set<string> {
  const chars = new Set(base);
  for (const text of texts) {
    for (let i = 1; i + 1 < text.length; i++) {
      if (!NAME_SEPARATORS.has(text.charAt(i))) continue;
      const before = text.charAt(i - 1);
      const after = text.charAt(i + 1);
      if (/\p{sc=Han}/u.test(before) && /\p{sc=Han}/u.test(after)) {
        chars.add(before);
        chars.add(after);
      }
    }
  }
  return chars;
}
