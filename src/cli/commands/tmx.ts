/**
 * `bitext-tm tmx check IN.tmx` and `bitext-tm tmx convert IN.tmx --to tsv|parallel|tmx [--out PATH]`.
 * Both stream: a TMX of any size is read in bounded memory.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { isBitextError, UsageError, type Issue } from '../../errors';
import { exportParallelText } from '../../export/export-parallel-text';
import { TSV_COLUMNS, tsvRow } from '../../export/export-tsv';
import { createTmxWriter } from '../../tmx/create-tmx-writer';
import { readTmx } from '../../tmx/read-tmx';
import { readTranslationUnits } from '../../tmx/read-translation-units';
import { toTranslationUnit } from '../../tmx/to-translation-unit';
import type { ChineseTmxLang } from '../../tmx/tmx-write-options';
import type { CliIo, Command } from '../cli-io';
import { suggestion } from '../did-you-mean';
import { watchReadProgress } from '../read-progress';
import { issueData, JSON_SUMMARY_OPTION, writeSummary } from '../write-summary';
import { formatIssue, openTmxInput } from './tmx-input';

const HELP = `Usage:
  bitext-tm tmx check IN.tmx [--json]
  bitext-tm tmx convert IN.tmx --to tsv|parallel|tmx [--out PATH] [options]

check     Read the whole file (streaming) and list every problem as file:line:col;
          exit 1 if a unit had to be skipped or the file cannot be read.
          --json prints one JSON object instead: the counts and every issue
          (the error that stopped the reading, if any, is the last).
convert   Read the English and Chinese of every unit and write them as
          tsv       en, zh, confidence, provenance (tabs/newlines escaped as \\t \\n)
          parallel  PATH.en and PATH.zh, one unit per line (--out is required)
          tmx       TMX 1.4 for CAT tools (inline markup is flattened to text; the
                    count of such units is reported)
          Without --out, tsv and tmx go to standard output. IN.tmx may be - (stdin).

Options for convert:
  --out PATH              output file (tsv, tmx) or file stem (parallel)
  --zh-lang TAG           Chinese xml:lang written to TMX: zh-CN (default), zh-TW, zh-Hans, zh-Hant, zh
  --convert-chinese MODE  auto (tmx default: follow --zh-lang), none (tsv/parallel default), simplified, traditional
  --source en|zh          TMX source language (first tuv, srclang); default en
  --dedupe                TMX: write each English–Chinese pair once
  --creation-date SECONDS TMX creationdate, seconds since the epoch; default $SOURCE_DATE_EPOCH, else none

Examples:
  bitext-tm tmx check corpus/out/chongqing-fao-2022.en-zh.tmx --json
  bitext-tm tmx convert corpus/out/chongqing-fao-2022.en-zh.tmx --to parallel --out seed
`;

const OPTIONS = {
  to: { type: 'string' },
  out: { type: 'string' },
  'zh-lang': { type: 'string' },
  'convert-chinese': { type: 'string' },
  source: { type: 'string' },
  dedupe: { type: 'boolean' },
  'creation-date': { type: 'string' },
  ...JSON_SUMMARY_OPTION,
} as const;

const ACTIONS = ['check', 'convert'];

/** The `tmx` command. */
export const tmxCommand: Command = {
  name: 'tmx',
  summary: 'check a TMX file, or convert it to TSV, parallel text or clean TMX',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseOptions(args);
    const [action, input, ...rest] = positionals;
    if (input === undefined || rest.length > 0 || (action !== 'check' && action !== 'convert')) {
      const hint = action === undefined || ACTIONS.includes(action) ? '' : suggestion(action, ACTIONS);
      throw new UsageError('CLI_USAGE', `Expected "tmx check IN.tmx" or "tmx convert IN.tmx --to FORMAT", found "tmx ${positionals.join(' ')}".${hint} Run "bitext-tm tmx --help".`);
    }
    if (values.json === true && action !== 'check') throw new UsageError('CLI_USAGE', 'Expected --json with "tmx check" only (convert writes data, not a summary).');
    return action === 'check' ? check(input, values.json === true, io) : convert(input, values, io);
  },
};

