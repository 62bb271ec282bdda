/** `bitext-tm eval`: score test alignments against gold alignments. */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBeadFile } from '../../align/eval/bead-file';
import { type AlignmentScore, SCORED_BEAD_TYPES, scoreAlignment } from '../../align/eval/score-alignment';
import { AlignError, UsageError } from '../../errors';
import { runNow, type CliIo, type Command } from '../cli-io';
import { listAlignFiles, readTextFile } from './read-sentence-file';

/** The eval command. */
export const evalCommand: Command = {
  name: 'eval',
  summary: 'score alignments against gold alignments (strict and lax P/R/F1)',
  help: `Usage: bitext-tm eval --gold DIR --test DIR [--json]

Score every GOLD/NNN.align against TEST/NNN.align ("[i,j]:[k]" per line), as
the public evaluation's scorer does (aligner-eval utils/eval.py):
  strict  a test bead counts only when the identical bead is in the gold file;
          every bead counts, 1-0 and 0-1 included; counts summed over files
  lax     a test bead counts when a gold bead shares a source and a target sentence
Prints a table per bead type; the last line is "strict P=… R=… F1=…".

Options:
  --gold DIR   directory of gold .align files
  --test DIR   directory of test .align files (one per gold file)
  --json       print all numbers as JSON instead

Example:
  bitext-tm eval --gold ../shared/eval/align/aca/gold --test out/aca
`,
  run(args: readonly string[], io: CliIo): Promise<number> {
    return runNow(() => evaluateAlignments(args, io));
  },
};

/** Score the test alignments against the gold ones and print the scores. */
function evaluateAlignments(args: readonly string[], io: CliIo): number {
  const { values } = parseArgs({
    args: [...args],
    options: { gold: { type: 'string' }, test: { type: 'string' }, json: { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  if (values.gold === undefined || values.test === undefined) {
    throw new UsageError('CLI_USAGE', 'Expected both --gold DIR and --test DIR. Run "bitext-tm eval --help".');
  }
  const names = listAlignFiles(values.gold);
  if (names.length === 0) throw new UsageError('FILE_NOT_FOUND', 'Expected .align files in the gold directory, found none.', { file: values.gold });
  listAlignFiles(values.test);
  const files = names.map((name) => {
    const goldPath = join(values.gold as string, name);
    const testPath = join(values.test as string, name);
    let testText: string;
    try {
      testText = readTextFile(testPath);
    } catch (error) {
      throw new AlignError('ALIGN_MISSING_TEST_FILE', `Expected a test alignment for gold file ${name}, found none.`, { file: testPath, cause: error });
    }
    return { gold: parseBeadFile(readTextFile(goldPath), goldPath), test: parseBeadFile(testText, testPath) };
  });
  const score = scoreAlignment(files);
  io.stdout.write(values.json ? `${JSON.stringify(score, null, 2)}\n` : formatScore(score, files.length));
  return 0;
}

/** The report, laid out like the reference scorer's (align_score.py). */
export function formatScore(score: AlignmentScore, fileCount: number): string {
  const lines = ['bead type   gold   test  match  P      R      F1'];
  for (const type of SCORED_BEAD_TYPES) {
    const b = score.byType[type];
    if (!b) continue;
    lines.push(`${type.padEnd(8)} ${pad(b.gold, 6)} ${pad(b.test, 6)} ${pad(b.match, 6)}  ${b.precision.toFixed(3)}  ${b.recall.toFixed(3)}  ${b.f1.toFixed(3)}`);
  }
  const c = score.counts;
  lines.push(`files=${fileCount} gold_beads=${c.gold} test_beads=${c.test} strict_matches=${c.match}`);
  lines.push(`lax    P=${score.lax.precision.toFixed(3)} R=${score.lax.recall.toFixed(3)} F1=${score.lax.f1.toFixed(3)}`);
  lines.push(`strict P=${score.strict.precision.toFixed(3)} R=${score.strict.recall.toFixed(3)} F1=${score.strict.f1.toFixed(3)}`);
  return `${lines.join('\n')}\n`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width);
}
