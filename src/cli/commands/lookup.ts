/** `bitext-tm lookup --tm FILE "text"` and `--batch FILE.jsonl`: fuzzy matches from a memory. */
import { parseArgs } from 'node:util';
import { isBitextError, TmError, UsageError } from '../../errors';
import type { TmMatch } from '../../tm/tm-match';
import type { TranslationMemory } from '../../tm/translation-memory';
import type { CliIo, Command } from '../cli-io';
import { formatMatches } from '../format-matches';
import { readBatch, type BatchQuery } from '../read-batch';
import { openMemory } from '../open-memory';

const HELP = `Usage: bitext-tm lookup --tm FILE [options] "text"
       bitext-tm lookup --tm FILE [options] --batch FILE.jsonl

Find the stored units most similar to a sentence (English or Chinese, either
script) and print their translations, best first. The score is the CAT-tool
fuzzy match: 1 − token edit distance / longer length, over words in English
and characters in Chinese, ignoring case, punctuation, spaces, full/half width
and Simplified/Traditional script.

Options:
      --tm FILE          a TMX file, or an index written by "bitext-tm index" (opens faster)
      --min-score N      lowest score shown, 0–1 (default 0.75)
      --limit N          most matches per query (default 5)
      --lang en|zh       language of the query (default: detected)
      --json             print the matches as JSON instead of a table
      --batch FILE       one JSON object per line, {"q": "…", "lang"?: "en"|"zh"} ("-" for stdin);
                         prints one JSON line per query: {"q", "matches": [{"tuid", "score",
                         "source", "target"}], "ms"} where ms is that lookup's own time

Lookup scores whole sentences; for a word or phrase inside longer units use
"bitext-tm concordance", for a name or title "bitext-tm term".

Example:
  bitext-tm lookup --tm corpus/out/chongqing-fao-2022.en-zh.tmx "Li Mingquan, Deputy Director-General of Chongqing FAO, presided over the meeting."
`;

interface LookupValues {
  readonly tm?: string;
  readonly 'min-score'?: string;
  readonly limit?: string;
  readonly lang?: string;
  readonly json?: boolean;
  readonly batch?: string;
}

/**
 * The `lookup` command.
 * @example await lookupCommand.run(['--tm', 'memory.tmidx', '總領事'], processIo) //=> 0
 */
export const lookupCommand: Command = {
  name: 'lookup',
  summary: 'fuzzy-match a sentence (or a JSONL batch) against a translation memory',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseOptions(args);
    const options = {
      minScore: numberOption(values['min-score'], 'min-score', 0.75),
      limit: numberOption(values.limit, 'limit', 5),
      ...(values.lang === undefined ? {} : { lang: values.lang }),
    };
    if (values.batch !== undefined) {
      if (positionals.length > 0) throw new UsageError('CLI_USAGE', 'Expected either a text or --batch FILE, found both.');
      const queries = await readBatch(values.batch, io);
      const tm = await openMemory(values.tm, 'lookup', io);
      runBatch(tm, queries, values.batch === '-' ? '<stdin>' : values.batch, options, io);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('CLI_USAGE', `Expected one text to look up (quote it), found ${positionals.length}. Run "bitext-tm lookup --help".`);
    const text = positionals[0] ?? '';
    const tm = await openMemory(values.tm, 'lookup', io);
    const matches = tm.lookup(text, options);
    io.stdout.write(values.json === true ? `${JSON.stringify(matches, null, 2)}\n` : formatMatches(matches, options.minScore));
    return 0;
  },
};

/** One JSON line per query, printed as soon as it is answered. */
function runBatch(tm: TranslationMemory, queries: readonly BatchQuery[], file: string, options: { minScore: number; limit: number; lang?: string }, io: CliIo): void {
  for (const query of queries) {
    const start = performance.now();
    let matches: TmMatch[];
    try {
      matches = tm.lookup(query.q, { ...options, ...(query.lang === undefined ? {} : { lang: query.lang }) });
    } catch (error) {
      if (!isBitextError(error)) throw error;
      throw new TmError('TM_BATCH_LINE_INVALID', error.message, { file, place: { line: query.line, column: 1, offset: query.offset }, cause: error });
    }
    const ms = performance.now() - start;
    io.stdout.write(`${JSON.stringify({ q: query.q, matches: matches.map(batchMatch), ms: Math.round(ms * 1000) / 1000 })}\n`);
  }
}

const batchMatch = (m: TmMatch): { tuid: string; score: number; source: string; target: string } => ({ tuid: m.tuid, score: m.score, source: m.source, target: m.target });

function numberOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new UsageError('CLI_USAGE', `Expected a number for --${name}, found "${value}".`);
  return number;
}

function parseOptions(args: readonly string[]): { values: LookupValues; positionals: string[] } {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        tm: { type: 'string' },
        'min-score': { type: 'string' },
        limit: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        batch: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError('CLI_USAGE', `${error instanceof Error ? error.message : String(error)} Run "bitext-tm lookup --help".`);
  }
}
