/** `bitext-tm term`: look a term up in a saved termbase. */
import { parseArgs } from 'node:util';
import { UsageError } from '../../errors';
import { createTermbase, type TermMatch } from '../../terms/termbase/create-termbase';
import { readTermbaseFile } from '../input/read-termbase-file';
import { runNow, type CliIo, type Command } from '../cli-io';

const HELP = `Usage: bitext-tm term --termbase FILE [--json] [--limit N] QUERY

Look up an English or Chinese term (either script; case and hyphens ignored)
in a termbase: a .terms.tsv written by "bitext-tm terms" (or a spreadsheet
with type, en, zh columns) or a TBX file (v2 martif or v3). Exact matches come
first, then terms that contain the query; each match lists the other forms of
its concept entry.

Options:
  --termbase FILE   a .terms.tsv or .tbx file
  --limit N         show at most N matches (default 10)
  --json            print the matches as JSON

Example:
  bitext-tm term --termbase corpus/out/chongqing-fao-2022.en-zh.terms.tsv "consul general"
  bitext-tm term --termbase corpus/out/chongqing-fao-2022.en-zh.terms.tbx 外辦
`;

/** The `term` command. */
export const termCommand: Command = {
  name: 'term',
  summary: 'look a term up in a termbase (.terms.tsv)',
  help: HELP,
  run(args: readonly string[], io: CliIo): Promise<number> {
    return runNow(() => lookUpTerm(args, io));
  },
};

/** Look the query up in the termbase and print the matches. */
function lookUpTerm(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { termbase: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  const query = positionals.join(' ').trim();
  if (values.termbase === undefined || query.length === 0) {
    throw new UsageError('CLI_USAGE', 'Expected --termbase FILE.terms.tsv and a query. Run "bitext-tm term --help".');
  }
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!(Number.isInteger(limit) && limit > 0)) throw new UsageError('CLI_USAGE', `Expected --limit to be a whole number > 0, found "${values.limit}".`);
  const matches = createTermbase(readTermbaseFile(values.termbase)).lookupTerm(query).slice(0, limit);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(matches, null, 2)}\n`);
    return 0;
  }
  if (matches.length === 0) {
    io.stdout.write(`No term matches "${query}".\n`);
    return 0;
  }
  io.stdout.write(matches.map(formatMatch).join('\n'));
  return 0;
}

/**
 * One match as readable lines: the pair, its type and evidence, an example.
 */
export function formatMatch(match: TermMatch): string {
  const t = match.term;
  const [source, target] = match.lang === 'zh' ? [t.zh, t.en] : [t.en, t.zh];
  const lines = [
    `${source} → ${target}${match.exact ? '' : '   (contains the query)'}`,
    `  ${t.type} · confidence ${t.confidence} · ${t.count} unit${t.count === 1 ? '' : 's'}${t.methods.length > 0 ? ` · ${t.methods.join(', ')}` : ''}`,
  ];
  const others = match.entry.filter((e) => e !== t);
  if (others.length > 0) {
    const forms = (pick: (e: typeof t) => string): string[] => [...new Set(match.entry.map(pick))];
    lines.push(`  entry ${t.entry ?? ''}: ${forms((e) => e.en).join(' · ')} ⟷ ${forms((e) => e.zh).join(' · ')}`);
  }
  const example = t.examples[0];
  if (example) {
    lines.push(`  en: ${example.en}`);
    if (example.zh.length > 0) lines.push(`  zh: ${example.zh}`);
  }
  return `${lines.join('\n')}\n`;
}
