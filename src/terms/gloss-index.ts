/**
 * English words of CC-CEDICT glosses, by Simplified headword, stemmed: the
 * bridge that lets an English term's words be found in a Chinese phrase
 * (重庆市政府外办 holds 外办 "foreign affairs office", 市政府 "city government").
 */
import type { Lexicon } from '../lexicon/lexicon';
import { stemEnglish } from './english-stem';

/** Gloss words of the lexicon, looked up by Simplified word. */
export interface GlossIndex {
  /**
   * Stems of the English words in the word's glosses, plus hyphen-joined
   * neighbours ("consul general" also gives `consul-general`); undefined when
   * the word is not in the lexicon or has only grammatical glosses.
   */
  stemsOf(simplifiedWord: string): ReadonlySet<string> | undefined;
  /** The content-word stems of each gloss separately (for judging how much of a gloss a term uses). */
  glossesOf(simplifiedWord: string): readonly (readonly string[])[];
  /**
   * Lower-case proper names a gloss starts with: "Minsk, capital of Belarus"
   * gives `minsk`, "San Francisco, California" gives `san francisco`.
   */
  namesOf(simplifiedWord: string): ReadonlySet<string>;
  /**
   * Lower-case capitalised words any gloss starts with, even when more follows
   * ("Chongqing municipality" gives `chongqing`, "Monday" gives `monday`).
   */
  leadingNamesOf(simplifiedWord: string): ReadonlySet<string>;
  /** Longest headword to try, in UTF-16 code units. */
  readonly maxWordLength: number;
}

/**
 * Glosses that carry no translation: surnames (names are matched by pinyin
 * instead), variants, cross references, classifiers, abbreviation notes.
 * @example GLOSS_WITHOUT_MEANING.test('surname Wang') //=> true
 * @example GLOSS_WITHOUT_MEANING.test('foreign affairs office') //=> false
 */
export const GLOSS_WITHOUT_MEANING: RegExp = /^(?:surname |variant of |old variant of |see |CL:|abbr\. for |used in |also written |Japanese variant )/u;

/**
 * Words of a gloss: letters with inner hyphens or apostrophes.
 * @example 'vice-president (of a university)'.match(GLOSS_WORD)?.[0] //=> 'vice-president'
 */
export const GLOSS_WORD: RegExp = /\p{L}+(?:[-'’]\p{L}+)*/gu;

/** Gloss words too common to say anything about a match. */
const GLOSS_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'at', 'by', 'with', 'from', 'as', 'etc', 'e', 'g',
  'abbr', 'lit', 'fig', 'one', 'sb', 'sth', 'its', 'be', 'is', 'also', 'used', 'esp', 'pr', 'cl', 'name',
]);

/** Longest headword tried: Chinese organisation words rarely exceed eight characters. */
const MAX_WORD_LENGTH = 8;

/**
 * Build the gloss index over a loaded lexicon. Stems are computed on first
 * lookup of each word and cached.
 * @example
 * createGlossIndex(parseLexicon('外办\t外辦\twai4 ban4\tforeign affairs office')).stemsOf('外办')
 * //=> Set {'foreign', 'foreign-affair', 'affair', 'affair-offic', 'offic'}
 */
export function createGlossIndex(lexicon: Lexicon): GlossIndex {
  const cache = new Map<string, Analysed>();
  const analyse = (word: string): Analysed => {
    let analysed = cache.get(word);
    if (analysed === undefined) {
      analysed = analyseWord(lexicon, word);
      cache.set(word, analysed);
    }
    return analysed;
  };
  return {
    maxWordLength: Math.min(MAX_WORD_LENGTH, lexicon.maxWordLength),
    stemsOf: (word) => analyse(word).stems,
    glossesOf: (word) => analyse(word).glosses,
    namesOf: (word) => analyse(word).names,
    leadingNamesOf: (word) => analyse(word).leading,
  };
}

interface Analysed {
  readonly stems: ReadonlySet<string> | undefined;
  readonly glosses: readonly (readonly string[])[];
  readonly names: ReadonlySet<string>;
  readonly leading: ReadonlySet<string>;
}

/**
 * A proper name that is the whole gloss or its head: capitalised words up to
 * the end, a comma or a bracket ("Hong Kong … and Macao" is not one).
 * @example 'Minsk, capital of Belarus'.match(GLOSS_LEADING_NAME)?.[0] //=> 'Minsk'
 * @example GLOSS_LEADING_NAME.test('Fengjie county in Chongqing') //=> false
 */
export const GLOSS_LEADING_NAME: RegExp = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*(?=$|\s*[,;(])/u;

/**
 * Capitalised words at the start of a gloss, whatever follows.
 * @example 'Chongqing municipality'.match(GLOSS_CAPITALISED_START)?.[0] //=> 'Chongqing'
 */
export const GLOSS_CAPITALISED_START: RegExp = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/u;

/**
 * A gloss that says the word abbreviates a name: the name is captured.
 * @example ABBREVIATION_OF_NAME.exec('abbr. for Sichuan Province 四川[Si4 chuan1] in southwest China')?.[1] //=> 'Sichuan Province'
 * @example ABBREVIATION_OF_NAME.test('abbr. for 管理委員會|管理委员会[guan3 li3 wei3 yuan2 hui4]') //=> false
 */
export const ABBREVIATION_OF_NAME: RegExp = /^(?:abbr\. for|short name for) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)/u;

function analyseWord(lexicon: Lexicon, word: string): Analysed {
  const stems = new Set<string>();
  const glosses: string[][] = [];
  const names = new Set<string>();
  const leading = new Set<string>();
  for (const entry of lexicon.bySimplified.get(word) ?? []) {
    for (const raw of entry.glosses) {
      // "abbr. for Sichuan Province 四川[…] in …", "short name for Chongqing 重庆[…]": the name is the meaning.
      const gloss = ABBREVIATION_OF_NAME.exec(raw)?.[1] ?? raw;
      if (GLOSS_WITHOUT_MEANING.test(gloss)) continue;
      const name = GLOSS_LEADING_NAME.exec(gloss)?.[0];
      if (name) names.add(name.toLowerCase());
      const lead = GLOSS_CAPITALISED_START.exec(gloss)?.[0];
      if (lead) leading.add(lead.toLowerCase());
      // Drop explanations in brackets ("secretary (chief official of a branch of a … party)"):
      // they describe, they do not translate. Then pinyin and Han cross references.
      const plain = gloss
        .replace(/\([^()]*\)/gu, ' ')
        // eslint-disable-next-line regexp/no-super-linear-backtracking -- runs on one gloss of the pinned CC-CEDICT extract (short, trusted data), never on user text
        .replace(/[^\s()]*\[[^\]]*\][^\s()]*/gu, ' ')
        .replace(/\p{Script=Han}+/gu, ' ');
      const words = (plain.match(GLOSS_WORD) ?? []).filter((w) => !GLOSS_STOPWORDS.has(w.toLowerCase()));
      const wordStems = words.map(stemEnglish);
      if (wordStems.length > 0) glosses.push(wordStems);
      for (const [i, stem] of wordStems.entries()) {
        stems.add(stem);
        for (const part of stem.split('-')) if (part.length > 0) stems.add(part);
        const next = wordStems[i + 1];
        if (next !== undefined) stems.add(`${stem}-${next}`);
      }
    }
  }
  return { stems: stems.size > 0 ? stems : undefined, glosses, names, leading };
}
