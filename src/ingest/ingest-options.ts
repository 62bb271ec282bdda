/** What `ingest` takes: the input texts in one of three shapes, and its options. */
import type { SourceText } from '../types';

/** Two texts that translate each other, e.g. the files `NAME.en.txt` and `NAME.zh.txt` of a folder. */
export interface SourcePair {
  /** The pair's name (`NAME`); it becomes the title of the pair's articles. */
  readonly name: string;
  readonly en: SourceText;
  readonly zh: SourceText;
}

/**
 * The text to ingest:
 * - `mixed`: one text holding both languages in blocks, in any order (the seed corpus);
 * - `parallel`: one text per language;
 * - `pairs`: several parallel pairs (a folder of `NAME.en.txt` + `NAME.zh.txt`).
 */
export type IngestInput =
  | { readonly kind: 'mixed'; readonly source: SourceText }
  | { readonly kind: 'parallel'; readonly en: SourceText; readonly zh: SourceText }
  | { readonly kind: 'pairs'; readonly pairs: readonly SourcePair[] };

/** Options of {@link ingest}. */
export interface IngestOptions {
  /**
   * Name of the document (outputs are named after it). Default: from the
   * source names — `news.en-zh.txt` gives `news.en-zh`; `news.en.txt` with
   * `news.zh.txt` gives `news`; stdin gives `stdin`; several pairs give `pairs`.
   */
  readonly name?: string;
  /** Remove pinyin notes glued after Han characters ("經(jīng)" → "經"). Default `true`. */
  readonly stripPinyinNotes?: boolean;
  /** Report suspicious text (glued words, "COVlD", "正?;?0") as warnings. Default `true`. */
  readonly reportSuspectText?: boolean;
  /**
   * Apply the safe fixes of suspicious text (insert a missing space, "COVlD" →
   * "COVID", an ASCII comma between Han characters → "，") and report each as
   * INGEST_REPAIR_APPLIED. Default `false`: the text is kept as it was.
   */
  readonly repair?: boolean;
  /**
   * Longest line (paragraph) accepted, in UTF-16 code units; a longer one is
   * refused with INGEST_LINE_TOO_LONG before any work. A line that long is a
   * file whose line ends were lost, and the whole pipeline would hold it (and
   * everything made from it) in memory at once: a line of 1,000,000
   * characters builds in about 11 s and 850 MB, ten times that would not fit
   * a laptop. Default `1_000_000`.
   */
  readonly maxLineLength?: number;
}

/**
 * The defaults of {@link IngestOptions} (the name has none: it comes from the sources).
 * @example DEFAULT_INGEST_OPTIONS //=> { stripPinyinNotes: true, reportSuspectText: true, repair: false, maxLineLength: 1000000 }
 */
export const DEFAULT_INGEST_OPTIONS: Readonly<Required<Omit<IngestOptions, 'name'>>> = {
  stripPinyinNotes: true,
  reportSuspectText: true,
  repair: false,
  maxLineLength: 1_000_000,
};
