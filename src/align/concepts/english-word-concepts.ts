/**
 * The concept keys of one English word: its stem, or its number value. Used for
 * the words of English sentences and for the words of CC-CEDICT glosses alike,
 * so the two meet on the same keys.
 */
import { DIGIT_NUMBER } from '../align-patterns';
import { ENGLISH_NUMBER_WORDS } from './english-number-words';
import { stemEnglish } from './stem-english';

/**
 * Concept key of a number value: `#20`.
 * @example numberConcept(20) //=> '#20'
 */
export function numberConcept(value: number): string {
  return `#${value}`;
}

/**
 * Concept keys of one English word (lower case given, original `word` kept for
 * the capital that marks month names). Numbers give `#value`; ordinals and
 * number words give their value and their stem ("first" is also 首先).
 * @example englishWordConcepts('15th') //=> ['#15']
 * @example englishWordConcepts('November') //=> ['#11', 'november']
 * @example englishWordConcepts('walked') //=> ['walk']
 */
export function englishWordConcepts(word: string): string[] {
  const lower = word.toLowerCase();
  const digits = DIGIT_NUMBER.exec(lower);
  if (digits?.[1] !== undefined) return [numberConcept(Number(digits[1].replaceAll(',', '')))];
  const stem = stemEnglish(lower);
  const first = word[0] ?? '';
  if (first !== lower[0]) {
    const month = ENGLISH_NUMBER_WORDS.get(`month:${lower}`);
    if (month !== undefined) return [numberConcept(month), stem];
  }
  const value = ENGLISH_NUMBER_WORDS.get(lower);
  return value === undefined ? [stem] : [numberConcept(value), stem];
}
