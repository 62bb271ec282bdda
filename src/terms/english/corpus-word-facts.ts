/**
 * What the corpus and the dictionary say about English words: which are
 * common words (used in lower case somewhere), which are adjectives of
 * countries, which acronyms stand for common nouns.
 */
import type { TranslationUnit } from '../../types';
import type { TermDictionary } from '../dictionary/term-dictionary';
import type { EnglishWordFacts } from './classify-tokens';

/**
 * A word in lower case that does not start a sentence: evidence that the word
 * is common ("national" in "the national team").
 */
const LOWER_CASE_WORD = /(?<=[\p{L}\p{N},;]\s+)\p{Ll}[\p{L}'’-]*/gu;

/**
 * The word facts of a corpus.
 */
export function corpusWordFacts(units: readonly TranslationUnit[], dictionary: TermDictionary): EnglishWordFacts {
  const lowerCase = new Set<string>();
  for (const unit of units) for (const match of unit.en.matchAll(LOWER_CASE_WORD)) lowerCase.add(match[0].toLowerCase().replace(/['’]s?$/u, ''));
  return {
    isCommon: (word) => lowerCase.has(word) || dictionary.isCommonEnglish(word),
    isDemonym: (word) => dictionary.isDemonym(word),
    isCommonAcronym: (acronym) => dictionary.isCommonAcronym(acronym),
    isKnownName: (word) => dictionary.isKnownName(word),
  };
}
