/** What the main job ({@link build}) takes and returns. */
import type { Issue } from '../errors';
import type { IngestOptions } from '../ingest/ingest-options';
import type { Lexicon } from '../lexicon/lexicon';
import type { SplitOptions } from '../segment/split-options';
import type { ExtractTermsResult } from '../terms/extract-terms';
import type { TmxWriteStats } from '../tmx/write/create-tmx-writer';
import { type ChineseTmxLang, DEFAULT_TMX_WRITE_OPTIONS } from '../tmx/write/tmx-write-options';
import type { Corpus, Document } from '../types';
import { DEFAULT_CORPUS_OPTIONS } from './corpus-options';

/** Options of {@link build}. Every field is optional: the defaults are those of `bitext-tm build`. */
export interface BuildOptions {
  /**
   * Name of the outputs (`NAME.tmx`, `NAME.units.json`, …): a plain file name,
   * without folders. Default: from the sources' names (`news.en-zh.txt` → `news.en-zh`).
   */
  readonly name?: string | undefined;
  /** Ingestion options (pinyin notes, suspect text, repairs). Default: `DEFAULT_INGEST_OPTIONS`. */
  readonly ingest?: Omit<IngestOptions, 'name'>;
  /**
   * CC-CEDICT, for alignment and terms: `'cc-cedict'` (the shipped extract,
   * loaded on first use and kept for the process), your own (`loadLexicon('mine.tsv')`),
   * or `'none'` (alignment by lengths, numbers and names only; terms without
   * dictionary pairs). Default `'cc-cedict'`.
   */
  readonly lexicon?: Lexicon | 'cc-cedict' | 'none' | undefined;
  /** Units below this confidence stay out of the TMX and are listed for review. Default `0.5`. */
  readonly confidenceThreshold?: number | undefined;
  /** A moved pair is recovered only at or above this pair score. Default `0.9`. */
  readonly recoverMinScore?: number | undefined;
  /** Sentence splitting options. Default: `DEFAULT_SPLIT_OPTIONS`. */
  readonly split?: SplitOptions | undefined;
  /**
   * Language tag of the Chinese side of the TMX and TBX. Default `zh-CN`: CAT
   * projects are usually mainland Chinese, so the text is converted to
   * Simplified; a Traditional tag (`zh-TW`, `zh-Hant`) keeps the original script.
   */
  readonly zhLang?: ChineseTmxLang | undefined;
  /** TMX `creationdate` in seconds since the epoch (e.g. SOURCE_DATE_EPOCH). Default: none, so builds are reproducible. */
  readonly creationDate?: number | undefined;
  /** Issues found before ingestion (e.g. files of a folder that were skipped): reported first, stage `input`. */
  readonly inputIssues?: readonly Issue[] | undefined;
  /** Called as each stage starts and ends, and after each article is aligned (for a progress bar). */
  readonly onProgress?: ((progress: BuildProgress) => void) | undefined;
}

/**
 * The defaults of {@link BuildOptions}.
 * @example DEFAULT_BUILD_OPTIONS //=> { lexicon: 'cc-cedict', confidenceThreshold: 0.5, recoverMinScore: 0.9, zhLang: 'zh-CN' }
 */
export const DEFAULT_BUILD_OPTIONS: {
  readonly lexicon: 'cc-cedict';
  readonly confidenceThreshold: number;
  readonly recoverMinScore: number;
  readonly zhLang: ChineseTmxLang;
} = {
  lexicon: 'cc-cedict',
  confidenceThreshold: DEFAULT_CORPUS_OPTIONS.confidenceThreshold,
  recoverMinScore: DEFAULT_CORPUS_OPTIONS.recoverMinScore,
  zhLang: DEFAULT_TMX_WRITE_OPTIONS.zhLang,
};

/** The steps of the main job, in order, as progress reports them. */
export type BuildStep = 'dictionaries' | 'ingest' | 'align' | 'tmx' | 'terms' | 'report';

/** Where the main job is: `done` of `total` in `step` (articles for `align`, 0 or 1 for the others). */
export interface BuildProgress {
  readonly step: BuildStep;
  readonly done: number;
  readonly total: number;
}

/**
 * The stage an issue comes from: reading the input, ingestion, alignment, TMX
 * writing, term extraction, and (when `bitext-tm build` re-applies a review of
 * an earlier build) the review.
 */
export type BuildStage = 'input' | 'ingest' | 'corpus' | 'tmx' | 'terms' | 'review';

/** An issue of the main job, with the stage that reported it. */
export interface BuildIssue extends Issue {
  readonly stage: BuildStage;
}

/** One output file: its name (inside the output folder) and its content. */
export interface BuildFile {
  readonly name: string;
  readonly content: string;
}

/** Everything the main job produced. */
export interface BuildResult {
  /** The outputs' name (`NAME.tmx`, …). */
  readonly name: string;
  /** The ingested document (its issues start with the input's). */
  readonly document: Document;
  /** Units, unaligned sentences and the summary. */
  readonly corpus: Corpus;
  /** The termbase, the pairs held back for review, and the terms stage's issues. */
  readonly terms: ExtractTermsResult;
  /** What the TMX writer did (units written, characters removed, texts converted). */
  readonly tmx: Readonly<TmxWriteStats>;
  /**
   * The output files, in this order: `NAME.document.json`, `.units.json`, `.tmx`,
   * `.terms.tsv`, `.terms.tbx`, `.terms.review.tsv`, `.report.html`, `.issues.json`.
   */
  readonly files: readonly BuildFile[];
  /** Every issue of every stage, in pipeline order (input, ingest, corpus, tmx, terms). */
  readonly issues: readonly BuildIssue[];
}
