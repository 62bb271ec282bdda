/**
 * `bitext-tm tmx check IN.tmx` and `bitext-tm tmx convert IN.tmx --to tsv|parallel|tmx [--out PATH]`.
 * Both stream: a TMX of any size is read in bounded memory. Outputs go
 * through temporary files renamed into place when everything is written.
 */
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { isBitextError, UsageError, type Issue } from '../../errors';
import { exportParallelText } from '../../export/export-parallel-text';
import { TSV_COLUMNS, tsvRow } from '../../export/export-tsv';
import { type Loss, unitLoss } from '../../export/unit-loss';
import { createTmxDocumentWriter } from '../../tmx/write/create-tmx-document-writer';
import { readTmx } from '../../tmx/read/read-tmx';
import { toTranslationUnit } from '../../tmx/units/to-translation-unit';
import type { TmxUnit } from '../../tmx/tmx-unit';
import type { ChineseTmxLang } from '../../tmx/write/tmx-write-options';
import type { CliIo, Command } from '../cli-io';
import { suggestion } from '../did-you-mean';
import { watchReadProgress } from '../progress/read-progress';
import { issueData, JSON_SUMMARY_OPTION, writeSummary } from '../summaries/write-summary';
import { checkOutputFiles, checkOutputFolder, makeOutputFolder } from '../output/check-output';
import { withPendingFiles, type PendingFile } from '../output/pending-file';
import { formatIssue, openTmxInput } from './tmx-input';

