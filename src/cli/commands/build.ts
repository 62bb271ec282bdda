/** `bitext-tm build <input…> --out DIR`: the main job. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../../errors';
import { buildOutputs } from '../build-outputs';
import { applyReviewToBuild } from '../review-on-build';
import type { Command } from '../cli-io';
import { readInput } from '../read-input';
import { summarizeDocument } from '../summarize-document';
import { summarizeCorpusRun } from '../summarize-corpus-run';
import { loadBuildResources } from '../load-build-resources';
import { createProgress } from '../progress-bar';
import { DEFAULT_CORPUS_OPTIONS } from '../../corpus/corpus-options';
import type { ChineseTmxLang } from '../../tmx/tmx-write-options';

const HELP = `Usage: bitext-tm build <input…> --out DIR [options]

Build the corpus from raw English–Chinese text: clean and split it, align the
sentences into translation units, extract the termbase. Writes to DIR:
  <name>.document.json    articles, blocks, paragraphs with offsets; cleaning issues
  <name>.units.json       every unit (text, article, lines, offsets, bead type,
                          confidence, status) and the sentences left unaligned
  <name>.tmx              TMX 1.4 of the units at or above the threshold
  <name>.terms.tsv/.tbx   the termbase; <name>.terms.review.tsv the doubtful pairs
  <name>.report.html      a page to review the alignment side by side
and prints a summary on stderr (a progress bar too, on a terminal).

Input:
  FILE             one text holding both languages (blocks, caption lines)
  FILE FILE        one text per language, in either order
  FOLDER           NAME.en.txt + NAME.zh.txt pairs
  -                standard input (UTF-8 or UTF-16 with a byte-order mark)

Options:
  -o, --out DIR    output folder (created if missing)
      --name NAME  output name (default: the input's base name without .txt)
      --repair     apply safe repairs (missing spaces, "COVlD" → "COVID",
                   ASCII commas in Chinese) and report each one
      --zh-lang TAG
                   language tag of the Chinese side of the TMX and TBX: zh-CN
                   (default; text converted to Simplified), zh-Hans, zh-TW or
                   zh-Hant (Traditional kept), zh (text unchanged)
      --threshold N
                   units below confidence N stay out of the TMX and are listed
                   for review (default ${DEFAULT_CORPUS_OPTIONS.confidenceThreshold})
      --creation-date SECONDS
                   TMX creationdate, seconds since the epoch (default: the
                   SOURCE_DATE_EPOCH environment variable, else none)

Example:
  bitext-tm build corpus/raw/chongqing-fao-2022.en-zh.txt --out corpus/out
`;

/**
 * The `build` command: read the input, run {@link buildOutputs}, write the files, print a summary.
 * @example await buildCommand.run(['corpus/raw/chongqing-fao-2022.en-zh.txt', '--out', 'corpus/out'], processIo) //=> 0
 */
export const buildCommand: Command = {
  name: 'build',
  summary: 'build the corpus outputs from raw bilingual text',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseOptions(args);
    if (values.out === undefined || values.out === '') throw new UsageError('CLI_USAGE', 'Expected --out DIR (the folder to write the outputs to).');
    const read = await readInput(positionals, io);
    const name = values.name ?? read.name;
    const threshold = parseNumberOption('--threshold', values.threshold, 0, 1);
    const creationDate = parseNumberOption('--creation-date', values['creation-date'] ?? io.env['SOURCE_DATE_EPOCH'], 0, 253_402_300_799);
    const progress = createProgress(io.stderr, 'aligning articles');
    const outputs = buildOutputs(read.input, loadBuildResources(), {
      ingest: { ...(name === undefined ? {} : { name }), repair: values.repair ?? false },
      corpus: { ...(threshold === undefined ? {} : { confidenceThreshold: threshold }), onProgress: (done, total) => { progress.update(done, total); } },
      creationDate,
      zhLang: parseZhLang(values['zh-lang']),
      readIssues: read.issues,
    });
    progress.finish();
    await mkdir(values.out, { recursive: true });
    // A review of an earlier build in the same folder: keep its decisions where the text is the same.
    const reviewed = await applyReviewToBuild(values.out, outputs, { zhLang: parseZhLang(values['zh-lang']), creationDate });
    const written: string[] = [];
    for (const file of reviewed.files) {
      const path = join(values.out, file.name);
      await writeFile(path, file.content);
      written.push(path);
    }
    io.stderr.write(`${summarizeDocument(outputs.document)}\n${summarizeCorpusRun(outputs.corpus, outputs.terms)}\n${reviewed.report === '' ? '' : `${reviewed.report}\n`}wrote ${written.join(', ')}\n`);
    return 0;
  },
};

interface BuildValues {
  out?: string;
  name?: string;
  repair?: boolean;
  threshold?: string;
  'creation-date'?: string;
  'zh-lang'?: string;
}

function parseOptions(args: readonly string[]): { values: BuildValues; positionals: string[] } {
  try {
    return parseArgs({
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
  } catch (error) {
    throw new UsageError('CLI_USAGE', `${error instanceof Error ? error.message : String(error)} Run "bitext-tm build --help".`);
  }
}

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
