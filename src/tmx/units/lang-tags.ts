/**
 * Language tags as TMX files write them (BCP 47, any case, `_` for `-` in
 * older tools): which are English, which are Chinese, and in which script.
 */
import type { ChineseScript } from '../../types';

/** Regions whose written standard is Traditional Chinese (Taiwan, Hong Kong, Macao). */
const TRADITIONAL_REGIONS: ReadonlySet<string> = new Set(['tw', 'hk', 'mo']);

const SUBTAGS_CACHE = new Map<string, readonly string[]>();

/** Lower-cased subtags of a tag: `zh_Hant_TW` → ['zh', 'hant', 'tw']. Cached: a memory repeats a few tags millions of times. */
function subtags(tag: string): readonly string[] {
  let cached = SUBTAGS_CACHE.get(tag);
  if (cached === undefined) {
    cached = tag.trim().toLowerCase().split(/[-_]/u);
    if (SUBTAGS_CACHE.size < 1000) SUBTAGS_CACHE.set(tag, cached);
  }
  return cached;
}

/**
 * True for an English tag (`en`, `EN-us`, `en_GB`, ISO 639-2 `eng`).
 * @example isEnglishTag('EN-us') //=> true
 * @example isEnglishTag('fr') //=> false
 */
export function isEnglishTag(tag: string): boolean {
  const language = subtags(tag)[0];
  return language === 'en' || language === 'eng';
}

/**
 * True for a Chinese tag: `zh…`, Mandarin `cmn…`, ISO 639-2 `zho`/`chi`.
 * @example isChineseTag('zh-Hant-HK') //=> true
 * @example isChineseTag('ja') //=> false
 */
export function isChineseTag(tag: string): boolean {
  const language = subtags(tag)[0];
  return language === 'zh' || language === 'cmn' || language === 'zho' || language === 'chi';
}

/**
 * The script a Chinese tag implies: an explicit script subtag wins
 * (`Hans`/`Hant`), else the region (TW, HK, MO → Traditional; CN, SG, none →
 * Simplified). `undefined` for a tag that is not Chinese.
 * @example chineseScriptOfTag('zh-HK') //=> 'traditional'
 * @example chineseScriptOfTag('ZH-hans-tw') //=> 'simplified'
 * @example chineseScriptOfTag('zh') //=> 'simplified'
 */
export function chineseScriptOfTag(tag: string): Exclude<ChineseScript, 'mixed'> | undefined {
  if (!isChineseTag(tag)) return undefined;
  const rest = subtags(tag).slice(1);
  if (rest.includes('hant')) return 'traditional';
  if (rest.includes('hans')) return 'simplified';
  return rest.some((subtag) => TRADITIONAL_REGIONS.has(subtag)) ? 'traditional' : 'simplified';
}
