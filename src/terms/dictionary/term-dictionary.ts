/**
 * The lexicon as the terms stage reads it: for each Simplified Chinese word,
 * the English phrases that translate it, the stems of its gloss words, and
 * whether it is a proper noun (CC-CEDICT writes the pinyin of names with a
 * capital: 重庆 Chong2 qing4, 利比亚 Li4 bi3 ya4). Built once per lexicon and
 * shared by every extraction run that uses it.
 */
import type { Lexicon } from '../../lexicon/lexicon';
import { TRANSLITERATION_CHARS } from '../links/transliteration-chars';
import { abbreviatedWord, parseGloss, type GlossPhrase } from './parse-gloss';
import { phraseKey } from './phrase-key';
import { rootOf } from './root-of';
import { appendAll } from '../../append-all';

/** One Chinese word of the dictionary, read for term pairing. */
export interface DictionaryWord {
  readonly phrases: readonly GlossPhrase[];
  readonly stems: ReadonlySet<string>;
  /** Derivational roots of the gloss words (see `rootOf`). */
  readonly roots: ReadonlySet<string>;
  /** Some entry writes its pinyin with a capital: a name. */
  readonly proper: boolean;
  /** Some gloss names a person ("(name)", life years). */
  readonly person: boolean;
  /** Some entry is a surname. */
  readonly surname: boolean;
  /** Some proper gloss says it is a place ("Minsk, capital of Belarus", "Wanzhou district of Chongqing"). */
  readonly place: boolean;
}

/** Dictionary lookups for the terms stage. */
export interface TermDictionary {
  /** The word's reading, or undefined when the lexicon does not have it (or it translates nothing). */
  lookup(simplifiedWord: string): DictionaryWord | undefined;
  /** True when some headword starts with `prefix` (and is longer): keep extending a match. */
  hasLongerWord(prefix: string): boolean;
  /**
   * True for a common English word: the glosses use it in lower case, and no
   * gloss is that word alone with a capital ("national" is common; "china",
   * "turkey" are not, though the glosses have them in lower case too).
   */
  isCommonEnglish(lowerWord: string): boolean;
  /**
   * Characters that transliterate foreign names: the hand-made table of
   * `transliteration-chars.ts` and every character used at least twice in
   * the dictionary's foreign names ("约翰逊 Johnson (name)" adds 逊).
   */
  readonly transliterationChars: ReadonlySet<string>;
  /**
   * True for an adjective of a country or people ("Russian", "Libyan",
   * "Chinese", "French"): a form of a name the dictionary has, not a name.
   */
  isDemonym(lowerWord: string): boolean;
  /**
   * True for an acronym the glosses give only after common nouns ("value-added
   * tax (VAT)", "deoxyribonucleic acid (DNA)"): a thing, not a name.
   */
  isCommonAcronym(acronym: string): boolean;
  /** True for a name a gloss gives on its own ("China", "Paris", "Minsk, capital of Belarus"). */
  isKnownName(lowerWord: string): boolean;
}

const dictionaries = new WeakMap<Lexicon, TermDictionary>();

/** Words of a gloss that say it names a place. */
const PLACE_GLOSS = /\b(?:capital|city|country|province|state|district|county|region|island|islands|river|mountain|lake|sea|town|village|prefecture|republic|kingdom|municipality|oblast)\b/iu;

/**
 * The terms dictionary of a lexicon (built on first use, then cached).
 * @example
 * termDictionary(parseLexicon('联合国\t聯合國\tLian2 he2 guo2\tUnited Nations')).lookup('联合国')?.proper //=> true
 */
export function termDictionary(lexicon: Lexicon): TermDictionary {
  let dictionary = dictionaries.get(lexicon);
  if (dictionary === undefined) {
    dictionary = createTermDictionary(lexicon);
    dictionaries.set(lexicon, dictionary);
  }
  return dictionary;
}

