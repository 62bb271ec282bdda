/** Options of the main job's corpus stage and their defaults. */
import type { AlignLexicon } from '../align/align-lexicon';
import type { SplitOptions } from '../segment/split-options';

/** Options of {@link buildCorpus}. */
export interface CorpusOptions {
  /**
   * The dictionary behind alignment: `'cc-cedict'` (the shipped CC-CEDICT,
   * loaded on first use and kept for the process: what `bitext-tm build`
   * uses), a lexicon you prepared (`prepareAlignLexicon(loadLexicon('mine.tsv'))`),
   * or `'none'` (lengths, numbers, names and punctuation only: much weaker).
   * Default `'cc-cedict'`.
   */
  readonly lexicon?: AlignLexicon | 'cc-cedict' | 'none' | undefined;
  /** Units below this confidence stay out of the TMX and are listed for review. Default `0.5`. */
  readonly confidenceThreshold?: number;
  /** A moved pair is recovered only at or above this pair score. Default `0.9`. */
  readonly recoverMinScore?: number;
  /** Sentence splitting options. Default: `DEFAULT_SPLIT_OPTIONS`. */
  readonly split?: SplitOptions;
  /** Called after each article with the number done and the total (for a progress bar). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * The defaults of {@link CorpusOptions}.
 * @example DEFAULT_CORPUS_OPTIONS //=> { lexicon: 'cc-cedict', confidenceThreshold: 0.5, recoverMinScore: 0.9 }
 */
export const DEFAULT_CORPUS_OPTIONS: {
  readonly lexicon: 'cc-cedict';
  readonly confidenceThreshold: number;
  readonly recoverMinScore: number;
} = {
  lexicon: 'cc-cedict',
  // Chosen with the seed's hand-checked units (test/bench/corpus.md): below it most units were wrong.
  confidenceThreshold: 0.5,
  // The pair scorer's 0.9 means nine to one for "translation" against a near miss
  // (src/align/sentence-pair-scorer.ts); a moved pair needs that much evidence.
  recoverMinScore: 0.9,
};
