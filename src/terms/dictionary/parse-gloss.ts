/**
 * What one CC-CEDICT gloss says in English, for term pairing: the phrases
 * that translate the word (to meet an English term word for word), the stems
 * of its content words (to meet single words of a longer term), and hints
 * about names ("Minsk, capital of Belarus" names a place; "Biden (name)" and
 * "Joe Biden (1942-), US president" name a person).
 */
import { stemEnglish } from '../../align/concepts/stem-english';
import { phraseWords } from './phrase-key';

/** An English rendering of a Chinese word, as comparable words. */
export interface GlossPhrase {
  readonly words: readonly string[];
  /** Written with a capital (or as an acronym) in the gloss: a name, not a common noun. */
  readonly proper: boolean;
}

/** What a gloss contributes. */
export interface GlossReading {
  readonly phrases: readonly GlossPhrase[];
  /** Stems of the content words of the gloss. */
  readonly stems: readonly string[];
  /** The gloss describes a person: "(name)", or life years in brackets. */
  readonly person: boolean;
  /** The gloss says the word is a surname, a variant or a cross reference: no translation. */
  readonly empty: boolean;
}

/**
 * Glosses that translate nothing: surnames (names are paired by sound
 * instead), variants, cross references, classifiers.
 * @example NO_TRANSLATION.test('surname Wang') //=> true
 * @example NO_TRANSLATION.test('United Nations') //=> false
 */
export const NO_TRANSLATION: RegExp =
  /^(?:surname |(?:old |archaic |erhua |Japanese |ancient )?variant of |see (?:also )?|CL:|used in |also written |also pr\. |abbr\. to )/u;

/**
 * A cross reference to Chinese words: "中國共產黨|中国共产党[Zhong1 ...]" or
 * "四川[Si4 chuan1]", or a bare run of Han characters.
 */
const HAN_REFERENCE = /[\p{sc=Han}|]+(?:\[[^\]]*\])?/gu;

/** What opens an abbreviation's gloss in CC-CEDICT: "abbr. for", "abbr. of", "short for", "short name for". */
const ABBREVIATION_MARKER = String.raw`(?:abbr\. (?:for|of)|short (?:name )?for)`;

/**
 * "abbr. for X" or "short for X": the word abbreviates X, whose English name
 * (if any) is the meaning.
 * @example ABBREVIATION_FOR.exec('abbr. for Sichuan Province 四川[Si4 chuan1]')?.[1] //=> 'Sichuan Province 四川[Si4 chuan1]'
 */
export const ABBREVIATION_FOR: RegExp = new RegExp(String.raw`^${ABBREVIATION_MARKER} (.*)$`, 'u');

/**
 * The Simplified word an "abbr. for" / "short for" gloss refers to, if it names one
 * (the same markers as {@link ABBREVIATION_FOR}, anywhere in the gloss).
 * @example abbreviatedWord('abbr. for 中國共產黨|中国共产党[Zhong1 guo2 Gong4 chan3 dang3], Chinese Communist Party') //=> '中国共产党'
 * @example abbreviatedWord('abbr. for Sichuan Province 四川[Si4 chuan1]') //=> '四川'
 */
export function abbreviatedWord(gloss: string): string | undefined {
  return ABBREVIATED_WORD.exec(gloss)?.[1];
}

/** An abbreviation marker, text without Han, then the reference: "Traditional|Simplified[pinyin]" or "Simplified[pinyin]". */
const ABBREVIATED_WORD = new RegExp(String.raw`${ABBREVIATION_MARKER} \P{sc=Han}*(?:\p{sc=Han}+\|)?(\p{sc=Han}+)\[`, 'u');

/** Life years in brackets: "(1942-)", "(1818-1883)", "(c. 551-479 BC)". */
const LIFE_YEARS = /^(?:c\. )?\d{1,4}(?:\s*BC)?\s*[-–]\s*(?:\d{1,4}(?:\s*BC)?)?$/u;
/** An acronym in brackets: "(NPC)", "(CPPCC)". */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]+$/u;
/** A bracket with a capitalised phrase: "(Association of Southeast Asian Nations)". */
const CAPITALISED = /^\p{Lu}/u;
/**
 * A place named with its kind, then where it is: "Wanzhou district of
 * Chongqing", "Nanchang prefecture level city in Jiangxi".
 * @example PLACE_OF.exec('Wanzhou district of Chongqing municipality')?.[1] //=> 'Wanzhou district'
 */
