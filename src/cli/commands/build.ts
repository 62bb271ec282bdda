/** `bitext-tm build <input…> --out DIR`: read the input, run the main job (`build`), write its files, print a summary. */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from '../../corpus/build';
import { BUILD_FILE_SUFFIXES } from '../../corpus/output/build-files';
import { DEFAULT_BUILD_OPTIONS } from '../../corpus/build-options';
import { checkOutputName } from '../../corpus/output/check-output-name';
import { UsageError } from '../../errors';
import { documentName } from '../../ingest/document-name';
import type { ChineseTmxLang } from '../../tmx/write/tmx-write-options';
import type { Command } from '../cli-io';
import { checkOutputFiles, checkOutputFolder, makeOutputFolder } from '../output/check-output';
import { writeFilesAtomically } from '../output/pending-file';
import { createProgress } from '../progress/progress-bar';
import { applyReviewToBuild } from '../review/review-on-build';
import { inputPaths, readInput } from '../input/read-input';
import { summarizeBuild } from '../summaries/summarize-build';

const HELP = `Usage: bitext-tm build <input…> --out DIR [options]

Build the corpus from raw English–Chinese text: clean and split it, align the
sentences into translation units, extract the termbase. Writes to DIR:
  <name>.document.json    articles, blocks, paragraphs with offsets; cleaning issues
  <name>.units.json       every unit (text, article, lines, offsets, bead type,
                          confidence, status) and the sentences left unaligned
  <name>.tmx              TMX 1.4 of the units at or above the threshold
  <name>.terms.tsv/.tbx   the termbase; <name>.terms.review.tsv the doubtful pairs
  <name>.report.html      a page to review the alignment side by side
  <name>.issues.json      every issue of every stage, with its file:line:column
and prints a summary on stderr (a progress bar too, on a terminal). The files
are written only when all of them are ready, each through a temporary file:
a failure leaves no partial output.

Input:
  FILE             one text holding both languages (blocks, caption lines)
  FILE FILE        one text per language, in either order
  FOLDER           NAME.en.txt + NAME.zh.txt pairs
  -                standard input
  Text in UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 or Big5
  (detected and reported); LF, CRLF or CR line ends.

Options:
  -o, --out DIR    output folder (created if missing)
      --name NAME  output name, a plain file name (default: the input's base
                   name without .txt)
      --repair     apply safe repairs (missing spaces, "COVlD" → "COVID",
                   ASCII commas in Chinese) and report each one
      --zh-lang TAG
                   language tag of the Chinese side of the TMX and TBX: zh-CN
                   (default; text converted to Simplified), zh-Hans, zh-TW or
                   zh-Hant (Traditional kept), zh (text unchanged)
      --threshold N
                   units below confidence N stay out of the TMX and are listed
                   for review (default ${DEFAULT_BUILD_OPTIONS.confidenceThreshold})
      --creation-date SECONDS
                   TMX creationdate, seconds since the epoch (default: the
                   SOURCE_DATE_EPOCH environment variable, else none)

Example:
  bitext-tm build corpus/raw/chongqing-fao-2022.en-zh.txt --out corpus/out
`;

/**
 * The `build` command.
 * @example await buildCommand.run(['corpus/raw/chongqing-fao-2022.en-zh.txt', '--out', 'corpus/out'], processIo) //=> 0
 */
export const buildCommand: Command = {
  name: 'build',
  summary: 'build the corpus outputs from raw bilingual text',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        name: { type: 'string' },
        repair: { type: 'boolean' },
        threshold: { type: 'string' },
        'creation-date': { type: 'string' },
        'zh-lang': { type: 'string' },
      },
    });
    // Everything that can be checked before the work is checked first.
    const out = values.out;
    if (out === undefined || out === '') throw new UsageError('CLI_USAGE', 'Expected --out DIR (the folder to write the outputs to).');
    if (values.name !== undefined) checkOutputName(values.name);
    const threshold = parseNumberOption('--threshold', values.threshold, 0, 1);
    const creationDate = parseNumberOption('--creation-date', values['creation-date'] ?? io.env['SOURCE_DATE_EPOCH'], 0, 253_402_300_799);
    const zhLang = parseZhLang(values['zh-lang']);
    await checkOutputFolder(out);
    const read = await readInput(positionals, io);
    const name = values.name ?? read.name ?? documentName(read.input);
    await checkOutputFiles(BUILD_FILE_SUFFIXES.map((suffix) => join(out, `${name}${suffix}`)), inputPaths(read));

    const progress = createProgress(io.stderr, 'build');
    const result = build(read.input, {
      name,
      ingest: { repair: values.repair ?? false },
      confidenceThreshold: threshold,
      creationDate,
      zhLang,
      inputIssues: read.issues,
      onProgress: ({ step, done, total }) => {
        progress.update(done, total, step);
      },
    });
    progress.finish();
    await makeOutputFolder(out);
    // A review of an earlier build in the same folder: keep its decisions where the text is the same.
    const reviewed = await applyReviewToBuild(out, result, { zhLang, creationDate });
    const files = reviewed.files.map((file) => ({ path: join(out, file.name), content: file.content }));
    await writeFilesAtomically(files);
    io.stderr.write(`${summarizeBuild(result, join(out, `${result.name}.issues.json`))}\n${reviewed.report === '' ? '' : `${reviewed.report}\n`}wrote ${files.map((file) => file.path).join(', ')}\n`);
    return 0;
  },
};

/** A number option within [min, max], or undefined when absent. */
function parseNumberOption(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError('CLI_USAGE', `Expected ${name} to be a number from ${min} to ${max}, found "${text}".`);
  }
  return value;
}

const ZH_LANGS: readonly ChineseTmxLang[] = ['zh-CN', 'zh-TW', 'zh-Hans', 'zh-Hant', 'zh'];

/** The --zh-lang value, one of the tags the TMX writer knows. */
function parseZhLang(text: string | undefined): ChineseTmxLang | undefined {
  if (text === undefined) return undefined;
  const tag = ZH_LANGS.find((known) => known.toLowerCase() === text.toLowerCase());
  if (!tag) throw new UsageError('CLI_USAGE', `Expected --zh-lang to be one of ${ZH_LANGS.join(', ')}, found "${text}".`);
  return tag;
}
