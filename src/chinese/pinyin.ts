/** Han → pinyin (pinyin-pro), for matching names and places across languages. */
import { createRequire } from 'node:module';
import type { pinyin as PinyinFunction } from 'pinyin-pro';

let loaded: typeof PinyinFunction | undefined;

/**
 * pinyin-pro's `pinyin`, loaded on first use: its tables take about 30 ms to
 * load, which someone who imports bitext-tm only for TMX lookup never needs
 * (README, "Package size").
 */
export function pinyinPro(): typeof PinyinFunction {
  loaded ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: typeof PinyinFunction }).pinyin;
  return loaded;
}

/**
 * Toneless pinyin syllables of a Simplified text, one per character (non-Han
 * characters come back as they are). Give it the Simplified view: on
 * Traditional text pinyin-pro reads 重慶 as "zhong qing".
 * @example pinyinSyllables('重庆万州') //=> ['chong', 'qing', 'wan', 'zhou']
 */
export function pinyinSyllables(simplifiedText: string): string[] {
  return pinyinPro()(simplifiedText, { toneType: 'none', type: 'array', v: true });
}
