/** Reading the files of the align and eval commands (the CLI owns all file access). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { AlignError, UsageError } from '../../errors';

/**
 * Read a UTF-8 text file. A missing file is a {@link UsageError}
 * (`FILE_NOT_FOUND`); NUL bytes or invalid UTF-8 an {@link AlignError}
 * (`ALIGN_BINARY_INPUT`): aligning a binary file would only produce noise.
 */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', code === 'ENOENT' ? 'File not found.' : `Cannot read the file (${code ?? 'error'}).`, {
      file: path,
      cause: error,
    });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new AlignError('ALIGN_BINARY_INPUT', 'Expected a text file with one sentence per line, found a NUL byte (binary data).', {
      file: path,
      place: placeOfByte(bytes, nul),
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch (error) {
    throw new AlignError('ALIGN_BINARY_INPUT', 'Expected UTF-8 text, found bytes that are not UTF-8.', { file: path, cause: error });
  }
}

/** One sentence per line (\n or \r\n); a final line break does not start a sentence. */
export function readSentenceFile(path: string): string[] {
  return sentenceLines(readTextFile(path));
}

/**
 * The lines of a sentence file's text (\n or \r\n); a final line break does not start a sentence.
 * @example sentenceLines('He came.\r\nWe left.\r\n') //=> ['He came.', 'We left.']
 */
export function sentenceLines(text: string): string[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/u, ''));
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The `.align` files of a directory, sorted; a missing directory is a {@link UsageError}. */
export function listAlignFiles(dir: string): string[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new UsageError('FILE_NOT_FOUND', 'Directory not found.', { file: dir });
  return readdirSync(dir)
    .filter((name) => name.endsWith('.align'))
    .sort();
}

function placeOfByte(bytes: Buffer, index: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < index; k++) {
    if (bytes[k] === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: index - lineStart + 1, offset: index };
}
