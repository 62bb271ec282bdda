/**
 * Command-line paths → an ingest input. The only place that reads input
 * files: one file (both languages), two files (one per language, in either
 * order: the language of each is detected), a folder of NAME.en.txt +
 * NAME.zh.txt pairs, or `-` for standard input.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { IngestError, UsageError, type Issue } from '../../errors';
import { decodeText } from '../../ingest/decode/decode-text';
import { detectTextLanguage } from '../../ingest/language/detect-text-language';
import type { IngestInput, SourcePair } from '../../ingest/ingest-options';
import type { SourceText } from '../../types';
import type { CliIo } from '../cli-io';
import { groupTextFiles } from './group-text-files';

/** What the paths hold: the input, a name for it when the paths give one, and warnings. */
export interface ReadInput {
  readonly input: IngestInput;
  /** The folder's name for a folder of pairs; otherwise ingestion names the document. */
  readonly name?: string;
  /** Files of a folder that were skipped (INGEST_UNPAIRED_FILE), files decoded from GB18030 or Big5 (INGEST_LEGACY_ENCODING). */
  readonly issues: readonly Issue[];
}

/** The name a text read from standard input carries. */
export const STDIN_NAME = '<stdin>';

/**
 * Read the inputs named on the command line.
 * @throws UsageError CLI_USAGE, FILE_NOT_FOUND, FILE_UNREADABLE; IngestError from decoding, or
 *   INGEST_NO_FILE_PAIRS / INGEST_NO_ENGLISH_TEXT / INGEST_NO_CHINESE_TEXT
 */
export async function readInput(paths: readonly string[], io: Pick<CliIo, 'readStdin'>): Promise<ReadInput> {
  if (paths.length === 0 || paths.length > 2) {
    throw new UsageError('CLI_USAGE', `Expected one bilingual file, two files (one per language) or one folder of NAME.en.txt + NAME.zh.txt pairs, found ${paths.length} inputs.`);
  }
  if (paths.length === 2 && paths[0] === '-' && paths[1] === '-') throw new UsageError('CLI_USAGE', 'Expected at most one "-" (standard input), found two.');
  const [first, second] = paths;
  const issues: Issue[] = [];
  if (first !== undefined && second === undefined) {
    if (first !== '-' && (await isFolder(first))) return readFolder(first);
    return { input: { kind: 'mixed', source: await readSource(first, issues, io) }, issues };
  }
  const sources = await Promise.all(paths.map((path) => readSource(path, issues, io)));
  return { input: assignLanguages(sources), issues };
}

/**
 * The files the input was read from (not standard input), so outputs can be checked against them.
 * @example inputPaths({ input: { kind: 'mixed', source: { name: 'news.txt', text: '…' } }, issues: [] }) //=> ['news.txt']
 */
export function inputPaths(read: ReadInput): string[] {
  const input = read.input;
  const sources = input.kind === 'mixed' ? [input.source] : input.kind === 'parallel' ? [input.en, input.zh] : input.pairs.flatMap((pair) => [pair.en, pair.zh]);
  return sources.map((source) => source.name).filter((name) => name !== STDIN_NAME);
}

/** Two texts, one per language, in either order. */
function assignLanguages(sources: readonly SourceText[]): IngestInput {
  const langs = sources.map((s) => detectTextLanguage(s.text));
  const [a, b] = sources;
  if (a === undefined || b === undefined) throw new Error('assignLanguages needs two sources');
  const mixedAt = langs.indexOf('mixed');
  if (mixedAt !== -1) {
    throw new UsageError('CLI_USAGE', 'Expected one file per language, found a file with both; give a bilingual file alone.', { file: sources[mixedAt]?.name });
  }
  if (langs[0] === 'en' && langs[1] === 'zh') return { kind: 'parallel', en: a, zh: b };
  if (langs[0] === 'zh' && langs[1] === 'en') return { kind: 'parallel', en: b, zh: a };
  const missing = langs.includes('en') ? 'zh' : 'en';
  const culprit = langs[1] === missing ? a : b;
  const found = langs[0] === langs[1] && langs[0] !== undefined ? `${langs[0] === 'en' ? 'English' : 'Chinese'} in both` : 'no text in either language here';
  throw new IngestError(missing === 'zh' ? 'INGEST_NO_CHINESE_TEXT' : 'INGEST_NO_ENGLISH_TEXT', `Expected one English and one Chinese file, found ${found}.`, { file: culprit.name });
}