const HELP = `Usage:
  bitext-tm tmx check IN.tmx [--json]
  bitext-tm tmx convert IN.tmx --to tmx|tsv|parallel [--out PATH] [options]

check     Read the whole file (streaming) and list every problem as file:line:col;
          exit 1 if a unit had to be skipped or the file cannot be read.
          --json prints one JSON object instead: the counts and every issue
          (the error that stopped the reading, if any, is the last).
convert   tmx       TMX 1.4, losing nothing: every language variant, attribute,
                    prop, note, header element and inline tag is written back;
                    the options below change only what they name
          tsv       en, zh, confidence, provenance (tabs/newlines escaped as \\t \\n)
          parallel  PATH.en and PATH.zh, one unit per line (--out is required)
          tsv and parallel hold only part of a unit: each unit that loses
          something (other languages, notes, attributes, inline tags) is
          reported. Without --out, tmx and tsv go to standard output.
          IN.tmx may be - (stdin). An output is never the input, and is written
          only when complete.

Options for convert:
  --out PATH              output file (tmx, tsv) or file stem (parallel)
  --zh-lang TAG           tmx: give every Chinese variant this tag (zh-CN, zh-TW,
                          zh-Hans, zh-Hant, zh), converting its script to match
  --convert-chinese MODE  tmx: auto (follow --zh-lang; default), none, simplified,
                          traditional; tsv/parallel: none (default), simplified, traditional
  --source en|zh          tmx: put this language's variants first, set srclang
  --dedupe                tmx: write a unit whose variants repeat an earlier one's once
  --creation-date SECONDS tmx: the header's creationdate (default: the one read)
  --formulas keep|escape  tsv: cells starting with = + - @ are run as formulas by
                          spreadsheets; they are reported, and escape writes a
                          leading ' before them (default keep)

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
  formulas: { type: 'string' },
  ...JSON_SUMMARY_OPTION,
} as const;

const ACTIONS = ['check', 'convert'];

/** Units whose loss is printed one per line; the rest are counted in the summary. */
const SHOWN_LOSSES = 20;

/** The `tmx` command. */
export const tmxCommand: Command = {
  name: 'tmx',
  summary: 'check a TMX file, or convert it to TSV, parallel text or TMX',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
    const [action, input, ...rest] = positionals;
    if (input === undefined || rest.length > 0 || (action !== 'check' && action !== 'convert')) {
      const hint = action === undefined || ACTIONS.includes(action) ? '' : suggestion(action, ACTIONS);
      throw new UsageError('CLI_USAGE', `Expected "tmx check IN.tmx" or "tmx convert IN.tmx --to FORMAT", found "tmx ${positionals.join(' ')}".${hint} Run "bitext-tm tmx --help".`);
    }
    if (values.json === true && action !== 'check') throw new UsageError('CLI_USAGE', 'Expected --json with "tmx check" only (convert writes data, not a summary).');
    return action === 'check' ? check(input, values.json === true, io) : convert(input, values, io);
  },
};

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
      for (const issue of converted.issues) report(issue.code === 'TMX_MISSING_LANG' ? { ...issue, severity: 'warning', message: issue.message.replace(' The unit was skipped.', ' bitext-tm skips it when converting to tsv or parallel text.') } : issue);
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
  formulas?: string;
}

/** Where converted text goes: the pending output files, or standard output. */
interface Sink {
  write(text: string, file?: number): Promise<void>;
}

async function convert(input: string, values: ConvertValues, io: CliIo): Promise<number> {
  const file = input === '-' ? '<stdin>' : input;
  const to = values.to;
  if (to !== 'tsv' && to !== 'parallel' && to !== 'tmx') throw new UsageError('CLI_USAGE', `Expected --to tmx, tsv or parallel, found ${JSON.stringify(to ?? '')}.${suggestion(to ?? '', ['tmx', 'tsv', 'parallel'])}`);
  if (to === 'parallel' && values.out === undefined) throw new UsageError('CLI_USAGE', 'Expected --out PATH for --to parallel (it writes PATH.en and PATH.zh).');
  const conversion = values['convert-chinese'] ?? (to === 'tmx' ? 'auto' : 'none');
  if (!['auto', 'none', 'simplified', 'traditional'].includes(conversion) || (to !== 'tmx' && conversion === 'auto')) {
    throw new UsageError('CLI_USAGE', `Expected --convert-chinese ${to === 'tmx' ? 'auto, ' : ''}none, simplified or traditional, found ${JSON.stringify(conversion)}.`);
  }
  if (values.source !== undefined && values.source !== 'en' && values.source !== 'zh') throw new UsageError('CLI_USAGE', `Expected --source en or zh, found ${JSON.stringify(values.source)}.`);
  const formulas = values.formulas ?? 'keep';
  if (formulas !== 'keep' && formulas !== 'escape') throw new UsageError('CLI_USAGE', `Expected --formulas keep or escape, found ${JSON.stringify(formulas)}.`);
  const creationDate = creationDateFrom(values['creation-date']);
  // Where the output goes is checked before anything is read: never the input, never a folder.
  const outputs = values.out === undefined ? [] : to === 'parallel' ? [`${values.out}.en`, `${values.out}.zh`] : [values.out];
  if (outputs.length > 0) {
    for (const output of outputs) await checkOutputFolder(dirname(output));
    await checkOutputFiles(outputs, input === '-' ? [] : [input]);
  }

  const issues: Issue[] = [];
  const reportIssue = (issue: Issue): void => {
    issues.push(issue);
    io.stderr.write(`bitext-tm tmx: ${formatIssue(issue)}\n`);
  };
  const losses = new LossReport(file, to === 'tmx' ? 'tsv' : to, reportIssue);
  const source = await openTmxInput(input, io);
  const progress = watchReadProgress(source, io.stderr, `converting ${file}`);
  const run = async (sink: Sink): Promise<number> => {
    if (to === 'tmx') {
      const writer = createTmxDocumentWriter({
        inline: 'tags',
        zhLang: values['zh-lang'] as ChineseTmxLang | undefined,
        convertChinese: conversion as 'auto',
        sourceLanguage: values.source as 'en' | undefined,
        dedupe: values.dedupe ?? false,
        creationDate,
        onIssue: reportIssue,
      });
      const reader = readTmx(source, { file, inline: 'tags', onIssue: reportIssue });
      let started = false;
      for await (const unit of reader) {
        if (!started) await sink.write(writer.start(reader.header));
        started = true;
        await sink.write(writer.write(unit));
      }
      if (!started) await sink.write(writer.start(reader.header));
      await sink.write(writer.end());
      return writer.stats.written;
    }
    const chinese = conversion as 'none';
    const reader = readTmx(source, { file, onIssue: reportIssue });
    let written = 0;
    if (to === 'tsv') await sink.write(`${TSV_COLUMNS.join('\t')}\n`);
    for await (const tmxUnit of reader) {
      const converted = toTranslationUnit(tmxUnit, { file });
      converted.issues.forEach(reportIssue);
      const unit = converted.value;
      if (unit === undefined) continue;
      losses.add(tmxUnit, unitLoss(tmxUnit, to));
      if (to === 'tsv') {
        written++;
        await sink.write(tsvRow(unit, { convertChinese: chinese, formulas, onIssue: reportIssue }));
        continue;
      }
      const { value, issues: exportIssues } = exportParallelText([unit], { convertChinese: chinese });
      exportIssues.forEach(reportIssue);
      if (value.en === '') continue;
      written++;
      await sink.write(value.en, 0);
      await sink.write(value.zh, 1);
    }
    return written;
  };

  let written: number;
  if (outputs.length === 0) {
    written = await run({ write: (text) => Promise.resolve(void io.stdout.write(text)) });
  } else {
    await makeOutputFolder(dirname(outputs[0] ?? '.'));
    written = await withPendingFiles(outputs, (files: readonly PendingFile[]) => run({ write: (text, index = 0) => files[index]?.write(text) ?? Promise.resolve() }));
  }
  progress.finish();
  losses.finish();
  io.stderr.write(`bitext-tm tmx: wrote ${written} unit(s) as ${to}${values.out === undefined ? '' : ` to ${to === 'parallel' ? `${values.out}.en/.zh` : values.out}`}; ${issues.length} issue(s)\n`);
  return 0;
}

/** Per-unit reports of what a tsv or parallel conversion drops: the first ones in full, then counts by kind. */
class LossReport {
  private units = 0;
  private readonly kinds = new Map<string, number>();

  constructor(
    private readonly file: string,
    private readonly target: 'tsv' | 'parallel',
    private readonly report: (issue: Issue) => void,
  ) {}

  add(unit: TmxUnit, lost: readonly Loss[]): void {
    if (lost.length === 0) return;
    this.units++;
    for (const { kind } of lost) this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
    if (this.units > SHOWN_LOSSES) return;
    const name = unit.tuid === undefined ? `number ${unit.index}` : `"${unit.tuid}"`;
    this.report({ severity: 'warning', code: 'EXPORT_NOT_CARRIED', message: `${this.target} cannot carry this of unit ${name}: ${lost.map((loss) => loss.text).join('; ')}.`, file: this.file, place: unit.place });
  }

  finish(): void {
    if (this.units <= SHOWN_LOSSES) return;
    const counts = [...this.kinds].map(([kind, n]) => `${kind} ${n}`).join(', ');
    // e.g. "attribute 3412, note 120": how many units lost each kind of thing.
    this.report({
      severity: 'warning',
      code: 'EXPORT_NOT_CARRIED',
      message: `${this.units - SHOWN_LOSSES} more unit(s) lost something ${this.target} cannot carry (in all ${this.units}: ${counts}); "tmx convert --to tmx" keeps everything.`,
      file: this.file,
    });
  }
}

function creationDateFrom(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const seconds = Number(text);
  if (!Number.isSafeInteger(seconds) || seconds < 0) throw new UsageError('CLI_USAGE', `Expected --creation-date as whole seconds since 1970, found ${JSON.stringify(text)}.`);
  return seconds;
}
