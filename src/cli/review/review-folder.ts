/**
 * The files of a review, beside the build's outputs in OUT_DIR:
 *   NAME.review.jsonl       the review file: a header line, then one line per save (append-only)
 *   NAME.review-base.json   the corpus and termbase as the build made them, which the saves apply to
 * and the outputs a review regenerates (units.json, TMX, TBX/TSV, report). Reading, appending
 * with fsync, and writing through temp files happen here; the review itself is src/review/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, open, readFile, rm, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { ReviewError, type Issue } from '../../errors';
import { parseReviewLog, type ReviewLog } from '../../review/parse-review-log';
import type { ReviewBase } from '../../review/review-base';
import type { ReviewSave } from '../../review/review-decision';
import type { ReviewSession } from '../../review/review-session';
import { reviewFileHeader, serializeReviewSave } from '../../review/serialize-review-save';
import { parseTermsTsv } from '../../terms/io/parse-terms-tsv';
import { parseTmx } from '../../tmx/read/parse-tmx';
import type { ChineseTmxLang } from '../../tmx/write/tmx-write-options';
import type { Corpus, Document, Term } from '../../types';
import { corpusOutputFiles, type CorpusOutputOptions } from '../../corpus/output/build-files';
import { stableJson } from '../../corpus/output/stable-json';
import { syncFolder, TEMP_PREFIX, writeFilesAtomically } from '../output/pending-file';

/** Where a review's files are. */
export interface ReviewPaths {
  readonly dir: string;
  readonly name: string;
  readonly log: string;
  readonly base: string;
  readonly torn: string;
  readonly units: string;
  readonly document: string;
}

/** The review files' paths for corpus `name` in `dir`. */
export function reviewPaths(dir: string, name: string): ReviewPaths {
  return {
    dir,
    name,
    log: join(dir, `${name}.review.jsonl`),
    base: join(dir, `${name}.review-base.json`),
    torn: join(dir, `${name}.review.jsonl.torn`),
    units: join(dir, `${name}.units.json`),
    document: join(dir, `${name}.document.json`),
  };
}

/** The base of a review as its file holds it: what the build made, and how it wrote the outputs. */
export interface StoredBase {
  readonly base: ReviewBase;
  readonly outputs: Pick<CorpusOutputOptions, 'zhLang' | 'creationDate'>;
}

/** An opened review folder. */
export interface ReviewFolder {
  readonly paths: ReviewPaths;
  readonly stored: StoredBase;
  /** True when the base file is written already (it is, before the first save is). */
  baseWritten: boolean;
  readonly log: ReviewLog | undefined;
  /** What opening found: a torn last line moved aside. */
  readonly notices: readonly Issue[];
}

const BASE_FORMAT = 'bitext-tm review base';

/**
 * The corpus name in `dir`: `name` when given, else the one `*.units.json` there.
 * @throws ReviewError REVIEW_MISSING_FILE when there is none, or several and no name.
 */
export function findCorpusName(dir: string, name?: string): string {
  if (name !== undefined) return name;
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch (error) {
    throw new ReviewError('REVIEW_MISSING_FILE', `Expected a folder of bitext-tm build outputs, found none (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}).`, { file: dir, cause: error });
  }
  const names = files.filter((f) => f.endsWith('.units.json') && !f.startsWith('.')).map((f) => f.slice(0, -'.units.json'.length));
  if (names.length === 1 && names[0] !== undefined) return names[0];
  if (names.length === 0) throw new ReviewError('REVIEW_MISSING_FILE', 'Expected NAME.units.json (run bitext-tm build --out DIR first), found none.', { file: dir });
  throw new ReviewError('REVIEW_MISSING_FILE', `Expected one corpus in the folder, found ${names.length} (${names.join(', ')}); choose one with --name.`, { file: dir });
}

/**
 * Open the review of corpus `name` in `dir`: read the base (or make it from
 * the build's outputs when no review has started) and the review file. A torn
 * last line is moved to NAME.review.jsonl.torn and reported, so the next save
 * appends to whole lines.
 */
