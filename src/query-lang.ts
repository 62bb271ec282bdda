/**
 * The language of a lookup query: given (as a BCP 47 tag) or read from the
 * query. One home for the rules of both lookups, which read a query
 * differently on purpose:
 *
 * - a sentence query (fuzzy lookup and concordance, `tm/`) is Chinese when it
 *   has Han characters and at least as many of them as words, so an English
 *   sentence that quotes a Chinese name ("Chongqing (重庆) Forum") is searched
 *   as English;
 * - a term query (`lookupTerm`, `terms/`) is Chinese as soon as it holds one
 *   Han character: a term is one name, and a Chinese name may carry Latin
 *   letters ("COVID-19疫情"), while an English name does not carry Han.
 */
import { TmError } from './errors';
import type { Lang } from './types';
import { HAN_CHAR } from './chinese/han-patterns';

/**
 * Primary language subtag of a BCP 47 tag (`zh-Hant-TW` → `zh`), case-insensitive.
 * @example /^([a-z]{2,3})(?:[-_]|$)/u.exec('zh-tw')?.[1] //=> 'zh'
 */
const PRIMARY_SUBTAG = /^([a-z]{2,3})(?:[-_]|$)/u;

/**
 * `en` or `zh` from a language tag (`en-US`, `zh-CN`, `zh-Hant`, `ZH` are accepted).
 * @throws TmError `TM_UNKNOWN_LANG` for any other language.
 * @example parseQueryLang('zh-TW') //=> 'zh'
 */
export function parseQueryLang(tag: string): Lang {
  const primary = PRIMARY_SUBTAG.exec(tag.toLowerCase())?.[1];
  if (primary === 'en' || primary === 'zh') return primary;
  throw new TmError('TM_UNKNOWN_LANG', `Expected the language "en" or "zh" (or a tag such as "zh-TW"), found "${tag}".`);
}

/**
 * The language of a sentence query from its match tokens: `zh` when it has
 * Han characters and at least as many of them as words (numbers do not vote),
 * else `en`. So "Chongqing (重庆) Forum" is English and "重庆 Chongqing"
 * Chinese; a query of numbers only is searched as English.
 * @example detectQueryLang(2, 2) //=> 'zh'
 * @example detectQueryLang(2, 3) //=> 'en'
 */
export function detectQueryLang(hanCount: number, wordCount: number): Lang {
  return hanCount > 0 && hanCount >= wordCount ? 'zh' : 'en';
}

/**
 * The language of a term query: Chinese when it holds a Han character.
 * @example detectTermQueryLang('總領事') //=> 'zh'
 * @example detectTermQueryLang('COVID-19疫情') //=> 'zh'
 */
export function detectTermQueryLang(query: string): Lang {
  return HAN_CHAR.test(query) ? 'zh' : 'en';
}
