/** Read a termbase file for the CLI: TBX when it is XML, TSV otherwise; errors name the file. */
import { readFileSync } from 'node:fs';
import { UsageError } from '../../errors';
import { parseTbx } from '../../terms/io/parse-tbx';
import { parseTermsTsv } from '../../terms/io/parse-terms-tsv';
import type { Term } from '../../types';

/**
 * Read the termbase at `file`: a `.tbx` (or any file starting with an XML
 * declaration or `<martif`/`<tbx`) as TBX, anything else as TSV.
 * @example readTermbaseFile('corpus/out/chongqing-fao-2022.en-zh.terms.tbx').length > 0 //=> true
 */
export function readTermbaseFile(file: string): Term[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE';
    throw new UsageError(code, `Cannot read the termbase: ${(error as Error).message}.`, { file, cause: error });
  }
  const looksLikeXml = /\.tbx$/iu.test(file) || /^\s*<(?:\?xml|martif|tbx)\b/u.test(text);
  return looksLikeXml ? parseTbx(text, file) : parseTermsTsv(text, file);
}
