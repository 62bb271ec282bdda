/** Join sentences into one text the way each language writes them. */
import type { Lang } from '../../types';

/**
 * English sentences with a space between them, Chinese ones with nothing.
 * @example joinText('zh', ['他來了。', '我們走吧。']) //=> '他來了。我們走吧。'
 */
export function joinText(lang: Lang, texts: readonly string[]): string {
  return texts.join(lang === 'en' ? ' ' : '');
}
