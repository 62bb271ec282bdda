/** `bitext-tm lookup --tm FILE "text"` and `--batch FILE.jsonl`: fuzzy matches from a memory. */
import { parseArgs } from 'node:util';
import { isBitextError, TmError, UsageError, type Issue } from '../../errors';
import type { TmMatch } from '../../tm/tm-match';
import { DEFAULT_LOOKUP_OPTIONS } from '../../tm/tm-options';
import type { TranslationMemory } from '../../tm/translation-memory';
import type { CliIo, Command } from '../cli-io';
import { formatMatches } from '../matches/format-matches';
import { checkBatchSource, parseBatchLine, readBatchLines } from '../input/read-batch';
import { openMemory } from '../input/open-memory';

const HELP = `Usage: bitext-tm lookup --tm FILE [options] "text"
       bitext-tm lookup --tm FILE [options] --batch FILE.jsonl

Find the stored units most similar to a sentence (English or Chinese, either
script) and print their translations, best first, with the words of each
stored text that differ from yours marked: [-stored-]{+yours+}. The score is the CAT-tool
fuzzy match: 1 − token edit distance / longer length, over words in English
and characters in Chinese, ignoring case, punctuation, spaces, full/half width
and Simplified/Traditional script.

Options:
      --tm FILE          a TMX file (.tmx, .tmx.gz, .tmx.zip), or an index written by
                         "bitext-tm index" (opens faster); inline tags show as <b0>…</b0>
                         placeholders and are not scored
      --min-score N      lowest score shown, 0–1 (default ${DEFAULT_LOOKUP_OPTIONS.minScore})
      --limit N          most matches per query (default ${DEFAULT_LOOKUP_OPTIONS.limit})
      --lang en|zh       language of the query (default: detected)
      --json             print the matches as JSON instead of a table
      --batch FILE       one JSON object per line, {"q": "…", "lang"?: "en"|"zh", "id"?: any}
                         ("-" for stdin); prints one JSON line per input line, in order:
                         {"line", "id"?, "q", "matches": [{"tuid", "score", "source", "target"}],
                         "ms"} (ms: that lookup's own time), or {"line", "id"?, "q"?, "error":
                         {"code", "message", "column"}} for a line that cannot be answered
                         (not UTF-8, not JSON, empty, no "q", nothing to match); every line
                         is answered, and the exit status is 1 if any failed

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
 */
export const lookupCommand: Command = {
  name: 'lookup',
  summary: 'fuzzy-match a sentence (or a JSONL batch) against a translation memory',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseOptions(args);
    const options = {
      minScore: numberOption(values['min-score'], 'min-score', DEFAULT_LOOKUP_OPTIONS.minScore),
      limit: numberOption(values.limit, 'limit', DEFAULT_LOOKUP_OPTIONS.limit),
      ...(values.lang === undefined ? {} : { lang: values.lang }),
    };
    if (values.batch !== undefined) {
      if (positionals.length > 0) throw new UsageError('CLI_USAGE', 'Expected either a text or --batch FILE, found both.');
      await checkBatchSource(values.batch);
      const tm = await openMemory(values.tm, 'lookup', io);
      await runBatch(tm, values.batch, options, io);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('CLI_USAGE', `Expected one text to look up (quote it), found ${positionals.length}. Run "bitext-tm lookup --help".`);
    const text = positionals[0] ?? '';
    const tm = await openMemory(values.tm, 'lookup', io);
    const matches = tm.lookup(text, options);
    io.stdout.write(values.json === true ? `${JSON.stringify(matches, null, 2)}\n` : formatMatches(matches, options.minScore, text));
    return 0;
  },
};

/**
 * One JSON line per input line, in order, printed as soon as it is answered:
 * `{"line", "id"?, "q", "matches", "ms"}`, or `{"line", "id"?, "q"?, "error": {"code",
 * "message", "column"}}` for a line that cannot be answered (bad UTF-8, not JSON,
 * no "q", nothing to match, too long, unknown language). Every line is
 * answered; afterwards, if any failed, a TM_BATCH_LINE_INVALID error names
 * the first and lists every one (so the exit status is 1).
 */
async function runBatch(tm: TranslationMemory, path: string, options: { minScore: number; limit: number; lang?: string }, io: CliIo): Promise<void> {
  const file = path === '-' ? '<stdin>' : path;
  const issues: Issue[] = [];
  let lines = 0;
  let failed = 0;
  for await (const { line, offset, bytes, tooLong } of readBatchLines(path, io)) {
    lines++;
    const parsed = parseBatchLine(bytes, tooLong);
    const head = { line, ...('id' in parsed ? { id: parsed.id } : {}) };
    let output: object;
    if ('problem' in parsed) {
      output = { ...head, error: { code: 'TM_BATCH_LINE_INVALID', message: parsed.problem, column: parsed.column } };
      failed++;
      if (issues.length < MAX_LISTED_ISSUES) issues.push({ severity: 'error', code: 'TM_BATCH_LINE_INVALID', message: parsed.problem, file, place: { line, column: parsed.column, offset } });
    } else {
      const start = performance.now();
      try {
        const matches = tm.lookup(parsed.q, { ...options, ...(parsed.lang === undefined ? {} : { lang: parsed.lang }) });
        const ms = performance.now() - start;
        output = { ...head, q: parsed.q, matches: matches.map(batchMatch), ms: Math.round(ms * 1000) / 1000 };
      } catch (error) {
        if (!isBitextError(error)) throw error;
        output = { ...head, q: parsed.q, error: { code: error.code, message: error.message, column: 1 } };
        failed++;
        if (issues.length < MAX_LISTED_ISSUES) issues.push({ severity: 'error', code: error.code, message: error.message, file, place: { line, column: 1, offset } });
      }
    }
    io.stdout.write(`${JSON.stringify(output)}\n`);
  }
  const first = issues[0];
  if (first) {
    const listed = failed > issues.length ? ` (the first ${issues.length} are listed)` : '';
    throw new TmError('TM_BATCH_LINE_INVALID', `${failed} of ${lines} batch lines could not be answered${listed}; the first: ${first.message}`, { file, place: first.place, issues });
  }
}

/** Failed batch lines listed in the final error (every one is reported on stdout regardless). */
const MAX_LISTED_ISSUES = 1000;

const batchMatch = (m: TmMatch): { tuid: string; score: number; source: string; target: string } => ({ tuid: m.tuid, score: m.score, source: m.source, target: m.target });

function numberOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new UsageError('CLI_USAGE', `Expected a number for --${name}, found "${value}".`);
  return number;
}

/** parseArgs errors reach the dispatcher (run-cli.ts), which turns them into one usage line. */
function parseOptions(args: readonly string[]): { values: LookupValues; positionals: string[] } {
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
}
