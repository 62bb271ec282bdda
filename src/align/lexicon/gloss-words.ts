/**
 * The translation words of a CC-CEDICT gloss: the content words of its senses,
 * without remarks, cross-references, meta senses ("variant of …") or long
 * explanations.
 */
import { ALIGN_WORD } from '../../segment/tokens/tokenize-english';
import { GLOSS_CROSS_REFERENCE, GLOSS_META_SENSE, GLOSS_PARENTHETICAL } from '../align-patterns';
import { ENGLISH_STOP_WORDS } from '../concepts/english-stop-words';

/**
 * Senses with more content words than this are explanations ("a semantically
 * light, transitive verb that …"), not translations, and are skipped. Chosen by
 * reading CC-CEDICT: real translations rarely exceed three content words.
 */
export const MAX_SENSE_CONTENT_WORDS = 4;

/**
 * Lower-case content words of one CC-CEDICT gloss (one `/`-separated part).
 * Senses are separated by `;`; each is cleaned and kept only when it is short.
 * @example glossWords('to speak; to talk; to say') //=> ['speak', 'talk', 'say']
 * @example glossWords('variant of 說|说[shuo1]') //=> []
 * @example glossWords('(of eyes) bright') //=> ['bright']
 */
export function glossWords(gloss: string): string[] {
  if (GLOSS_META_SENSE.test(gloss)) return [];
  const words: string[] = [];
  for (const sense of gloss.split(';')) {
    if (GLOSS_META_SENSE.test(sense)) continue;
    let text = sense.replace(GLOSS_CROSS_REFERENCE, ' ');
    // Nested parentheses: remove the innermost first, until none is left.
    for (let previous = ''; previous !== text; ) {
      previous = text;
      text = text.replace(GLOSS_PARENTHETICAL, ' ');
    }
    const content = (text.match(ALIGN_WORD) ?? [])
      .map((w) => w.toLowerCase())
      .filter((w) => !ENGLISH_STOP_WORDS.has(w));
    if (content.length > MAX_SENSE_CONTENT_WORDS) continue;
    for (const word of content) words.push(word);
  }
  return words;
}
