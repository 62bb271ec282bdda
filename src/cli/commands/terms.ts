/** `bitext-tm terms`: extract a termbase from aligned units and write it as TSV and TBX. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { TermsError, UsageError } from '../../errors';
import { serializeTbx } from '../../export/serialize-tbx';
import { loadLexicon } from '../../lexicon/load-lexicon';
import { LineIndex } from '../../position';
import { DEFAULT_EXTRACT_TERMS_OPTIONS, extractTerms } from '../../terms/extract-terms';
import { serializeTermsTsv } from '../../terms/io/serialize-terms-tsv';
import type { Term, TermType, TranslationUnit } from '../../types';
import type { CliIo, Command } from '../cli-io';
import { checkOutputFiles, checkOutputFolder, makeOutputFolder } from '../output/check-output';
import { writeFilesAtomically } from '../output/pending-file';
import { readTermbaseFile } from '../input/read-termbase-file';

const HELP = `Usage: bitext-tm terms --units FILE.units.json --out DIR [options]

Extract a bilingual termbase (people, organisations, places, titles, events)
from aligned translation units and write DIR/<name>.terms.tsv (one row per
pair, with the concept entry it belongs to) and DIR/<name>.terms.tbx
(TBX-Basic, one entry per concept with all its forms). Pairs below the
confidence threshold go to DIR/<name>.terms.review.tsv for a person to check.

Options:
  --units FILE           units JSON: { "units": [{ "id", "en", "zh", … }, …] }
  --out DIR              output folder (created if missing)
  --termbase FILE        your termbase (.tsv or .tbx): its pairs are known
                         from the start and found wherever both sides occur
  --min-confidence N     threshold in [0, 1] (default ${DEFAULT_EXTRACT_TERMS_OPTIONS.minConfidence})
  --tbx-version 2|3      TBX v2 <martif> (default; what translate-toolkit and
                         OmegaT read) or TBX v3 (ISO 30042:2019)
  --zh-lang TAG          language tag of the Chinese terms in TBX (default zh-CN)

Example:
  bitext-tm terms --units corpus/out/chongqing-fao-2022.en-zh.units.json --out terms
`;

/** The `terms` command. */
export const termsCommand: Command = {
  name: 'terms',
  summary: 'extract a termbase (TSV + TBX) from aligned units',
  help: HELP,
  run(args: readonly string[], io: CliIo): Promise<number> {
    return extractTermFiles(args, io);
  },
};

/** Extract the termbase from the units file and write its three files. */
async function extractTermFiles(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      units: { type: 'string' },
      out: { type: 'string' },
      'min-confidence': { type: 'string' },
      'tbx-version': { type: 'string' },
      'zh-lang': { type: 'string' },
      termbase: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.units === undefined || values.out === undefined) {
    throw new UsageError('CLI_USAGE', 'Expected --units FILE.units.json and --out DIR. Run "bitext-tm terms --help".');
  }
  const minConfidence = values['min-confidence'] === undefined ? DEFAULT_EXTRACT_TERMS_OPTIONS.minConfidence : Number(values['min-confidence']);
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError('CLI_USAGE', `Expected --min-confidence in [0, 1], found "${values['min-confidence']}".`);
  const version = values['tbx-version'] === undefined ? 2 : Number(values['tbx-version']);
  if (version !== 2 && version !== 3) throw new UsageError('CLI_USAGE', `Expected --tbx-version 2 or 3, found "${values['tbx-version']}".`);
  const name = basename(values.units).replace(/\.units\.json$|\.json$/u, '');
  const tsvPath = join(values.out, `${name}.terms.tsv`);
  const tbxPath = join(values.out, `${name}.terms.tbx`);
  const reviewPath = join(values.out, `${name}.terms.review.tsv`);
  // Where the files go is checked before the work: a read-only folder costs a second, not an extraction.
  await checkOutputFolder(values.out);
  await checkOutputFiles([tsvPath, tbxPath, reviewPath], [values.units]);
  const units = readUnitsFile(values.units);
  const termbase = values.termbase === undefined ? undefined : readTermbaseFile(values.termbase);
  const result = extractTerms(units, { lexicon: loadLexicon(), minConfidence, termbase });
  for (const issue of result.issues) io.stderr.write(`bitext-tm terms: ${values.units}: ${issue.message} [${issue.code}]\n`);
  await makeOutputFolder(values.out);
  await writeFilesAtomically([
    { path: tsvPath, content: serializeTermsTsv(result.terms) },
    { path: tbxPath, content: serializeTbx(result.terms, { version, ...(values['zh-lang'] === undefined ? {} : { zhLang: values['zh-lang'] }) }) },
    { path: reviewPath, content: serializeTermsTsv(result.review) },
  ]);
  io.stdout.write(`${tsvPath}: ${result.terms.length} terms (${countsByType(result.terms)})\n`);
  io.stdout.write(`${tbxPath}: TBX v${version}\n`);
  io.stdout.write(`${reviewPath}: ${result.review.length} pairs below confidence ${minConfidence}, for review\n`);
  return 0;
}

/**
 * Counts per type, in type order: "34 person, 60 org, …".
 */
export function countsByType(terms: readonly Term[]): string {
  const types: TermType[] = ['person', 'org', 'place', 'title', 'event'];
  return types.map((t) => `${terms.filter((term) => term.type === t).length} ${t}`).join(', ');
}

/** Read `{ "units": [...] }` (or a bare array of units); errors name the file and place. */
function readUnitsFile(file: string): TranslationUnit[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE';
    throw new UsageError(code, `Cannot read the units file: ${(error as Error).message}.`, { file, cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/u.exec((error as Error).message);
    const place = at ? new LineIndex(text).pointAt(Number(at[1])) : undefined;
    throw new TermsError('TERMS_INVALID_INPUT', 'Expected a JSON units file, found text that is not valid JSON.', { file, place, cause: error });
  }
  const units = Array.isArray(data) ? data : (data as { units?: unknown } | null)?.units;
  if (!Array.isArray(units)) throw new TermsError('TERMS_INVALID_INPUT', 'Expected a JSON object with a "units" array, found none.', { file });
  return units as TranslationUnit[];
}
