/** `bitext-tm index --tm FILE.tmx --out FILE.tmidx`: build a memory's index once, open it in a second later. */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dirname } from 'node:path';
import { isBitextError, UsageError } from '../../errors';
import { checkOutputFiles, makeOutputFolder } from '../output/check-output';
import { errnoOf, writeError } from '../output/write-error';
import type { Command } from '../cli-io';
import { openMemory } from '../input/open-memory';

const HELP = `Usage: bitext-tm index --tm FILE.tmx --out FILE.tmidx

Read a TMX file, index its English–Chinese units for lookup and concordance,
and save the index: "bitext-tm lookup --tm FILE.tmidx" then opens it without
re-reading the TMX (the index is checked against its units as it opens).

Options:
      --tm FILE     the TMX file, plain, gzip-compressed (.tmx.gz) or in a zip
                    archive (.tmx.zip; every .tmx inside); inline tags are kept
                    as placeholders (<b0>…</b0>); an index file is re-saved as is
  -o, --out FILE    the index file to write

Example:
  bitext-tm index --tm corpus/out/chongqing-fao-2022.en-zh.tmx --out memory.tmidx
`;

/**
 * The `index` command.
 */
export const indexCommand: Command = {
  name: 'index',
  summary: 'index a TMX file for fast lookup and save the index',
  help: HELP,
  async run(args, io) {
    const values = parseOptions(args);
    if (values.out === undefined || values.out === '') throw new UsageError('CLI_USAGE', 'Expected --out FILE (the index file to write).');
    // Where the index goes is checked before the TMX is read: never the TMX itself, never a folder.
    await checkOutputFiles([values.out], values.tm === undefined ? [] : [values.tm]);
    const start = performance.now();
    const tm = await openMemory(values.tm, 'index', io);
    await makeOutputFolder(dirname(values.out));
    // save() writes a temporary file and renames it; a failure comes back with the system error as its cause.
    try {
      tm.save(values.out);
    } catch (error) {
      throw isBitextError(error) && errnoOf(error.cause) !== undefined ? writeError(values.out, error.cause) : error;
    }
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    const megabytes = (statSync(values.out).size / 2 ** 20).toFixed(1);
    io.stderr.write(`indexed ${tm.size} units in ${seconds} s; wrote ${values.out} (${megabytes} MB)\n`);
    return 0;
  },
};

/** The options; a bad one is turned into a one-line usage error by the dispatcher (run-cli.ts). */
function parseOptions(args: readonly string[]): { tm?: string; out?: string } {
  return parseArgs({ args: [...args], options: { tm: { type: 'string' }, out: { type: 'string', short: 'o' } } }).values;
}