function createTermDictionary(lexicon: Lexicon): TermDictionary {
  const prefixes = new Set<string>();
  for (const word of lexicon.bySimplified.keys()) {
    for (let end = 1; end < word.length; end++) prefixes.add(word.slice(0, end));
  }
  const cache = new Map<string, DictionaryWord | null>();
  const glosses = allGlosses(lexicon);
  const { common, properNames } = glossVocabulary(glosses);
  const transliterationChars = nameCharacters(lexicon);
  const acronyms = glossAcronyms(glosses);
  const namesByRoot = new Map<string, string[]>();
  const demonyms = new Map<string, boolean>();
  for (const name of properNames) {
    if (name.length < 4) continue;
    const root = rootOf(name);
    const list = namesByRoot.get(root);
    if (list) list.push(name);
    else namesByRoot.set(root, [name]);
  }
  return {
    lookup(word) {
      let read = cache.get(word);
      if (read === undefined) {
        read = readWord(lexicon, word);
        cache.set(word, read);
      }
      return read ?? undefined;
    },
    hasLongerWord: (prefix) => prefixes.has(prefix),
    isCommonEnglish: (word) => common.has(word) && !properNames.has(word),
    transliterationChars,
    isDemonym: (word) => {
      // Asked for every capitalised word of every unit: answered once per word (a corpus's vocabulary).
      let known = demonyms.get(word);
      if (known === undefined) demonyms.set(word, (known = isDemonymOf(word, namesByRoot)));
      return known;
    },
    isCommonAcronym: (acronym) => acronyms.common.has(acronym) && !acronyms.proper.has(acronym),
    isKnownName: (word) => properNames.has(word),
  };
}

/** Endings of adjectives of countries and peoples. */
const DEMONYM_ENDING = /(?:an|ean|ian|ese|ish|i|ic|ch)$/u;
/** Adjectives whose country does not share their root. General English. */
const IRREGULAR_DEMONYMS: ReadonlySet<string> = new Set([
  'french', 'dutch', 'greek', 'swiss', 'british', 'scottish', 'welsh', 'irish', 'english', 'thai', 'filipino', 'danish',
  'swedish', 'finnish', 'polish', 'spanish', 'turkish', 'kurdish', 'flemish', 'cypriot', 'portuguese', 'maltese', 'lao',
  'arab', 'arabic', 'afghan', 'pakistani', 'saudi', 'emirati', 'iraqi', 'israeli', 'kuwaiti', 'qatari', 'yemeni', 'omani',
  'bangladeshi', 'nepali', 'somali', 'malagasy', 'basque', 'slovak', 'czech', 'croat', 'serb', 'tajik', 'uzbek', 'kazakh',
]);

/** A demonym is the longer form: "Russian" of "Russia", "Iranian" of "Iran" (and not "Iran" of "Iranian"). */
function isDemonymOf(word: string, namesByRoot: ReadonlyMap<string, readonly string[]>): boolean {
  if (IRREGULAR_DEMONYMS.has(word)) return true;
  if (word.length < 4) return false;
  // "Asian" of "Asia", "German" of "Germany".
  const near = [word.slice(0, -1), `${word}y`];
  if (/an$/u.test(word) && near.some((n) => namesByRoot.get(rootOf(n))?.includes(n) === true)) return true;
  if (!DEMONYM_ENDING.test(word) || word.length < 5) return false;
  return (namesByRoot.get(rootOf(word)) ?? []).some((name) => name.length < word.length);
}

/** Least number of dictionary names a character must occur in to count as a transliteration character. */
const MIN_NAME_CHAR_USES = 2;
/** …and at least this share of all the dictionary words it occurs in (的, 国, 中 are everywhere). */
const MIN_NAME_SHARE = 0.1;

/** Characters of the dictionary's transliterated personal names, where they are mostly used in names. */
function nameCharacters(lexicon: Lexicon): Set<string> {
  const inNames = new Map<string, number>();
  const inAll = new Map<string, number>();
  for (const [word, entries] of lexicon.bySimplified) {
    const name = entries.some(isTransliteratedName);
    for (const char of word) {
      inAll.set(char, (inAll.get(char) ?? 0) + 1);
      if (name) inNames.set(char, (inNames.get(char) ?? 0) + 1);
    }
  }
  const chars = new Set(TRANSLITERATION_CHARS);
  for (const [char, n] of inNames) {
    if (n >= MIN_NAME_CHAR_USES && n >= MIN_NAME_SHARE * (inAll.get(char) ?? n) && /\p{sc=Han}/u.test(char)) chars.add(char);
  }
  return chars;
}

/** A transliterated personal name: CC-CEDICT marks them "(name)" ("约翰逊 Johnson (name)"). */
function isTransliteratedName(entry: { readonly glosses: readonly string[] }): boolean {
  return entry.glosses.some((g) => g.includes('(name)'));
}

