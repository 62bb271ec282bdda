/**
 * Options of {@link splitSentences} and their defaults.
 */
import { ENGLISH_ABBREVIATIONS, type AbbreviationKind } from './english-scanner/english-abbreviations';
import { TRAILING_PERIOD } from './sentence-patterns';

/** Options of the sentence splitter. Every field is optional; defaults are in {@link DEFAULT_SPLIT_OPTIONS}. */
export interface SplitOptions {
  /**
   * Extra English abbreviations, with or without the final period (`'Rs'`,
   * `'Dept.'`); matched case-insensitively. An extra abbreviation ends a
   * sentence only when the next word is a common sentence starter ("The",
   * "He", "In", …); built-in ones (english-scanner/english-abbreviations.ts) keep their own
   * behaviour. Default `[]`.
   */
  readonly abbreviations?: readonly string[];
  /** Also end sentences at semicolons (`;` and `；`). Default `false`. */
  readonly splitAtSemicolons?: boolean;
  /**
   * Every line break ends a sentence (text with one sentence or heading per
   * line). Default `false`: a single line break is a space, and a blank line
   * always ends a sentence.
   */
  readonly newlinesAreBoundaries?: boolean;
}

/**
 * The defaults of {@link SplitOptions}.
 * @example DEFAULT_SPLIT_OPTIONS.splitAtSemicolons //=> false
 */
export const DEFAULT_SPLIT_OPTIONS: Readonly<Required<SplitOptions>> = Object.freeze({
  abbreviations: Object.freeze([]),
  splitAtSemicolons: false,
  newlinesAreBoundaries: false,
});

/** Options as the scanners read them: defaults applied, abbreviations merged into one map. */
export interface ResolvedSplitOptions {
  readonly abbreviations: ReadonlyMap<string, AbbreviationKind>;
  readonly splitAtSemicolons: boolean;
  readonly newlinesAreBoundaries: boolean;
}

const RESOLVED_DEFAULTS: ResolvedSplitOptions = {
  abbreviations: ENGLISH_ABBREVIATIONS,
  splitAtSemicolons: DEFAULT_SPLIT_OPTIONS.splitAtSemicolons,
  newlinesAreBoundaries: DEFAULT_SPLIT_OPTIONS.newlinesAreBoundaries,
};

/** Apply the defaults; without extra abbreviations no map is copied, so a call costs nothing. */
export function resolveSplitOptions(options: SplitOptions | undefined): ResolvedSplitOptions {
  if (options === undefined) return RESOLVED_DEFAULTS;
  const extra = options.abbreviations ?? [];
  let abbreviations = ENGLISH_ABBREVIATIONS;
  if (extra.length > 0) {
    const merged = new Map(ENGLISH_ABBREVIATIONS);
    for (const word of extra) {
      const key = word.replace(TRAILING_PERIOD, '').toLowerCase();
      if (key.length > 0 && !merged.has(key)) merged.set(key, 'ambiguous');
    }
    abbreviations = merged;
  }
  return {
    abbreviations,
    splitAtSemicolons: options.splitAtSemicolons ?? DEFAULT_SPLIT_OPTIONS.splitAtSemicolons,
    newlinesAreBoundaries: options.newlinesAreBoundaries ?? DEFAULT_SPLIT_OPTIONS.newlinesAreBoundaries,
  };
}
