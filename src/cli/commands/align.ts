/** `bitext-tm align`: align two files of one sentence per line. */
import { parseArgs } from 'node:util';
import { prepareAlignLexicon } from '../../align/align-lexicon';
import { alignSentences } from '../../align/align-sentences';
import { formatBeads } from '../../align/eval/bead-file';
import { UsageError } from '../../errors';
import { loadLexicon } from '../../lexicon/load-lexicon';
import type { Bead, Lang } from '../../types';
import { runNow, type CliIo, type Command } from '../cli-io';
import { suggestion } from '../did-you-mean';
import { createProgress } from '../progress/progress-bar';
import { resolveAlignLanguages } from './align-languages';
import { readTextFile, sentenceLines } from './read-sentence-file';

const FORMATS = ['beads', 'tsv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The align command. */
export const alignCommand: Command = {
  name: 'align',
  summary: 'align two files of sentences (one per line) into beads',
  help: `Usage: bitext-tm align --src FILE --tgt FILE [--src-lang auto|en|zh] [--tgt-lang auto|en|zh] [--format beads|tsv|json]

Align two texts given one sentence per line, one file per language. Each
file's language is detected from its text; a language you give is checked
against it, so swapped files or English on both sides stop with an error.
Prints one bead per line:
  beads  "[i,j]:[k]", 0-based line numbers, "[]" for an empty side (the gold-set format)
  tsv    source text, target text, confidence (tab-separated)
  json   a JSON array of {source, target, confidence, cost}

Options:
  --src FILE         source sentences, one per line (UTF-8)
  --tgt FILE         target sentences, one per line (UTF-8)
  --src-lang LANG    auto (default: detected from the text), en or zh
  --tgt-lang LANG    auto (default: detected from the text), en or zh
  --format FORMAT    beads (default), tsv or json
  --no-lexicon       do not load CC-CEDICT (lengths, numbers, names, punctuation only)
  --second-pass      align again with a lexicon learned from the first pass

Examples (the seed's units as one sentence per line, then aligned again):
  bitext-tm tmx convert corpus/out/chongqing-fao-2022.en-zh.tmx --to parallel --out seed
  bitext-tm align --src seed.zh --tgt seed.en > seed.align
  bitext-tm align --src seed.en --tgt seed.zh --format tsv --no-lexicon
`,
  run(args: readonly string[], io: CliIo): Promise<number> {
    return runNow(() => alignFiles(args, io));
  },
};

/** Align the two sentence files and print the beads. */
function alignFiles(args: readonly string[], io: CliIo): number {
  const { values } = parseArgs({
    args: [...args],
    options: {
      src: { type: 'string' },
      tgt: { type: 'string' },
      'src-lang': { type: 'string' },
      'tgt-lang': { type: 'string' },
      format: { type: 'string', default: 'beads' },
      'no-lexicon': { type: 'boolean', default: false },
      'second-pass': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.src === undefined || values.tgt === undefined) {
    throw new UsageError('CLI_USAGE', 'Expected both --src FILE and --tgt FILE. Run "bitext-tm align --help".');
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError('CLI_USAGE', `Expected --format beads, tsv or json, found "${values.format}".${suggestion(values.format, FORMATS)}`);
  }
  const declaredSource = langOption(values['src-lang'], '--src-lang');
  const declaredTarget = langOption(values['tgt-lang'], '--tgt-lang');
  const sourceText = readTextFile(values.src);
  const targetText = readTextFile(values.tgt);
  const source = sentenceLines(sourceText);
  const target = sentenceLines(targetText);
  const { sourceLang, targetLang } = resolveAlignLanguages(
    { file: values.src, text: sourceText, lines: source, declared: declaredSource },
    { file: values.tgt, text: targetText, lines: target, declared: declaredTarget },
  );
  // Two steps that can each take seconds on a book-length text (the aligner itself is one synchronous call).
  const progress = createProgress(io.stderr, 'align');
  if (!values['no-lexicon']) progress.update(0, 2, 'loading CC-CEDICT');
  const lexicon = values['no-lexicon'] ? undefined : prepareAlignLexicon(loadLexicon());
  progress.update(1, 2, `aligning ${source.length} × ${target.length} sentences`);
  const beads = alignSentences(source, target, { sourceLang, targetLang, lexicon, secondPass: values['second-pass'] });
  progress.finish();
  io.stdout.write(formatOutput(beads, format, source, target, sourceLang));
  return 0;
}

/** A language option: `en`, `zh`, or undefined for `auto` (the default). */
function langOption(value: string | undefined, flag: string): Lang | undefined {
  if (value === undefined || value === 'auto') return undefined;
  if (value === 'en' || value === 'zh') return value;
  throw new UsageError('CLI_USAGE', `Expected ${flag} auto, en or zh, found "${value}".${suggestion(value, ['auto', 'en', 'zh'])}`);
}

function formatOutput(beads: readonly Bead[], format: Format, source: readonly string[], target: readonly string[], sourceLang: Lang): string {
  if (format === 'beads') return formatBeads(beads);
  if (format === 'json') {
    const lines = beads.map((bead) => `  ${JSON.stringify({ source: bead.source, target: bead.target, confidence: round(bead.confidence), cost: round(bead.cost) })}`);
    return `[\n${lines.join(',\n')}\n]\n`;
  }
  const join = (lines: readonly string[], indices: readonly number[], lang: Lang): string =>
    indices.map((k) => (lines[k] ?? '').replace(/\t/gu, ' ')).join(lang === 'zh' ? '' : ' ');
  const targetLang: Lang = sourceLang === 'en' ? 'zh' : 'en';
  return beads
    .map((bead) => `${join(source, bead.source, sourceLang)}\t${join(target, bead.target, targetLang)}\t${bead.confidence.toFixed(3)}\n`)
    .join('');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
