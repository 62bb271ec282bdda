/** `bitext-tm concordance --tm FILE "phrase"`: units containing a word or phrase. */
import { parseArgs } from 'node:util';
import { UsageError } from '../../errors';
import type { ConcordanceHit } from '../../tm/tm-match';
import { DEFAULT_CONCORDANCE_OPTIONS } from '../../tm/tm-options';
import type { Command } from '../cli-io';
import { openMemory } from '../input/open-memory';
import { maxOf } from '../../min-max';

const HELP = `Usage: bitext-tm concordance --tm FILE [options] "phrase"

List the stored units whose text contains a word or phrase (whole words in
English, characters in Chinese; case, punctuation, width and Simplified/
Traditional script ignored), with the phrase marked «like this» in the stored
text and the translation under it.

Options:
      --tm FILE       a TMX file, or an index written by "bitext-tm index"
      --limit N       most units listed, in memory order (default ${DEFAULT_CONCORDANCE_OPTIONS.limit})
      --lang en|zh    language of the phrase (default: detected)
      --json          print the hits as JSON (with the phrase spans)

Example:
  bitext-tm concordance --tm corpus/out/chongqing-fao-2022.en-zh.tmx --limit 3 "Foreign Affairs Office"
`;

/** How many hits beyond --limit are fetched to count them. */
const MORE_COUNTED = 10_000;

/**
 * The `concordance` command.
 */
export const concordanceCommand: Command = {
  name: 'concordance',
  summary: 'list the units that contain a word or phrase',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseOptions(args);
    if (positionals.length !== 1) throw new UsageError('CLI_USAGE', `Expected one phrase (quote it), found ${positionals.length}. Run "bitext-tm concordance --help".`);
    const limit = values.limit === undefined ? DEFAULT_CONCORDANCE_OPTIONS.limit : Number(values.limit);
    if (!(Number.isInteger(limit) && limit >= 1)) throw new UsageError('CLI_USAGE', `Expected a whole number ≥ 1 for --limit, found "${values.limit ?? ''}".`);
    const tm = await openMemory(values.tm, 'concordance', io);
    // Up to MORE_COUNTED hits beyond the limit, to say how many it leaves out (each hit costs a
    // tokenization: counting all of "the" in a million units would take seconds).
    const all = tm.concordance(positionals[0] ?? '', { limit: limit + MORE_COUNTED, ...(values.lang === undefined ? {} : { lang: values.lang }) });
    const hits = all.slice(0, limit);
    const more = all.length - hits.length;
    io.stdout.write(values.json === true ? `${JSON.stringify(hits, null, 2)}\n` : formatHits(hits));
    if (values.json !== true && more > 0) {
      io.stdout.write(more === MORE_COUNTED ? `… at least ${more} more units contain the phrase.\n` : `… ${more} more unit${more === 1 ? '' : 's'} contain${more === 1 ? 's' : ''} the phrase (--limit ${all.length} lists them all).\n`);
    }
    return 0;
  },
};

/** tuid, then the stored text with each occurrence in «», then the translation. */
function formatHits(hits: readonly ConcordanceHit[]): string {
  if (hits.length === 0) return 'No unit contains the phrase.\n';
  const width = maxOf(hits.map((hit) => hit.tuid.length));
  const lines: string[] = [];
  for (const hit of hits) {
    let marked = '';
    let at = 0;
    for (const span of hit.spans) {
      marked += `${hit.source.slice(at, span.start)}«${hit.source.slice(span.start, span.end)}»`;
      at = span.end;
    }
    marked += hit.source.slice(at);
    lines.push(`${hit.tuid.padEnd(width)}  ${marked}`, `${' '.repeat(width)}  ${hit.target}`);
  }
  return `${lines.join('\n')}\n`;
}

/** parseArgs errors reach the dispatcher (run-cli.ts), which turns them into one usage line. */
function parseOptions(args: readonly string[]): { values: { tm?: string; limit?: string; lang?: string; json?: boolean }; positionals: string[] } {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { tm: { type: 'string' }, limit: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } },
  });
}