export async function openReviewFolder(dir: string, name: string): Promise<ReviewFolder> {
  const paths = reviewPaths(dir, name);
  const notices: Issue[] = [];
  await removeLeftoverTempFiles(dir, name);
  const logText = existsSync(paths.log) ? await readFile(paths.log, 'utf8') : undefined;
  let log = logText === undefined ? undefined : parseReviewLog(logText, paths.log);
  if (log?.header.corpus !== undefined && log.header.corpus !== name) {
    throw new ReviewError('REVIEW_BAD_LOG', `Expected the review file of corpus ${name}, found one of ${log.header.corpus}.`, { file: paths.log });
  }
  if (log?.torn !== undefined && logText !== undefined) {
    for (const issue of log.issues) notices.push({ ...issue, message: `${issue.message} Its text was moved to ${paths.torn}.` });
    await moveTornLine(paths, logText, log.torn);
    log = parseReviewLog(await readFile(paths.log, 'utf8'), paths.log);
  }
  const document = JSON.parse(await readRequired(paths.document)) as Document;
  let stored: StoredBase;
  let baseWritten = existsSync(paths.base);
  if (baseWritten) {
    stored = parseBase(await readFile(paths.base, 'utf8'), document, paths.base);
  } else {
    if ((log?.saves.length ?? 0) > 0) {
      throw new ReviewError('REVIEW_MISSING_FILE', `Expected ${paths.base} beside a review file with saves, found none; run bitext-tm build again on the same input to remake it.`, { file: paths.base });
    }
    stored = await baseFromOutputs(paths, document);
    baseWritten = false;
  }
  return { paths, stored, baseWritten, log, notices };
}

/** Write the base file (before the first save, so the saves always have what they apply to). */
export async function writeBase(folder: ReviewFolder): Promise<void> {
  if (folder.baseWritten) return;
  await writeFilesAtomically([{ path: folder.paths.base, content: serializeBase(folder.stored) }]);
  folder.baseWritten = true;
}

/** The base as its file's text. */
export function serializeBase(stored: StoredBase): string {
  const { issues: _issues, ...corpus } = stored.base.corpus;
  return stableJson({ format: BASE_FORMAT, version: 1, corpus, terms: stored.base.terms ?? null, outputs: stored.outputs });
}

/**
 * Append one save to the review file and flush it to disk; the first save
 * creates the file with its header. On a failed write (a full disk) the file
 * is cut back to its previous length, so it never ends in half a line.
 */
