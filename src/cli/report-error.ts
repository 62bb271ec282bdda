/** Turn an error into the one line a CLI user sees. */
import { isBitextError } from '../errors';

/**
 * Format a user mistake as `file:line:column: message [code]` (the parts that
 * are known). Anything else is a bug in bitext-tm: say so, with the stack.
 * @example
 * formatError(new IngestError('INGEST_EMPTY_INPUT', 'The file is empty.', { file: 'a.txt' }))
 * //=> 'a.txt: The file is empty. [INGEST_EMPTY_INPUT]'
 */
export function formatError(error: unknown): string {
  if (isBitextError(error)) {
    const where = error.file === undefined ? '' : error.place === undefined ? `${error.file}: ` : `${error.file}:${error.place.line}:${error.place.column}: `;
    // One line, whatever the message holds (a file name or a library's message with line breaks).
    return `${where}${error.message.replace(/\s*[\r\n]\s*/gu, ' ')} [${error.code}]`;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `internal error (a bug in bitext-tm, please report it):\n${detail}`;
}
