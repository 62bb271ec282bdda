/** Regexes of the English candidate finder, as named data. */

/**
 * A word that can be part of a name: starts with a capital letter or a digit
 * followed by a capital ("Director-General", "HKSAR", "Ba’nan").
 * @example CAPITALISED_WORD.test('Director-General') //=> true
 * @example CAPITALISED_WORD.test('the') //=> false
 */
export const CAPITALISED_WORD: RegExp = /^\p{Lu}/u;

/**
 * What may stand between two words of one name: spaces, an ampersand, or a
 * bracket around a word ("Western China (Chongqing) Science City").
 * @example CHUNK_GAP.test(' (') //=> true
 * @example CHUNK_GAP.test(', ') //=> false
 */
export const CHUNK_GAP: RegExp = /^(?:[ \u00a0]+|[ \u00a0]*[()][ \u00a0]*|[ \u00a0]*&[ \u00a0]*|[’'][ \u00a0]+)$/u;

/**
 * Company abbreviations that keep their final period.
 * @example COMPANY_ABBREVIATION.test('Ltd') //=> true
 * @example COMPANY_ABBREVIATION.test('Office') //=> false
 */
export const COMPANY_ABBREVIATION: RegExp = /^(?:Co|Ltd|LTD|Inc|Corp)$/u;

/**
 * A nationality adjective, which may open a title ("Chinese Ambassador to
 * Belarus", "Belarusian Ambassador to China").
 * @example DEMONYM.test('Belarusian') //=> true
 * @example DEMONYM.test('Chongqing') //=> false
 */
export const DEMONYM: RegExp = /^\p{Lu}\p{Ll}{3,}(?:ian|ese|ish|an)$/u;

/**
 * An acronym: two or more capitals and nothing else. Not joined into a name
 * after a bracket ("… Foreign Countries (CPAFFC)").
 * @example ACRONYM_WORD.test('CPAFFC') //=> true
 * @example ACRONYM_WORD.test('Japan') //=> false
 */
export const ACRONYM_WORD: RegExp = /^\p{Lu}{2,}$/u;

/**
 * The gap between "Co." and "Ltd." in a company name ("Co., Ltd.", "Co.,LTD.").
 * @example COMPANY_SUFFIX_GAP.test(', ') //=> true
 */
export const COMPANY_SUFFIX_GAP: RegExp = /^,[ \u00a0]*$/u;

/**
 * Text ending in a capitalised word, a comma and "and": what comes before
 * the last item of a list ("Economic, Trade, and "). Captures the word.
 * @example LIST_BEFORE.exec('Belarus Economic, Trade, and ')?.[1] //=> 'Trade'
 * @example LIST_BEFORE.test('Asian Affairs, ') //=> false
 */
export const LIST_BEFORE: RegExp = /(\p{Lu}[\p{L}\p{M}'’-]*),[ \u00a0]+and[ \u00a0]+$/u;

/**
 * A possessive ending on a word.
 * @example POSSESSIVE.exec('Condamine’s')?.[0] //=> '’s'
 * @example POSSESSIVE.test('People') //=> false
 */
export const POSSESSIVE: RegExp = /['’]s$/u;
