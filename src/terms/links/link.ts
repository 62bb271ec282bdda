/**
 * A link: evidence, inside one unit, that some English words and some Chinese
 * text say the same thing. Links are the word-level alignment from which term
 * pairs are read off.
 */
import type { Span } from '../../types';

/**
 * How a link was found. `dictionary`: CC-CEDICT renders the English words;
 * `name`: a dictionary name ("Biden (name)"); `pinyin`: a romanised Chinese
 * name; `transliteration`: a foreign name by its sounds; `identity`: the
 * Chinese keeps the Latin word; `number`: the same number; `known`: a pair of
 * the user's termbase or one accepted earlier in this run; `association`: the
 * two co-occur across the corpus and little else explains them.
 */
export type LinkMethod = 'dictionary' | 'name' | 'pinyin' | 'transliteration' | 'identity' | 'number' | 'known' | 'association';

/** English token indices [start, end) linked to a span of the Simplified Chinese view. */
export interface Link {
  readonly en: { readonly start: number; readonly end: number };
  readonly zh: Span;
  readonly method: LinkMethod;
  /** Strength in [0, 1]: how sure this one piece of evidence is. */
  readonly score: number;
  /**
   * How much of the Chinese the English words account for, in (0, 1]: one
   * word of a two-word gloss accounts for half ("Asia" of 东南亚 "Southeast
   * Asia"). 1 when absent.
   */
  readonly share?: number;
}
