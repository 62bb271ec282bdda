/** Options of {@link alignSentences} and their defaults. */
import type { Lang } from '../types';
import type { AlignLexicon } from './align-lexicon';
import { type AlignModel, DEFAULT_ALIGN_MODEL } from './align-model';
import { type BeadStep, DEFAULT_BEAD_STEPS } from './dp/bead-type';

/** Length unit of the length model. */
export type LengthUnit = 'bytes' | 'chars' | 'words';

/** Options of the sentence aligner. Every field is optional; see {@link DEFAULT_ALIGN_OPTIONS}. */
export interface AlignOptions {
  /** Language of the source sentences. Default `'en'` (or the `lang` of `Sentence` inputs). */
  readonly sourceLang?: Lang;
  /** Language of the target sentences. Default `'zh'` (or the `lang` of `Sentence` inputs). */
  readonly targetLang?: Lang;
  /**
   * CC-CEDICT prepared for alignment: `prepareAlignLexicon(loadLexicon())`,
   * built once and shared. Without it the aligner uses lengths, numbers, names,
   * Latin words and punctuation only. Default `undefined`.
   */
  readonly lexicon?: AlignLexicon | undefined;
  /** Bead types the DP may use. Default {@link DEFAULT_BEAD_STEPS} (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-4, 4-1, 1-0, 0-1). */
  readonly beadSteps?: readonly BeadStep[];
  /** Match names by pinyin (王雯 ↔ "Wang Wen"). Default `true`. */
  readonly names?: boolean;
  /** Use the lexical evidence (dictionary words, numbers, names, punctuation); `false` leaves lengths only. Default `true`. */
  readonly lexical?: boolean;
  /** Second pass with a lexicon learned from the first pass's beads (Moore 2002). Default `false` (see test/bench/align.md). */
  readonly secondPass?: boolean;
  /** Length unit of the Gale–Church model. Default `'bytes'` (UTF-8, whitespace excluded). */
  readonly lengthUnit?: LengthUnit;
  /**
   * Half-width, in sentences, of the DP band around the anchor chain (and around
   * the first pass's path). Default `8`. `Infinity` searches the full n × m table.
   */
  readonly bandWidth?: number;
  /**
   * Extra cost (nats) of leaving a sentence without translation (a 1-0 or 0-1
   * bead), on top of the fitted prior. Default: the model's, 0, fitted on
   * mac-dev + aca with and without 5% added untranslated sentences. Lower
   * (−2) for text where sentences often lack a translation (news pairs,
   * partial translations): more of them come out as 1-0/0-1 instead of being
   * glued to a neighbour's bead, at some cost on texts without them
   * (test/bench/align.md, "Untranslated sentences").
   */
  readonly skipPenalty?: number;
  /** Model parameters. Default {@link DEFAULT_ALIGN_MODEL} (fitted, see test/bench/align.md). */
  readonly model?: AlignModel;
}

/**
 * Every option with its default.
 * @example [DEFAULT_ALIGN_OPTIONS.lexicon, DEFAULT_ALIGN_OPTIONS.bandWidth, DEFAULT_ALIGN_OPTIONS.skipPenalty] //=> [undefined, 8, 0]
 */
export const DEFAULT_ALIGN_OPTIONS: Required<Omit<AlignOptions, 'lexicon'>> & { readonly lexicon: undefined } = {
  sourceLang: 'en',
  targetLang: 'zh',
  lexicon: undefined,
  beadSteps: DEFAULT_BEAD_STEPS,
  names: true,
  lexical: true,
  secondPass: false,
  lengthUnit: 'bytes',
  bandWidth: 8,
  skipPenalty: DEFAULT_ALIGN_MODEL.skipPenalty,
  model: DEFAULT_ALIGN_MODEL,
};
