/**
 * Errors and issues. A user mistake is always a {@link BitextError} subclass
 * with a stable `code` and, when it comes from a file, a `place`; recoverable
 * problems are returned as {@link Issue} data beside the result. Program bugs
 * are plain `Error`s. Positions never go into the message text: the CLI
 * formats `file:line:column`.
 */
import type { Point, Span } from './position';

/** Stable error and issue codes, grouped by the stage that raises them. */
export type ErrorCode =
  // cli and file access
  | 'CLI_USAGE'
  | 'CLI_UNKNOWN_COMMAND'
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  // writing outputs (FileWriteError): nothing is left half-written
  | 'FILE_NOT_WRITABLE' // no permission, or a read-only file system
  | 'FILE_DISK_FULL' // no space left (or over quota)
  | 'FILE_EXISTS' // something is in the way where a folder must be created
  | 'FILE_NOT_A_FOLDER' // a path that must be a folder is a file
  | 'FILE_IS_A_FOLDER' // a path that must be a file is a folder
  | 'FILE_SAME_AS_INPUT' // an output would overwrite an input
  // ingest: fatal
  | 'INGEST_EMPTY_INPUT'
  | 'INGEST_BINARY_INPUT'
  | 'INGEST_INVALID_ENCODING'
  | 'INGEST_NO_ENGLISH_TEXT'
  | 'INGEST_NO_CHINESE_TEXT'
  | 'INGEST_NO_FILE_PAIRS'
  | 'INGEST_LINE_TOO_LONG'
  // ingest: cleaning records and warnings
  | 'INGEST_PINYIN_NOTE_REMOVED'
  | 'INGEST_CAPTION_LINE_SPLIT'
  | 'INGEST_UNPAIRED_FILE'
  | 'INGEST_SUSPECT_TEXT'
  | 'INGEST_MISSING_SPACE'
  | 'INGEST_CONTROL_CHARACTER'
  | 'INGEST_REPAIR_APPLIED'
  | 'INGEST_ARTICLES_UNMATCHED'
  | 'INGEST_LEGACY_ENCODING' // info: the file was GB18030 or Big5, decoded (not UTF-8)
  // segment
  | 'SEGMENT_UNKNOWN_LANG'
  | 'SEGMENT_INVALID_TEXT'
  // align
  | 'ALIGN_INVALID_INPUT'
  | 'ALIGN_UNKNOWN_LANG'
  | 'ALIGN_LANGUAGE_MISMATCH' // a file is not in the language declared for it (bitext-tm align)
  | 'ALIGN_SAME_LANGUAGE' // both files are in one language (bitext-tm align)
  | 'ALIGN_BAD_BEAD_FILE'
  | 'ALIGN_MISSING_TEST_FILE'
  | 'ALIGN_BINARY_INPUT'
  // corpus (the main job)
  | 'CORPUS_UNALIGNED_SENTENCE'
  | 'CORPUS_LOW_CONFIDENCE_UNIT'
  | 'CORPUS_INVALID_OPTION'
  // tmx: reading (fatal unless noted)
  | 'TMX_MALFORMED_XML'
  | 'TMX_NOT_TMX'
  | 'TMX_ENTITY_DECLARATION'
  | 'TMX_UNSUPPORTED_ENCODING'
  | 'TMX_INVALID_ENCODING'
  | 'TMX_OVERSIZED_ELEMENT'
  | 'TMX_NESTING_TOO_DEEP' // elements nested deeper than MAX_ELEMENT_DEPTH (256)
  | 'TMX_MISSING_SEG' // a unit without seg/tuv or with an empty side: skipped (Issue) or fatal, by option
  | 'TMX_MISSING_LANG' // a tuv without xml:lang, or a unit without en or zh: skipped or fatal, by option
  | 'TMX_MISSING_HEADER' // warning
  | 'TMX_UNEXPECTED_CONTENT' // warning: unknown element or stray text, ignored
  | 'TMX_INVALID_PROP' // warning: an x- provenance prop bitext-tm cannot read, kept as a plain prop
  | 'TMX_INLINE_FLATTENED' // warning (tmx convert): units whose inline markup was flattened to plain text, counted once
  // tmx: reading and writing
  | 'TMX_ILLEGAL_CHAR' // XML-illegal character: removed (warning) or fatal, by option
  | 'TMX_INVALID_OPTION'
  // tmx: writing (warnings and records beside the output)
  | 'TMX_TRIMMED_WHITESPACE'
  | 'TMX_EMPTY_SEG'
  | 'TMX_DUPLICATE_UNIT'
  | 'TMX_RESERVED_PROP'
  | 'TMX_SCRIPT_CONVERTED'
  | 'TMX_HEADER_COMPLETED' // info (lossless writer): a required header attribute was missing and written, or the version set to 1.4
  // export (TSV, parallel text)
  | 'EXPORT_NEWLINE_REPLACED'
  | 'EXPORT_EMPTY_TEXT'
  | 'EXPORT_NOT_CARRIED' // warning: a unit held what the target format cannot carry (variants, props, notes, attributes, inline markup)
  | 'EXPORT_FORMULA_CELL' // warning (TSV): a cell starts with = + - @, which a spreadsheet may run as a formula
  // terms and tbx
  | 'TERMS_INVALID_INPUT'
  | 'TERMS_UNIT_TOO_LONG' // warning (main job): a unit too long for term extraction was left out of it
  | 'TERMS_DUPLICATE_UNIT_ID'
  | 'TERMS_EMPTY_SIDE'
  | 'TERMS_NO_UNITS'
  | 'TBX_MALFORMED'
  | 'TBX_NO_TERMS'
  | 'TERMS_BAD_TERMBASE_FILE'
  | 'TERMS_EMPTY_QUERY'
  | 'TBX_INVALID_OPTION'
  // translation memory
  | 'TM_EMPTY_QUERY'
  | 'TM_QUERY_TOO_LONG'
  | 'TM_UNKNOWN_LANG'
  | 'TM_NO_UNITS'
  | 'TM_INDEX_CORRUPT'
  | 'TM_BATCH_LINE_INVALID'
  | 'TM_INVALID_OPTION'
  | 'TM_NO_TERMBASE'
  // review (bitext-tm review, applyReview)
  | 'REVIEW_BAD_LOG' // a review file line that is not a save bitext-tm wrote: fatal, with its place
  | 'REVIEW_TORN_LINE' // warning: the review file's last line is incomplete (a save cut off by a crash)
  | 'REVIEW_STALE_DECISION' // warning: a decision whose unit or term changed since; not applied
  | 'REVIEW_EDIT_DISCARDED' // info: a split or move dropped a side's edited text (the sentences' text is used)
  | 'REVIEW_CORPUS_MISMATCH' // the units do not match the document's sentences
  | 'REVIEW_MISSING_FILE' // an output the review needs is missing from the folder
  // serve: the HTTP server and the live memories behind it (embedded journal, PostgreSQL)
  | 'SERVE_BAD_REQUEST'
  | 'SERVE_NOT_FOUND'
  | 'SERVE_METHOD_NOT_ALLOWED'
  | 'SERVE_UNAUTHORIZED'
  | 'SERVE_FORBIDDEN'
  | 'SERVE_TOO_LARGE'
  | 'SERVE_UNSUPPORTED_MEDIA_TYPE'
  | 'SERVE_UNKNOWN_UNIT'
  | 'SERVE_READ_ONLY'
  | 'SERVE_SHUTTING_DOWN'
  | 'SERVE_DATABASE_UNAVAILABLE'
  | 'SERVE_DATABASE_ERROR'
  | 'SERVE_JOURNAL_CORRUPT'
  | 'SERVE_JOURNAL_MISMATCH'
  | 'SERVE_JOURNAL_WRITE_FAILED'
  | 'SERVE_INVALID_OPTION';

