/** The language of a query: given (as a BCP 47 tag) or detected. */
import { TmError } from '../errors';
import type { Lang } from '../types';
import { TOKEN_KIND, type TokenScratch } from './tokens/scan-tokens';

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
 * Detect the language of scanned query tokens: `zh` when it has Han
 * characters and at least as many of them as words (numbers do not vote),
 * else `en`. So "Chongqing (重庆) Forum" is English and "重庆 Chongqing" Chinese;
 * a query of numbers only is searched as English.
 */
export function detectQueryLang(scratch: TokenScratch): Lang {
  let han = 0;
  let words = 0;
  for (let t = 0; t < scratch.count; t++) {
    const kind = scratch.kinds[t];
    if (kind === TOKEN_KIND.han) han++;
    else if (kind === TOKEN_KIND.word) words++;
  }
  return han > 0 && han >= words ? 'zh' : 'en';
}
