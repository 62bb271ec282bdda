/** `bitext-tm align`: align two files of one sentence per line. */
import { parseArgs } from 'node:util';
import { prepareAlignLexicon } from '../../align/align-lexicon';
import { alignSentences } from '../../align/align-sentences';
import { formatBeads } from '../../align/bead-file';
import { UsageError } from '../../errors';
import { loadLexicon } from '../../lexicon/load-lexicon';
import type { Bead, Lang } from '../../types';
import { runNow, type CliIo, type Command } from '../cli-io';
import { readSentenceFile } from './read-sentence-file';

const FORMATS = ['beads', 'tsv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The align command. */
export const alignCommand: Command = {
  name: 'align',
  summary: 'align two files of sentences (one per line) into beads',
  help: `Usage: bitext-tm align --src FILE --tgt FILE [--src-lang zh] [--tgt-lang en] [--format beads|tsv|json]

Align two texts given one sentence per line. Prints one bead per line:
  beads  "[i,j]:[k]", 0-based line numbers, "[]" for an empty side (the gold-set format)
  tsv    source text, target text, confidence (tab-separated)
  json   a JSON array of {source, target, confidence, cost}

Options:
  --src FILE         source sentences, one per line (UTF-8)
  --tgt FILE         target sentences, one per line (UTF-8)
  --src-lang LANG    en or zh (default: en, or the other of --tgt-lang)
  --tgt-lang LANG    en or zh (default: the other language)
  --format FORMAT    beads (default), tsv or json
  --no-lexicon       do not load CC-CEDICT (lengths, numbers, names, punctuation only)
  --second-pass      align again with a lexicon learned from the first pass

Example:
  bitext-tm align --src chapter.zh --tgt chapter.en --src-lang zh --tgt-lang en > chapter.align
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
    throw new UsageError('CLI_USAGE', `Expected --format beads, tsv or json, found "${values.format}".`);
  }
  const sourceLang = langOption(values['src-lang'], '--src-lang');
  const targetLang = langOption(values['tgt-lang'], '--tgt-lang');
  const source = readSentenceFile(values.src);
  const target = readSentenceFile(values.tgt);
  const lexicon = values['no-lexicon'] ? undefined : prepareAlignLexicon(loadLexicon());
  const beads = alignSentences(source, target, {
    ...(sourceLang ? { sourceLang } : {}),
    ...(targetLang ? { targetLang } : {}),
    lexicon,
    secondPass: values['second-pass'],
  });
  io.stdout.write(formatOutput(beads, format, source, target, sourceLang ?? (targetLang === 'en' ? 'zh' : 'en')));
  return 0;
}

function langOption(value: string | undefined, flag: string): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === 'en' || value === 'zh') return value;
  throw new UsageError('CLI_USAGE', `Expected ${flag} en or zh, found "${value}".`);
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