/** A folder of NAME.en.txt + NAME.zh.txt pairs, in name order; other .txt files are skipped with a warning. */
async function readFolder(folder: string): Promise<ReadInput> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
  const { pairs: named, lone, others } = groupTextFiles(entries);
  const issues: Issue[] = [
    ...others.map((file) => unpaired(join(folder, file), 'is not named NAME.en.txt or NAME.zh.txt')),
    ...lone.map(({ name, file, missing }) => unpaired(join(folder, file), `has no ${name}.${missing}.txt beside it`)),
  ];
  const pairs: SourcePair[] = [];
  const decoding: Issue[] = [];
  for (const { name, en, zh } of named) pairs.push({ name, en: await readSource(join(folder, en), decoding), zh: await readSource(join(folder, zh), decoding) });
  issues.sort((a, b) => ((a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : 0));
  if (pairs.length === 0) {
    // The CLI prints one line: name the skipped files in it, or the user cannot tell why.
    const skipped = issues.map((issue) => basename(issue.file ?? ''));
    const shown = skipped.length > 3 ? `${skipped.slice(0, 3).join(', ')} and ${skipped.length - 3} more` : skipped.join(', ');
    const found = skipped.length === 0 ? 'no .txt files' : `only files it skipped (${shown})`;
    const hint = lone.length === 0 && skipped.length > 0 ? '; for one bilingual file, give its path instead of the folder' : '';
    throw new IngestError('INGEST_NO_FILE_PAIRS', `Expected NAME.en.txt + NAME.zh.txt pairs in the folder, found ${found}${hint}.`, { file: folder, issues });
  }
  return { input: { kind: 'pairs', pairs }, name: basename(folder.replace(/[\\/]+$/u, '')) || 'pairs', issues: [...issues, ...decoding] };
}

function unpaired(file: string, why: string): Issue {
  return { severity: 'warning', code: 'INGEST_UNPAIRED_FILE', message: `Skipped this file: it ${why}.`, file };
}

/** Read and decode one file (or standard input for `-`); what decoding reports goes to `issues`. */
async function readSource(path: string, issues: Issue[], io?: Pick<CliIo, 'readStdin'>): Promise<SourceText> {
  const onIssue = (issue: Issue): void => {
    issues.push(issue);
  };
  if (path === '-' && io !== undefined) return { name: STDIN_NAME, text: decodeText(await io.readStdin(), STDIN_NAME, { onIssue }) };
  const bytes = await readFile(path).catch((error: unknown) => {
    throw fileError(path, error);
  });
  return { name: path, text: decodeText(bytes, path, { onIssue }) };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    throw fileError(path, error);
  }
}

/** A file-system error as a user mistake with the path. */
function fileError(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UsageError('FILE_NOT_FOUND', 'Expected a file or folder, found nothing at this path.', { file: path, cause: error });
  if (code === 'EISDIR') {
    return new UsageError('FILE_UNREADABLE', 'Expected a file, found a folder (a folder of NAME.en.txt + NAME.zh.txt pairs is given alone).', { file: path, cause: error });
  }
  if (code === 'EACCES' || code === 'EPERM') return new UsageError('FILE_UNREADABLE', 'Expected a readable file, found no permission to read it.', { file: path, cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new UsageError('FILE_UNREADABLE', `Expected a readable file, found an error: ${detail}`, { file: path, cause: error });
}
