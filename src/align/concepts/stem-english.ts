/**
 * A light English stemmer: enough to meet CC-CEDICT's base-form glosses
 * ("said" → "say", "walked" and "walking" → "walk", "cities" → "citi" like
 * "city"). Both sides of a comparison go through it, so a stem only has to be
 * consistent, not a real word. Simpler than Porter's: over-conflation only adds
 * a little noise, which the aligner's per-word chance-match estimate absorbs.
 */
import { ENGLISH_IRREGULAR_FORMS } from './english-irregular-forms';

const VOWEL = /[aeiouy]/u;
/** Doubled final consonant left by -ed/-ing ("stopp" → "stop"), except l, s, z. */
const DOUBLED_CONSONANT = /([b-df-hjkmnp-rtv-y])\1$/u;

/**
 * Stem one lower-case English word.
 * @example stemEnglish('said') //=> 'say'
 * @example [stemEnglish('walked'), stemEnglish('walking'), stemEnglish('walks')] //=> ['walk', 'walk', 'walk']
 * @example [stemEnglish('cities'), stemEnglish('city')] //=> ['citi', 'citi']
 */
export function stemEnglish(word: string): string {
  let w = word.replace(/['’]s$/u, '');
  const irregular = ENGLISH_IRREGULAR_FORMS.get(w);
  if (irregular !== undefined) w = irregular;
  if (w.length <= 2) return w;
  w = stripInflection(w);
  if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2);
  if (w.endsWith('y') && w.length >= 4) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length >= 3) w = w.slice(0, -1);
  return w;
}

function stripInflection(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (/(?:x|ch|sh|z)es$/u.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && w.length >= 4 && !/(?:ss|us|is)$/u.test(w)) return w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('eed')) return w;
  if (w.endsWith('ed') && VOWEL.test(w.slice(0, -2)) && w.length >= 4) return undouble(w.slice(0, -2));
  if (w.endsWith('ing') && VOWEL.test(w.slice(0, -3)) && w.length >= 5) return undouble(w.slice(0, -3));
  return w;
}

function undouble(w: string): string {
  return DOUBLED_CONSONANT.test(w) ? w.slice(0, -1) : w;
}
