/** The language of one input line, or where a caption line switches language. */
import type { Lang, Span } from '../../types';
import { countScripts, dominantLanguage } from './count-scripts';
import { findCaptionSplit, type CaptionSplit } from './find-caption-split';

/**
 * What a line holds: one language (`lang` undefined when it has neither Han
 * characters nor Latin letters, e.g. "2022" or "***"), or two, split at `at`.
 */
export type LineLanguage = { readonly kind: 'monolingual'; readonly lang: Lang | undefined } | ({ readonly kind: 'paired' } & CaptionSplit);

/**
 * Detect the language of the line at `span`. A line with one script is that
 * language; a line with both is a caption line when it splits cleanly into an
 * English part and a Chinese part (see {@link findCaptionSplit}), else the
 * language with more text (Latin letters weighed against Han characters).
 * `skip` spans (pinyin notes) count for neither language.
 * @example detectLineLanguage('Wang Wen (王雯) said', { start: 0, end: 18 }) //=> { kind: 'monolingual', lang: 'en' }
 */
export function detectLineLanguage(text: string, span: Span, skip: readonly Span[] = []): LineLanguage {
  const counts = countScripts(text, span, skip);
  if (counts.han > 0 && counts.latinLetters > 0) {
    const split = findCaptionSplit(text, span, skip);
    if (split !== undefined) return { kind: 'paired', ...split };
  }
  return { kind: 'monolingual', lang: dominantLanguage(counts) };
}