export async function appendSave(folder: ReviewFolder, save: ReviewSave): Promise<void> {
  await writeBase(folder);
  const line = serializeReviewSave(save);
  if (!existsSync(folder.paths.log)) {
    await writeFilesAtomically([{ path: folder.paths.log, content: reviewFileHeader(folder.paths.name) + line }]);
    return;
  }
  const size = (await stat(folder.paths.log)).size;
  const handle = await open(folder.paths.log, 'a');
  try {
    await handle.write(line);
    await handle.sync();
  } catch (error) {
    await handle.truncate(size).catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}

/** The output files of the session's reviewed corpus (units.json, TMX, termbase, report). */
export function reviewedOutputFiles(session: ReviewSession, stored: StoredBase, paths: ReviewPaths): { files: { name: string; content: string }[]; issues: readonly Issue[] } {
  const corpus = session.corpus();
  const terms = session.terms() ?? { terms: [], review: [] };
  const review = { file: `${paths.name}.review.jsonl`, revision: session.revision };
  return corpusOutputFiles(corpus, terms, { ...stored.outputs, review });
}

/** Write the reviewed outputs, each through a temp file and a rename. */
export async function writeReviewedOutputs(session: ReviewSession, folder: ReviewFolder): Promise<void> {
  const { files } = reviewedOutputFiles(session, folder.stored, folder.paths);
  await writeFilesAtomically(files.map((file) => ({ path: join(folder.paths.dir, file.name), content: file.content })));
}

/**
 * Temp files of this corpus that a killed process left (its outputs were never replaced by
 * them, so they hold nothing that is not elsewhere): remove those whose process is gone.
 */
async function removeLeftoverTempFiles(dir: string, name: string): Promise<void> {
  for (const file of readdirSync(dir)) {
    const match = file.startsWith(TEMP_PREFIX) ? /^(\d+)-/u.exec(file.slice(TEMP_PREFIX.length)) : null;
    if (!match || !file.slice(TEMP_PREFIX.length + match[0].length).startsWith(`${name}.`) || isRunning(Number(match[1]))) continue;
    await rm(join(dir, file), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Keep the torn line's text in NAME.review.jsonl.torn (flushed), then cut it off the review file. */
async function moveTornLine(paths: ReviewPaths, logText: string, torn: { readonly offset: number; readonly text: string }): Promise<void> {
  await appendFile(paths.torn, `${torn.text}\n`);
  const handle = await open(paths.torn, 'r+');
  await handle.sync();
  await handle.close();
  await truncate(paths.log, Buffer.byteLength(logText.slice(0, torn.offset)));
  await syncFolder(paths.dir);
}

async function readRequired(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ReviewError('REVIEW_MISSING_FILE', `Expected ${path} (written by bitext-tm build), found none.`, { file: path, cause: error });
  }
}

function parseBase(text: string, document: Document, file: string): StoredBase {
  const value = JSON.parse(text) as { format?: unknown; corpus?: Omit<Corpus, 'issues'>; terms?: { terms: Term[]; review: Term[] } | null; outputs?: StoredBase['outputs'] };
  if (value.format !== BASE_FORMAT || value.corpus === undefined) throw new ReviewError('REVIEW_BAD_LOG', `Expected a "${BASE_FORMAT}" file, found something else.`, { file });
  return {
    base: { corpus: { ...value.corpus, issues: document.issues }, document, ...(value.terms ? { terms: value.terms } : {}) },
    outputs: value.outputs ?? {},
  };
}

/** The base of a review not started yet: the build's units.json, termbase TSVs and TMX header. */
async function baseFromOutputs(paths: ReviewPaths, document: Document): Promise<StoredBase> {
  const unitsFile = JSON.parse(await readRequired(paths.units)) as Omit<Corpus, 'issues'> & { review?: unknown };
  if (unitsFile.review !== undefined) {
    throw new ReviewError('REVIEW_MISSING_FILE', `Expected ${paths.base} beside a reviewed units file, found none; run bitext-tm build again on the same input.`, { file: paths.base });
  }
  const termsPath = join(paths.dir, `${paths.name}.terms.tsv`);
  const reviewPath = join(paths.dir, `${paths.name}.terms.review.tsv`);
  const terms = existsSync(termsPath) ? { terms: parseTermsTsv(await readFile(termsPath, 'utf8'), termsPath), review: existsSync(reviewPath) ? parseTermsTsv(await readFile(reviewPath, 'utf8'), reviewPath) : [] } : undefined;
  const tmxPath = join(paths.dir, `${paths.name}.tmx`);
  const outputs = existsSync(tmxPath) ? tmxWriteFacts(await readFile(tmxPath, 'utf8')) : {};
  return { base: { corpus: { ...unitsFile, issues: document.issues }, document, ...(terms ? { terms } : {}) }, outputs };
}

/** How the build wrote its TMX: the Chinese language tag and the header's creationdate. */
function tmxWriteFacts(tmx: string): StoredBase['outputs'] {
  const parsed = parseTmx(tmx).value;
  const zhLang = parsed.units[0]?.variants.find((v) => v.lang.toLowerCase().startsWith('zh'))?.lang as ChineseTmxLang | undefined;
  const date = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/u.exec(parsed.header.attributes['creationdate'] ?? '');
  const creationDate = date ? Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]), Number(date[4]), Number(date[5]), Number(date[6])) / 1000 : undefined;
  return { ...(zhLang === undefined ? {} : { zhLang }), ...(creationDate === undefined ? {} : { creationDate }) };
}