export const PLACE_OF: RegExp = /^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}?) (?:of|in|on|near) \p{Lu}/u;
/** Words that carry no content in a gloss. */
const GLOSS_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'at', 'by', 'with', 'from', 'as', 'etc', 'sb', 'sth',
  'one', 'ones', 'oneself', 'be', 'is', 'its', 'his', 'her', 'their', 'also', 'esp', 'lit', 'fig', 'abbr', 'name',
]);
/** Most words before a comma for them to be a rendering followed by a description. */
const MAX_RENDERING_BEFORE_COMMA = 4;
/** Longest gloss phrase kept, in words: longer glosses are explanations, not renderings. */
const MAX_PHRASE_WORDS = 10;

/**
 * Read one gloss (one `/`-separated part of a CC-CEDICT entry).
 * @example parseGloss('Joe Biden (1942-), US president (2021-)').phrases.map((p) => p.words.join(' '))
 * //=> ['joe biden']
 * @example parseGloss('ASEAN (Association of Southeast Asian Nations)').phrases.map((p) => p.words.join(' '))
 * //=> ['association of southeast asian nations', 'asean']
 */
export function parseGloss(gloss: string): GlossReading {
  let text = gloss.trim();
  const abbreviation = ABBREVIATION_FOR.exec(text);
  if (abbreviation?.[1] !== undefined) text = abbreviation[1];
  // "Central Committee of the Communist Party of China, abbr. for 中國共產黨…": the tail is a reference.
  text = text.replace(/,?\s*(?:abbr\. (?:for|of|to)|short for) .*$/u, '');
  if (NO_TRANSLATION.test(text) || text.length === 0) return { phrases: [], stems: [], person: false, empty: true };
  text = text.replace(HAN_REFERENCE, ' ').replace(/\s+/gu, ' ').trim();
  const phrases: GlossPhrase[] = [];
  let person = false;
  for (const alternative of text.split(';')) {
    const { main, brackets } = splitBrackets(alternative);
    for (const bracket of brackets) {
      if (LIFE_YEARS.test(bracket)) person = true;
      else if (bracket === 'name') person = true;
      else if (ACRONYM.test(bracket) || (CAPITALISED.test(bracket) && !bracket.includes(','))) addPhrase(phrases, bracket);
    }
    // "Minsk, capital of Belarus", "people's congress, a legislative body …": a rendering, then a description.
    const comma = main.indexOf(',');
    const beforeComma = comma > 0 ? main.slice(0, comma) : main;
    const head = comma > 0 && (CAPITALISED.test(main) || beforeComma.split(' ').length <= MAX_RENDERING_BEFORE_COMMA) ? beforeComma : main;
    // Verbs ("to provide") translate too; without the "to".
    addPhrase(phrases, head.replace(/^to /u, ''));
    // "Wanzhou district of Chongqing", "Fengjie county in Chongqing": the name is the part before.
    const located = PLACE_OF.exec(head);
    if (located?.[1] !== undefined) addPhrase(phrases, located[1]);
  }
  const stems = new Set<string>();
  for (const phrase of phrases) for (const word of phrase.words) if (!GLOSS_STOPWORDS.has(word)) stems.add(stemEnglish(word));
  return { phrases, stems: [...stems], person, empty: false };
}

/** The text outside brackets, and the contents of each bracket. */
function splitBrackets(text: string): { main: string; brackets: string[] } {
  const brackets: string[] = [];
  const main = text.replace(/\(([^()]*)\)/gu, (_, inner: string) => {
    brackets.push(inner.trim());
    return ' ';
  });
  return { main: main.replace(/[()]/gu, ' ').replace(/\s+/gu, ' ').trim(), brackets };
}

function addPhrase(phrases: GlossPhrase[], text: string): void {
  const trimmed = text.trim().replace(/^the /iu, '');
  const words = phraseWords(trimmed);
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return;
  phrases.push({ words, proper: /^\p{Lu}/u.test(trimmed) });
}
