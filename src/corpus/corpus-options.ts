/** Options of the main job's corpus stage and their defaults. */
import type { AlignLexicon } from '../align/align-lexicon';
import type { IngestOptions } from '../ingest/ingest-options';
import type { SplitOptions } from '../segment/split-options';

/** Options of {@link buildCorpus}. */
export interface CorpusOptions {
  /**
   * CC-CEDICT prepared for alignment (`prepareAlignLexicon(loadLexicon())`),
   * loaded once by the caller. Without it alignment uses lengths, numbers,
   * names and punctuation only, and is much weaker. Default `undefined`.
   */
  readonly lexicon?: AlignLexicon | undefined;
  /** Units below this confidence stay out of the TMX and are listed for review. Default `0.5`. */
  readonly confidenceThreshold?: number;
  /** A moved pair is recovered only at or above this pair score. Default `0.9`. */
  readonly recoverMinScore?: number;
  /** Ingestion options, used when {@link buildCorpus} gets raw input. Default: `DEFAULT_INGEST_OPTIONS`. */
  readonly ingest?: IngestOptions;
  /** Sentence splitting options. Default: `DEFAULT_SPLIT_OPTIONS`. */
  readonly split?: SplitOptions;
  /** Called after each article with the number done and the total (for a progress bar). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * The defaults of {@link CorpusOptions}.
 * @example DEFAULT_CORPUS_OPTIONS //=> { confidenceThreshold: 0.5, recoverMinScore: 0.9 }
 */
export const DEFAULT_CORPUS_OPTIONS: {
  readonly confidenceThreshold: number;
  readonly recoverMinScore: number;
} = {
  // Chosen with the seed's hand-checked units (test/bench/corpus.md): below it most units were wrong.
  confidenceThreshold: 0.5,
  // The pair scorer's 0.9 means nine to one for "translation" against a near miss
  // (src/align/sentence-pair-scorer.ts); a moved pair needs that much evidence.
  recoverMinScore: 0.9,
};
