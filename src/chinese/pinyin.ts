/** Han → pinyin (pinyin-pro), for matching names and places across languages. */
import { pinyin } from 'pinyin-pro';

/**
 * Toneless pinyin syllables of a Simplified text, one per character (non-Han
 * characters come back as they are). Give it the Simplified view: on
 * Traditional text pinyin-pro reads 重慶 as "zhong qing".
 * @example pinyinSyllables('重庆万州') //=> ['chong', 'qing', 'wan', 'zhou']
 */
export function pinyinSyllables(simplifiedText: string): string[] {
  return pinyin(simplifiedText, { toneType: 'none', type: 'array', v: true });
}
