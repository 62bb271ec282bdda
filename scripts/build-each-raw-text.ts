/**
 * npm run corpus — the main job: build every bilingual text of corpus/raw/
 * into corpus/out/, one `bitext-tm build` run (the built CLI, as users run
 * it) per input:
 *   - NAME.txt (any other .txt file): one text holding both languages;
 *   - NAME.en.txt + NAME.zh.txt: one text per language
 * (the folder layout of `bitext-tm build FOLDER`, grouped by the same groupTextFiles).
 * Each input's outputs are named after it (NAME.units.json, NAME.tmx, …).
 * A lone NAME.en.txt or NAME.zh.txt, or two inputs that would write the same
 * names, stop the job before anything is built: nothing is skipped silently.
 *
 * Usage: tsx scripts/build-each-raw-text.ts [RAW_DIR [OUT_DIR]]   (default corpus/raw corpus/out)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupTextFiles } from '../src/cli/input/group-text-files';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

/** One build: the output name and the files it reads. */
interface CorpusInput {
  readonly name: string;
  readonly files: readonly string[];
}

/** The inputs of a raw folder in name order, or the problems that stop the job. */
function findInputs(raw: string): { inputs: CorpusInput[]; problems: string[] } {
  const files = readdirSync(raw, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name);
  const { pairs, lone, others } = groupTextFiles(files);
  const inputs: CorpusInput[] = [
    ...others.map((file) => ({ name: file.replace(/\.txt$/iu, ''), files: [join(raw, file)] })),
    ...pairs.map(({ name, en, zh }) => ({ name, files: [join(raw, en), join(raw, zh)] })),
  ];
  const problems = lone.map(({ name, file, missing }) => `${join(raw, file)}: has no ${name}.${missing}.txt beside it`);
  const seen = new Set<string>();
  for (const input of inputs) {
    if (seen.has(input.name)) problems.push(`${input.files.join(' + ')}: another input of ${raw} also writes ${input.name}.*`);
    seen.add(input.name);
  }
  inputs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { inputs, problems };
}

function main(): number {
  const [raw = join(ROOT, 'corpus', 'raw'), out = join(ROOT, 'corpus', 'out')] = process.argv.slice(2);
  if (!existsSync(CLI)) {
    console.error(`corpus: ${CLI} is missing; run "npm run build" first.`);
    return 1;
  }
  if (!existsSync(raw)) {
    console.error(`corpus: ${raw}: Expected a folder of bilingual texts, found nothing at this path.`);
    return 1;
  }
  const { inputs, problems } = findInputs(raw);
  for (const problem of problems) console.error(`corpus: ${problem}.`);
  if (problems.length > 0) return 1;
  if (inputs.length === 0) {
    console.error(`corpus: ${raw}: Expected NAME.txt (both languages) or NAME.en.txt + NAME.zh.txt, found no .txt file.`);
    return 1;
  }
  for (const input of inputs) {
    // --name keeps NAME.* for a pair too; the CLI prints its own summary and errors.
    const run = spawnSync(process.execPath, [CLI, 'build', ...input.files, '--out', out, '--name', input.name], { stdio: 'inherit' });
    if (run.status !== 0) return run.status ?? 1;
  }
  return 0;
}

process.exitCode = main();
