/**
 * The main job as a pure function: input and loaded resources → every output
 * file's name and content. `bitext-tm build` only reads the input, loads the
 * dictionaries, calls this and writes the files.
 *
 *   ingest → buildCorpus (segment, pair blocks, align, recover) → units.json
 *   → TMX (accepted units) → terms (TSV, TBX, review list) → report.html
 */
import type { AlignLexicon } from '../align/align-lexicon';
import { buildCorpus } from '../corpus/build-corpus';
import type { CorpusOptions } from '../corpus/corpus-options';
import type { Issue } from '../errors';
import { serializeTbx } from '../export/serialize-tbx';
import { ingest } from '../ingest/ingest';
import type { IngestInput, IngestOptions } from '../ingest/ingest-options';
import type { Lexicon } from '../lexicon/lexicon';
import { renderReport } from '../report/render-report';
import type { ChineseWordSegmenter } from '../segment/tokens/tokenize-chinese';
import { extractTerms, type ExtractTermsResult } from '../terms/extract-terms';
import { serializeTermsTsv } from '../terms/io/serialize-terms-tsv';
import { chineseScriptOfTag } from '../tmx/lang-tags';
import { serializeTmx } from '../tmx/serialize-tmx';
import type { ChineseTmxLang } from '../tmx/tmx-write-options';
import type { Corpus, Document, Term } from '../types';
import { stableJson } from './stable-json';

/** One output file: its name inside the output folder, and its content. */
export interface OutputFile {
  readonly name: string;
  readonly content: string;
}

/** What the main job produced. */
export interface BuildOutputs {
  /** The ingested document, its issues preceded by those found while reading the input. */
  readonly document: Document;
  readonly corpus: Corpus;
  readonly terms: ExtractTermsResult;
  /** Problems found after ingestion (TMX writing, term extraction). */
  readonly issues: readonly Issue[];
  readonly files: readonly OutputFile[];
}

/** Dictionaries the main job needs, loaded once by the caller. */
export interface BuildResources {
  /** CC-CEDICT (`loadLexicon()`), for terms. */
  readonly lexicon: Lexicon;
  /** The same prepared for alignment (`prepareAlignLexicon(lexicon)`). */
  readonly alignLexicon: AlignLexicon;
  /** segmentit (`loadChineseWordSegmenter()`), for terms; optional. */
  readonly segmenter?: ChineseWordSegmenter | undefined;
}

/** Options of the main job. */
export interface BuildOptions {
  /** Ingestion options (document name, repair, …). */
  readonly ingest?: IngestOptions;
  /** Corpus options (confidence threshold, progress callback, …); the lexicon comes from the resources. */
  readonly corpus?: Omit<CorpusOptions, 'lexicon'>;
  /**
   * Language tag of the Chinese side of the TMX and TBX. Default `zh-CN`: CAT
   * projects are usually mainland Chinese, so the text is converted to
   * Simplified; a Traditional tag (`zh-TW`, `zh-Hant`) keeps the original script.
   */
  readonly zhLang?: ChineseTmxLang | undefined;
  /** TMX `creationdate` in seconds since the epoch (SOURCE_DATE_EPOCH); default: none, so builds are reproducible. */
  readonly creationDate?: number | undefined;
  /** Issues found before ingestion (e.g. skipped files of a folder), reported first. */
  readonly readIssues?: readonly Issue[];
}

/**
 * Run the main job on an input. Deterministic: no clock, no randomness, sorted JSON keys.
 * @example
 * buildOutputs({ kind: 'mixed', source }, resources).files.map((f) => f.name)
 * //=> ['news.document.json', 'news.units.json', 'news.tmx', 'news.terms.tsv', 'news.terms.tbx', 'news.terms.review.tsv', 'news.report.html']
 */
export function buildOutputs(input: IngestInput, resources: BuildResources, options: BuildOptions = {}): BuildOutputs {
  const ingested = ingest(input, options.ingest);
  const document: Document = { ...ingested, issues: [...(options.readIssues ?? []), ...ingested.issues] };
  const corpus = buildCorpus(document, { ...options.corpus, lexicon: resources.alignLexicon });
  const accepted = corpus.units.filter((unit) => unit.status === 'accepted');
  const terms = extractTerms(accepted, { lexicon: resources.lexicon });
  const files = corpusOutputFiles(corpus, terms, options);
  return {
    document,
    corpus,
    terms,
    issues: [...files.issues, ...terms.issues],
    files: [{ name: `${document.name}.document.json`, content: stableJson(document) }, ...files.files],
  };
}

/** What {@link corpusOutputFiles} writes besides the corpus and the termbase. */
export interface CorpusOutputOptions {
  /** See {@link BuildOptions.zhLang}. */
  readonly zhLang?: ChineseTmxLang | undefined;
  /** See {@link BuildOptions.creationDate}. */
  readonly creationDate?: number | undefined;
  /** Written as the units file's `review` field: which review file and revision the corpus reflects. */
  readonly review?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Every output file of a corpus and its termbase but the document: units.json,
 * the TMX (accepted units), the termbase (TSV, TBX, review list) and the
 * report. The one place that turns a corpus into files: `build` writes them
 * for a fresh corpus, `review` for a reviewed one (a reviewed unit carries
 * `x-status` and its `changedate`/`changeid` in the TMX).
 */
export function corpusOutputFiles(
  corpus: Corpus,
  terms: { readonly terms: readonly Term[]; readonly review: readonly Term[] },
  options: CorpusOutputOptions = {},
): { files: OutputFile[]; issues: readonly Issue[] } {
  const zhLang = options.zhLang ?? 'zh-CN';
  // How each unit was found (aligned, caption, recovered) travels as a prop too, so a CAT tool's
  // user can filter on it; so does a reviewer's decision.
  const tmxUnits = corpus.units
    .filter((unit) => unit.status === 'accepted')
    .map((unit) =>
      unit.review === undefined
        ? { ...unit, props: { 'x-method': unit.method } }
        : { ...unit, props: { 'x-method': unit.method, 'x-status': unit.review.state }, changed: { at: unit.review.at, by: unit.review.by } },
    );
  const tmx = serializeTmx(tmxUnits, { zhLang, ...(options.creationDate === undefined ? {} : { creationDate: options.creationDate }) });
  const name = corpus.name;
  const { issues: _issues, ...unitsFile } = corpus;
  return {
    issues: tmx.issues,
    files: [
      { name: `${name}.units.json`, content: stableJson(options.review === undefined ? unitsFile : { ...unitsFile, review: options.review }) },
      { name: `${name}.tmx`, content: tmx.value },
      { name: `${name}.terms.tsv`, content: serializeTermsTsv(terms.terms) },
      { name: `${name}.terms.tbx`, content: serializeTbx(terms.terms, { zhLang, zhForm: chineseScriptOfTag(zhLang) === 'simplified' ? 'simplified' : 'original' }) },
      { name: `${name}.terms.review.tsv`, content: serializeTermsTsv(terms.review) },
      { name: `${name}.report.html`, content: renderReport(corpus, { zhLang }) },
    ],
  };
}
