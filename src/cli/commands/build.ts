/** `bitext-tm build <input…> --out DIR`: the main job. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../../errors';
import { buildOutputs } from '../build-outputs';
import type { Command } from '../cli-io';
import { readInput } from '../read-input';
import { summarizeDocument } from '../summarize-document';

const HELP = `Usage: bitext-tm build <input…> --out DIR [--name NAME] [--repair]

Build the corpus from raw English–Chinese text. Writes DIR/<name>.document.json
(articles, language blocks and paragraphs with offsets into the input, and
every cleaning issue) and prints a summary on stderr.

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
    const outputs = buildOutputs(read.input, {
      ingest: { ...(name === undefined ? {} : { name }), repair: values.repair ?? false },
      readIssues: read.issues,
    });
    await mkdir(values.out, { recursive: true });
    const written: string[] = [];
    for (const file of outputs.files) {
      const path = join(values.out, file.name);
      await writeFile(path, file.content);
      written.push(path);
    }
    io.stderr.write(`${summarizeDocument(outputs.document)}\nwrote ${written.join(', ')}\n`);
    return 0;
  },
};

function parseOptions(args: readonly string[]): { values: { out?: string; name?: string; repair?: boolean }; positionals: string[] } {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, name: { type: 'string' }, repair: { type: 'boolean' } },
    });
  } catch (error) {
    throw new UsageError('CLI_USAGE', `${error instanceof Error ? error.message : String(error)} Run "bitext-tm build --help".`);
  }
}
