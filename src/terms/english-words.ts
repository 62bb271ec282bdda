/**
 * The content words of an English term, prepared for matching against
 * Chinese: connectors dropped, hyphenated words kept whole and by parts,
 * acronyms expanded when the corpus defines them.
 */
import type { Token } from '../segment/tokenize-english';
import { ENGLISH_NAME_CONNECTORS } from './english-head-words';
import { stemEnglish } from './english-stem';

/** One content word of an English term. */
export interface EnglishWord {
  /** Index of the token in the candidate's tokens. */
  readonly token: number;
  readonly text: string;
  /** Stem of the whole word; hyphenated words join their parts' stems with `-`. */
  readonly stem: string;
  /** Stems of the hyphen parts (one element for a plain word). */
  readonly parts: readonly string[];
  /** True for a capitalised word, which may be a name matched by sound. */
  readonly proper: boolean;
}

/** Words that carry no content in a name ("Office of the …"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...ENGLISH_NAME_CONNECTORS, 'a', 'an']);

/** Company abbreviations read as the words a dictionary glosses. */
const ABBREVIATION_WORDS: Readonly<Record<string, string>> = {
  'Co.': 'company', 'Ltd.': 'limited', Ltd: 'limited', LTD: 'limited', 'LTD.': 'limited', 'Inc.': 'incorporated', 'Corp.': 'corporation',
};

/**
 * Content words of a candidate's tokens (from `from` to `to`, token indices).
 * @example contentWords(tokenizeEnglish('Office of the Consul-General')).map((w) => w.stem)
 * //=> ['offic', 'consul-gener']
 */
export function contentWords(tokens: readonly Token[], from: number = 0, to: number = tokens.length): EnglishWord[] {
  const words: EnglishWord[] = [];
  for (const [k, token] of tokens.slice(from, to).entries()) {
    const i = from + k;
    if (FUNCTION_WORDS.has(token.text.toLowerCase())) continue;
    const text = ABBREVIATION_WORDS[token.text] ?? token.text;
    const parts = text.split(/[-‐‑]/u).filter((p) => p.length > 0).map(stemEnglish);
    words.push({ token: i, text: token.text, stem: parts.join('-'), parts, proper: /^\p{Lu}\p{Ll}/u.test(token.text) });
  }
  return words;
}

/**
 * Read each acronym the corpus defines as the words it stands for, kept as
 * one word whose parts are those words: "CPC" is half explained by 党 (party)
 * and fully by 中国共产党. ("FAO" → Foreign Affairs Office, "HKSAR" → Hong
 * Kong Special Administrative Region.)
 * @example expandAcronyms(words, new Map([['FAO', ['Foreign', 'Affairs', 'Office']]])).map((w) => w.parts)
 * //=> [['chongq'], ['foreign', 'affair', 'offic']]
 */
export function expandAcronyms(words: readonly EnglishWord[], acronyms: ReadonlyMap<string, readonly string[]>): EnglishWord[] {
  return words.map((word) => {
    const expansion = acronyms.get(word.text);
    if (!expansion) return word;
    const parts = contentWords(expansion.map((text) => ({ text, span: { start: 0, end: 0 } }))).flatMap((w) => w.parts);
    return { ...word, stem: parts.join('-'), parts };
  });
}
