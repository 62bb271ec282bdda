/** The language of a whole text: which file of two is the English one, and is a file in the language it should be. */
import type { Lang } from '../../types';
import { countScripts, LATIN_LETTERS_PER_HAN } from './count-scripts';

/** Pinyin notes glued after Han characters: Latin letters that are not English. */
const GLUED_NOTE = /(?<=\p{Script=Han})[(（]\p{Script=Latin}{1,7}[)）]/gu;

/**
 * Below this share of the text the other language counts as quotations
 * ("COVID-19" in Chinese, "重慶" in English), not as a second language.
 * A judgment call: the seed's monolingual lines stay under 5%.
 */
export const MIXED_TEXT_SHARE = 0.2;

/**
 * `en` or `zh` when one language dominates the text, `mixed` when each has at
 * least {@link MIXED_TEXT_SHARE} of it (Latin letters weighed against Han
 * characters), `undefined` when it has neither.
 * @example detectTextLanguage('The forum was held online.') //=> 'en'
 * @example detectTextLanguage('論壇以線上形式成功舉行。 The forum was held online.') //=> 'mixed'
 */
export function detectTextLanguage(text: string): Lang | 'mixed' | undefined {
  const plain = text.replace(GLUED_NOTE, '');
  const counts = countScripts(plain, { start: 0, end: plain.length });
  const en = counts.latinLetters / LATIN_LETTERS_PER_HAN;
  const zh = counts.han;
  if (en + zh === 0) return undefined;
  if (Math.min(en, zh) >= MIXED_TEXT_SHARE * (en + zh)) return 'mixed';
  return en > zh ? 'en' : 'zh';
}