/**
 * Acronyms the glosses give in brackets, sorted by what they follow: a
 * capitalised name ("National People's Congress (NPC)") or a common noun
 * ("value-added tax (VAT)"). A post ("chief executive officer (CEO)") counts
 * as a name here: posts are terms.
 */
function glossAcronyms(glosses: string): { common: Set<string>; proper: Set<string> } {
  const common = new Set<string>();
  const proper = new Set<string>();
  for (const match of glosses.matchAll(/\((\p{Lu}{2,8})\)/gu)) {
    const acronym = match[1] ?? '';
    // The phrase the bracket follows: back to the start of the gloss line, a comma or a semicolon.
    const lineStart = glosses.lastIndexOf('\n', match.index) + 1;
    const before = (glosses.slice(lineStart, match.index).split(/[,;/]/u).pop() ?? '').trim();
    const lastWord = before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
    if (/^\p{Lu}/u.test(before) || POST_WORDS.test(lastWord)) proper.add(acronym);
    else common.add(acronym);
  }
  return { common, proper };
}

/** Last words of a gloss that name a post ("chief executive officer"). */
const POST_WORDS = /^(?:officer|director|president|minister|secretary|chairman|manager|executive|commissioner|ambassador|envoy)$/u;

/** Words the glosses write in lower case, and single-word names they write with a capital. */
function glossVocabulary(glosses: string): { common: Set<string>; properNames: Set<string> } {
  const common = new Set<string>();
  const properNames = new Set<string>();
  // "Laos", "Minsk, capital of Belarus", "Chad (name)": a name alone at the start of a gloss (not "National anthem").
  for (const match of glosses.matchAll(/^(\p{Lu}[\p{Ll}'’-]+)(?:$|\s*[,;(])/gmu)) properNames.add((match[1] ?? '').toLowerCase());
  for (const match of glosses.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu)) common.add(match[0]);
  return { common, properNames };
}

/** Every gloss of the lexicon, one per line: scanned once by the vocabulary and acronym readers. */
function allGlosses(lexicon: Lexicon): string {
  const lines: string[] = [];
  for (const entries of lexicon.bySimplified.values()) for (const entry of entries) for (const gloss of entry.glosses) lines.push(gloss);
  return lines.join('\n');
}

function readWord(lexicon: Lexicon, word: string): DictionaryWord | null {
  const entries = lexicon.bySimplified.get(word);
  if (entries === undefined) return null;
  const phrases: GlossPhrase[] = [];
  const stems = new Set<string>();
  let proper = false;
  let person = false;
  let surname = false;
  let place = false;
  for (const entry of entries) {
    const entryProper = /^\p{Lu}/u.test(entry.pinyin);
    for (const gloss of entry.glosses) {
      if (gloss.startsWith('surname ')) surname = true;
      if (entryProper && PLACE_GLOSS.test(gloss)) place = true;
      const reading = parseGloss(gloss);
      if (reading.empty) continue;
      appendAll(phrases, reading.phrases);
      for (const stem of reading.stems) stems.add(stem);
      if (reading.person) person = true;
      if (entryProper && reading.phrases.length > 0) proper = true;
    }
  }
  // An abbreviation means what the word it abbreviates means: 中共 "abbr. for 中国共产党" is also
  // "Communist Party of China" (so "CPC"), 政协 also the full name of the conference. One step only.
  const known = new Set(phrases.map((phrase) => phraseKey(phrase.words)));
  for (const entry of entries) {
    for (const gloss of entry.glosses) {
      const full = abbreviatedWord(gloss);
      if (full === undefined || full === word) continue;
      for (const fullEntry of lexicon.bySimplified.get(full) ?? []) {
        for (const fullGloss of fullEntry.glosses) {
          if (abbreviatedWord(fullGloss) !== undefined) continue;
          for (const phrase of parseGloss(fullGloss).phrases) {
            const key = phraseKey(phrase.words);
            if (known.has(key)) continue;
            known.add(key);
            phrases.push(phrase);
          }
        }
      }
    }
  }
  // A word with no translation to offer (a verb, a particle) is still a word: it bounds names.
  const roots = new Set<string>();
  for (const phrase of phrases) for (const word of phrase.words) if (word.length >= 4) roots.add(rootOf(word));
  return { phrases, stems, roots, proper, person, surname, place };
}