function parseOptions(args: readonly string[]): ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util throws TypeError for an unknown or malformed option: a user mistake, not a bug.
    throw new UsageError('CLI_USAGE', `${error instanceof Error ? error.message : String(error)} Run "bitext-tm tmx --help".`);
  }
}

async function check(input: string, json: boolean, io: CliIo): Promise<number> {
  const file = input === '-' ? '<stdin>' : input;
  // Counted as they come; kept only for --json, so memory stays flat on a huge file with many issues.
  const kept: Issue[] = [];
  const count = { issues: 0, errors: 0, warnings: 0 };
  const report = (issue: Issue): void => {
    count.issues++;
    if (issue.severity === 'error') count.errors++;
    if (issue.severity === 'warning') count.warnings++;
    if (json) kept.push(issue);
    else io.stdout.write(`${formatIssue(issue)}\n`);
  };
  const source = await openTmxInput(input, io);
  const reader = readTmx(source, { file, onIssue: report });
  const langs = new Map<string, number>();
  let units = 0;
  let bilingual = 0;
  const progress = watchReadProgress(source, io.stderr, `checking ${file}`);
  let fatal: Issue | undefined;
  try {
    for await (const unit of reader) {
      units++;
      for (const variant of unit.variants) langs.set(variant.lang, (langs.get(variant.lang) ?? 0) + 1);
      // A unit without English or Chinese is fine TMX (a multilingual memory): a warning here, not an error.
      const converted = toTranslationUnit(unit, { file });
      for (const issue of converted.issues) report(issue.code === 'TMX_MISSING_LANG' ? { ...issue, severity: 'warning', message: issue.message.replace(' The unit was skipped.', ' bitext-tm skips it when converting.') } : issue);
      if (converted.value !== undefined) bilingual++;
    }
  } catch (error) {
    // With --json the verdict is JSON too: the error that stopped the reading is its last issue.
    if (!json || !isBitextError(error)) throw error;
    fatal = { severity: 'error', code: error.code, message: error.message, file: error.file ?? file, ...(error.place === undefined ? {} : { place: error.place }) };
    report(fatal);
  } finally {
    progress.finish();
  }
  const header = reader.header;
  const langList = [...langs].map(([lang, count]) => `${lang} ${count}`).join(', ');
  writeSummary(
    io,
    {
      text: `${file}: TMX ${header?.version ?? '?'}, srclang ${header?.srclang || '?'}; ${units} unit(s), ${bilingual} with English and Chinese; languages: ${langList || 'none'}; ${count.issues} issue(s)`,
      data: {
        file,
        valid: count.errors === 0,
        readToEnd: fatal === undefined,
        tmxVersion: header?.version ?? null,
        srclang: header?.srclang || null,
        units,
        bilingualUnits: bilingual,
        languages: Object.fromEntries(langs),
        errors: count.errors,
        warnings: count.warnings,
        issues: kept.map(issueData),
      },
    },
    { json, textTo: 'stdout' },
  );
  return count.errors > 0 ? 1 : 0;
}

interface ConvertValues {
  to?: string;
  out?: string;
  'zh-lang'?: string;
  'convert-chinese'?: string;
  source?: string;
  dedupe?: boolean;
  'creation-date'?: string;
}