/** A problem found in user input, returned beside results or carried by a thrown error. */
export interface Issue {
  /** `info` records what a cleaning step did; `warning` a problem the run went past. */
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: ErrorCode;
  /** One plain sentence: what was expected and what was found. */
  readonly message: string;
  /** The user's file, when the issue comes from one. */
  readonly file?: string;
  /** Where in the user's file (never where in our code). */
  readonly place?: Point;
  /** The affected range of the source text. */
  readonly span?: Span;
  /** Text that a cleaning step removed from the output, so nothing is lost silently. */
  readonly removed?: string;
}

/** Options shared by every {@link BitextError}. */
export interface BitextErrorOptions {
  readonly file?: string | undefined;
  readonly place?: Point | undefined;
  readonly cause?: unknown;
  readonly issues?: readonly Issue[] | undefined;
}

/** The registry symbol every copy of bitext-tm brands its errors with (see {@link isBitextError}). */
const BITEXT_ERROR_BRAND = Symbol.for('bitext-tm.BitextError');

/**
 * A mistake in user input or usage. The CLI prints it as one line, never a stack trace.
 * @example
 * const error = new TmxParseError('TMX_MISSING_SEG', 'Expected <seg> inside <tuv xml:lang="zh">, found none.', { file: 'fao.tmx', place: { line: 3, column: 5, offset: 60 } });
 * [error instanceof BitextError, error instanceof Error, error.name, error.code, error.issues] //=> [true, true, 'TmxParseError', 'TMX_MISSING_SEG', []]
 * // The one line the CLI prints: file:line:column: message [CODE]
 * `${error.file}:${error.place?.line}:${error.place?.column}: ${error.message} [${error.code}]`
 * //=> 'fao.tmx:3:5: Expected <seg> inside <tuv xml:lang="zh">, found none. [TMX_MISSING_SEG]'
 */
export class BitextError extends Error {
  static {
    // The brand isBitextError checks: Symbol.for gives every copy of bitext-tm in a
    // process (the ESM and the CommonJS build, two installed versions) the same key,
    // where instanceof sees only its own copy's class. On the prototype and not
    // enumerable, so errors print and compare (toEqual) as before.
    Object.defineProperty(this.prototype, BITEXT_ERROR_BRAND, { value: true });
  }

  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly place: Point | undefined;
  /** Everything found before giving up, not only the first problem. */
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, message: string, options: BitextErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.file = options.file;
    this.place = options.place;
    this.issues = options.issues ?? [];
  }
}

