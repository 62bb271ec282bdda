/**
 * One translation unit, analyzed once for term extraction: the English words
 * classified and the English candidates; the Simplified view of the Chinese
 * (analysis runs on it, outputs slice the original), the dictionary words in
 * it, and the Latin words it keeps ("AUKUS", "HBO").
 */
import { simplifiedView } from '../../chinese/simplified-view';
import { identityOffsetMap } from '../../offset-map';
import { tokenizeEnglish, type Token } from '../../segment/tokens/tokenize-english';
import type { OffsetMap, TranslationUnit } from '../../types';
import type { DictionaryWord, TermDictionary } from '../dictionary/term-dictionary';
import { classifyTokens, type ClassifiedToken, type EnglishWordFacts } from '../english/classify-tokens';
import { POST_NOUNS } from '../english/english-term-words';
import { findEnglishCandidates, type EnglishCandidate } from '../english/find-english-candidates';

/** A dictionary word found in the Simplified view. */
export interface DictionaryHit {
  /** UTF-16 offsets [start, end) in the Simplified view. */
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly entry: DictionaryWord;
}

/** A unit, analyzed. Chinese offsets are in the Simplified view `hans` unless named otherwise. */
export interface TermUnit {
  /** Position of the unit in the input list. */
  readonly index: number;
  readonly unit: TranslationUnit;
  readonly tokens: readonly ClassifiedToken[];
  readonly candidates: readonly EnglishCandidate[];
  /** Simplified view of `unit.zh`. */
  readonly hans: string;
  readonly hansOffsets: OffsetMap;
  /** Every dictionary word at every position, by start then length. */
  readonly hits: readonly DictionaryHit[];
  /** Latin words and numbers inside the Chinese text. */
  readonly latin: readonly Token[];
}

/** Longest dictionary word tried, in UTF-16 code units. */
const MAX_WORD_LENGTH = 24;

/**
 * Analyze one unit. `simplified`: the corpus is known to be Simplified, so
 * the view is the text itself.
 */
export function analyzeTermUnit(unit: TranslationUnit, index: number, dictionary: TermDictionary, facts: EnglishWordFacts, simplified = false): TermUnit {
  const tokens = classifyTokens(unit.en, splitCompoundNames(tokenizeEnglish(unit.en)), facts);
  // Simplified text is analyzed as it is: converting it again is not a no-op (OpenCC reads 坏 as Traditional 坯).
  const view = simplified ? { text: unit.zh, offsets: identityOffsetMap() } : simplifiedView(unit.zh);
  return {
    index,
    unit,
    tokens,
    candidates: findEnglishCandidates(unit.en, tokens),
    hans: view.text,
    hansOffsets: view.offsets,
    hits: findDictionaryHits(view.text, dictionary),
    latin: tokenizeEnglish(view.text),
  };
}

/**
 * Hyphenated names split into their names: "Dallas-Washington" and
 * "China-Belarus" join two names, "Walicka-Maimone" is a double name whose
 * parts the Chinese renders one by one. Only where a capital follows the
 * hyphen after a capitalised part ("Boulogne-sur-Mer" stays whole).
 */
function splitCompoundNames(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    // Posts stay whole: "Director-General", "Consul-General", "Secretary-General".
    if (!/^\p{Lu}[\p{L}'’]*-\p{Lu}/u.test(token.text) || POST_NOUNS.has(token.text.toLowerCase()) || token.text.split('-').some((part) => POST_NOUNS.has(part.toLowerCase()))) {
      out.push(token);
      continue;
    }
    let from = 0;
    for (const match of token.text.matchAll(/(?<=\p{L})-(?=\p{Lu})/gu)) {
      out.push({ text: token.text.slice(from, match.index), span: { start: token.span.start + from, end: token.span.start + match.index } });
      from = match.index + 1;
    }
    out.push({ text: token.text.slice(from), span: { start: token.span.start + from, end: token.span.end } });
  }
  return out;
}

/** Every dictionary word of the text, wherever it starts (all of them, not one segmentation). */
function findDictionaryHits(hans: string, dictionary: TermDictionary): DictionaryHit[] {
  const hits: DictionaryHit[] = [];
  for (let start = 0; start < hans.length; start++) {
    const code = hans.charCodeAt(start);
    // Han characters only start words (the BMP's CJK blocks and surrogates for the extensions).
    if (code < 0x2e80) continue;
    for (let end = start + 1; end <= hans.length && end - start <= MAX_WORD_LENGTH; end++) {
      const word = hans.slice(start, end);
      const entry = dictionary.lookup(word);
      if (entry !== undefined) hits.push({ start, end, word, entry });
      if (!dictionary.hasLongerWord(word)) break;
    }
  }
  return hits;
}
