/**
 * The main job as a pure function: input → every output file's name and
 * content. `bitext-tm build` only reads the input, calls this and writes the
 * files. Later stages (segmentation, alignment, TMX, terms, report) add their
 * outputs here.
 */
import type { Issue } from '../errors';
import { ingest } from '../ingest/ingest';
import type { IngestInput, IngestOptions } from '../ingest/ingest-options';
import type { Document } from '../types';
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
  readonly files: readonly OutputFile[];
}

/** Options of the main job. */
export interface BuildOptions {
  /** Ingestion options (document name, repair, …). */
  readonly ingest?: IngestOptions;
  /** Issues found before ingestion (e.g. skipped files of a folder), reported first. */
  readonly readIssues?: readonly Issue[];
}

/**
 * Run the main job on an input. Deterministic: no clock, no randomness, sorted JSON keys.
 * @example buildOutputs({ kind: 'mixed', source }).files.map((f) => f.name) //=> ['news.document.json']
 */
export function buildOutputs(input: IngestInput, options: BuildOptions = {}): BuildOutputs {
  const ingested = ingest(input, options.ingest);
  const document: Document = { ...ingested, issues: [...(options.readIssues ?? []), ...ingested.issues] };
  return { document, files: [{ name: `${document.name}.document.json`, content: stableJson(document) }] };
}