/**
 * Bad command-line usage or an unreadable file (thrown by the CLI, e.g. `bitext-tm build` with three inputs).
 * @example new UsageError('CLI_USAGE', 'Expected at most one "-" (standard input), found two.') instanceof BitextError //=> true
 */
export class UsageError extends BitextError {}
/**
 * An output that cannot be written (no permission, read-only or full disk, a
 * file where a folder must be, an output that would overwrite an input). The
 * CLI checks its outputs before the work and writes each through a temporary
 * file renamed into place, so such an error never leaves a partial file.
 * @example new FileWriteError('FILE_DISK_FULL', 'Expected room for 2.1 MB, found the disk full; nothing was written.', { file: 'out/news.tmx' }).code //=> 'FILE_DISK_FULL'
 */
export class FileWriteError extends BitextError {}
/**
 * Input that ingestion cannot turn into a document.
 * @example
 * ingest({ kind: 'mixed', source: { name: 'forum.txt', text: 'The forum was held online.\nNearly 50 companies took part.\n' } })
 * // throws IngestError INGEST_NO_CHINESE_TEXT (file 'forum.txt'); decodeText of a PDF throws INGEST_BINARY_INPUT
 */
export class IngestError extends BitextError {}
/**
 * Bad input to the sentence splitter.
 * @example splitSentences('Le forum a eu lieu.', 'fr') // throws SegmentError SEGMENT_UNKNOWN_LANG
 */
export class SegmentError extends BitextError {}
/**
 * Bad input to the aligner or the alignment scorer.
 * @example parseBeadFile('[0]:[0]\n1-1\n', 'forum.test') // throws AlignError ALIGN_BAD_BEAD_FILE at { line: 2, column: 1, offset: 8 }
 */
export class AlignError extends BitextError {}
/**
 * A TMX document that cannot be read.
 * @example
 * // broken: a <seg> closed by </tuv> on line 2 (examples/errors.ts)
 * parseTmx(broken, { file: 'fao.tmx' }) // throws TmxParseError TMX_MALFORMED_XML at { line: 2, column: 85, offset: 132 }
 */
export class TmxParseError extends BitextError {}
/**
 * Units that cannot be written as TMX under the chosen options.
 * @example createTmxWriter({ zhLang: 'zh-HK' }) // throws TmxWriteError TMX_INVALID_OPTION
 */
export class TmxWriteError extends BitextError {}
/**
 * Bad input to term extraction, the termbase or the TBX writer.
 * @example createTermbase([]).lookupTerm('  ') // throws TermsError TERMS_EMPTY_QUERY
 */
export class TermsError extends BitextError {}
/**
 * A bad query or memory for the translation memory.
 * @example new TmError('TM_EMPTY_QUERY', 'Expected a query, found an empty one.') instanceof BitextError //=> true
 */
export class TmError extends BitextError {}
/**
 * A request the memory server refuses, or a live memory that cannot do what was asked
 * (database down, journal damaged). `status` is the HTTP status the server answers with.
 * @example new ServeError('SERVE_DATABASE_UNAVAILABLE', 'Expected PostgreSQL to answer, found it unreachable.', { status: 503 }).status //=> 503
 */
export class ServeError extends BitextError {
  /** HTTP status of the answer: 400, 401, 403, 404, 405, 413, 415, 503… */
  readonly status: number;

  constructor(code: ErrorCode, message: string, options: BitextErrorOptions & { readonly status?: number } = {}) {
    super(code, message, options);
    this.status = options.status ?? 400;
  }
}

/**
 * A review file that cannot be read, or a review that does not fit the corpus.
 * @example
 * parseReviewLog('{"corpus":"news","format":"bitext-tm review","version":1}\nnot json\n{}\n', 'news.review.jsonl')
 * // throws ReviewError REVIEW_BAD_LOG at { line: 2, column: 1, offset: 58 } (examples/review.ts)
 */
export class ReviewError extends BitextError {}

/**
 * True for errors that come from user input (print them as one line, no stack).
 * It checks a brand (a `Symbol.for` key), not `instanceof`, so it also answers
 * true for a `BitextError` made by another copy of bitext-tm in the process: the
 * CommonJS build when you import the ESM one, or another installed version.
 * @example
 * try {
 *   decodeText(new TextEncoder().encode('%PDF-1.7\n'), 'forum.pdf');
 * } catch (error) {
 *   if (!isBitextError(error)) throw error; // a bug, not a user mistake: let it crash
 *   console.log([error.name, error.code, error.file, error.place]);
 * }
 * //=> ['IngestError', 'INGEST_BINARY_INPUT', 'forum.pdf', { line: 1, column: 1, offset: 0 }]
 */
export function isBitextError(error: unknown): error is BitextError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BITEXT_ERROR_BRAND] === true;
}