async function convert(input: string, values: ConvertValues, io: CliIo): Promise<number> {
  const file = input === '-' ? '<stdin>' : input;
  const to = values.to;
  if (to !== 'tsv' && to !== 'parallel' && to !== 'tmx') throw new UsageError('CLI_USAGE', `Expected --to tsv, parallel or tmx, found ${JSON.stringify(to ?? '')}.${suggestion(to ?? '', ['tsv', 'parallel', 'tmx'])}`);
  if (to === 'parallel' && values.out === undefined) throw new UsageError('CLI_USAGE', 'Expected --out PATH for --to parallel (it writes PATH.en and PATH.zh).');
  const conversion = values['convert-chinese'] ?? (to === 'tmx' ? 'auto' : 'none');
  if (!['auto', 'none', 'simplified', 'traditional'].includes(conversion) || (to !== 'tmx' && conversion === 'auto')) {
    throw new UsageError('CLI_USAGE', `Expected --convert-chinese ${to === 'tmx' ? 'auto, ' : ''}none, simplified or traditional, found ${JSON.stringify(conversion)}.`);
  }
  const issues: Issue[] = [];
  const reportIssue = (issue: Issue): void => {
    issues.push(issue);
    io.stderr.write(`bitext-tm tmx: ${formatIssue(issue)}\n`);
  };
  const source = await openTmxInput(input, io);
  const units = readTranslationUnits(source, { file, onIssue: reportIssue });
  const progress = watchReadProgress(source, io.stderr, `converting ${file}`);
  let written = 0;
  if (to === 'tmx') {
    const creationDate = creationDateFrom(values['creation-date'] ?? io.env['SOURCE_DATE_EPOCH']);
    const writer = createTmxWriter({
      zhLang: (values['zh-lang'] ?? 'zh-CN') as ChineseTmxLang,
      convertChinese: conversion as 'auto',
      sourceLanguage: (values.source ?? 'en') as 'en',
      dedupe: values.dedupe ?? false,
      onIssue: reportIssue,
      ...(creationDate === undefined ? {} : { creationDate }),
    });
    await writeAll(writer.chunks(units), values.out, io);
    written = writer.stats.written;
  } else if (to === 'tsv') {
    const chinese = conversion as 'none';
    async function* rows(): AsyncGenerator<string> {
      yield `${TSV_COLUMNS.join('\t')}\n`;
      for await (const unit of units) {
        written++;
        yield tsvRow(unit, { convertChinese: chinese });
      }
    }
    await writeAll(rows(), values.out, io);
  } else {
    const stem = values.out ?? '';
    const en = createWriteStream(`${stem}.en`);
    const zh = createWriteStream(`${stem}.zh`);
    for await (const unit of units) {
      const { value, issues: exportIssues } = exportParallelText([unit], { convertChinese: conversion as 'none' });
      exportIssues.forEach(reportIssue);
      if (value.en === '') continue;
      written++;
      await Promise.all([write(en, value.en), write(zh, value.zh)]);
    }
    await Promise.all([close(en), close(zh)]);
  }
  progress.finish();
  // Read with the default inline: 'flatten', so every unit with markup lost its tags.
  if (units.unitsWithMarkup > 0) {
    reportIssue({
      severity: 'warning',
      code: 'TMX_INLINE_FLATTENED',
      message: `${units.unitsWithMarkup} unit(s) held inline markup (<bpt>, <ept>, <ph>, <it>, <hi>, <ut>): their text was kept, the tags and their native codes were dropped.`,
      file,
    });
  }
  io.stderr.write(`bitext-tm tmx: wrote ${written} unit(s) as ${to}${values.out === undefined ? '' : ` to ${to === 'parallel' ? `${values.out}.en/.zh` : values.out}`}; ${issues.length} issue(s)\n`);
  return 0;
}

function creationDateFrom(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const seconds = Number(text);
  if (!Number.isSafeInteger(seconds) || seconds < 0) throw new UsageError('CLI_USAGE', `Expected --creation-date (or SOURCE_DATE_EPOCH) as whole seconds since 1970, found ${JSON.stringify(text)}.`);
  return seconds;
}

/** Write chunks to a file (with back-pressure) or to standard output. */
async function writeAll(chunks: AsyncIterable<string>, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) {
    for await (const chunk of chunks) io.stdout.write(chunk);
    return;
  }
  const stream = createWriteStream(out);
  for await (const chunk of chunks) await write(stream, chunk);
  await close(stream);
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}
