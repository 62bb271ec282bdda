/**
 * Benchmark of the terms stage (npm run bench:terms [-- --units FILE.units.json]).
 *
 * 1. Extracts the termbase from the main job's units of the seed
 *    (corpus/out/chongqing-fao-2022.en-zh.units.json, the termbase the main
 *    job ships; --units test/fixtures/terms/seed-units.json for the
 *    hand-paired development units, or any units JSON) and prints the
 *    counts per type, the time taken, and, where test/bench/terms-judgements.tsv
 *    judges a pair, the precision by type.
 * 2. Held-out check: extracts terms from the gold beads of the shared
 *    alignment sets (../shared/eval/align/{aca,mac-dev}) and prints every pair
 *    for a hand check (the pairs are printed, never written to the repo: the
 *    eval text stays out of it). Exits 2 when the shared data is missing.
 *
 * Timings are wall-clock on whatever machine runs it; they are noisy on a
 * shared machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../../src/lexicon/load-lexicon';
import { loadChineseWordSegmenter } from '../../src/segment/tokenize-chinese';
import { extractTerms, type ExtractTermsResult } from '../../src/terms/extract-terms';
import type { Term, TermType, TranslationUnit } from '../../src/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TYPES: readonly TermType[] = ['person', 'org', 'place', 'title', 'event'];
const { values } = parseArgs({ options: { units: { type: 'string' } } });

const started = performance.now();
const lexicon = loadLexicon();
const lexiconMs = performance.now() - started;
const segmenterStart = performance.now();
const segmenter = loadChineseWordSegmenter();
const segmenterMs = performance.now() - segmenterStart;

const unitsFile = values.units ?? join(ROOT, 'corpus', 'out', 'chongqing-fao-2022.en-zh.units.json');
const units = readUnits(unitsFile);
const runStart = performance.now();
const result = extractTerms(units, { lexicon, segmenter });
const runMs = performance.now() - runStart;
const chars = units.reduce((n, u) => n + u.en.length + u.zh.length, 0);

console.log(`# terms bench: ${unitsFile.replace(`${ROOT}/`, '')}`);
console.log(`${units.length} units, ${chars} characters; lexicon load ${ms(lexiconMs)}, segmenter load ${ms(segmenterMs)}, extraction ${ms(runMs)} (noisy on a shared machine)\n`);
printCounts(result);

const judgementsFile = join(ROOT, 'test', 'bench', 'terms-judgements.tsv');
if (existsSync(judgementsFile)) printPrecision(result, readJudgements(judgementsFile));
else console.log('\nno test/bench/terms-judgements.tsv: precision not computed');

const shared = process.env['BITEXT_SHARED'] ?? join(ROOT, '..', 'shared');
const alignDir = join(shared, 'eval', 'align');
if (!existsSync(alignDir)) {
  console.log(`\nshared data not found at ${alignDir} (set BITEXT_SHARED): held-out check skipped`);
  process.exit(2);
}
for (const set of ['aca', 'mac-dev']) heldOut(set);

function readUnits(file: string): TranslationUnit[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { units?: TranslationUnit[] } | TranslationUnit[];
  return Array.isArray(data) ? data : (data.units ?? []);
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

function printCounts(r: ExtractTermsResult): void {
  console.log('| type | termbase | review |');
  console.log('| --- | ---: | ---: |');
  for (const type of TYPES) console.log(`| ${type} | ${r.terms.filter((t) => t.type === type).length} | ${r.review.filter((t) => t.type === type).length} |`);
  console.log(`| all | ${r.terms.length} | ${r.review.length} |`);
}

type Judgement = 'right' | 'wrong';

function readJudgements(file: string): Map<string, Judgement> {
  const judged = new Map<string, Judgement>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.startsWith('type\t') || line.trim().length === 0) continue;
    const [type, en, zh, judgement] = line.split('\t');
    if (judgement === 'right' || judgement === 'wrong') judged.set(`${type}\t${en}\t${zh}`, judgement);
  }
  return judged;
}

function printPrecision(r: ExtractTermsResult, judged: ReadonlyMap<string, Judgement>): void {
  const key = (t: Term): string => `${t.type}\t${t.en}\t${t.zh}`;
  const row = (label: string, terms: readonly Term[]): string => {
    const known = terms.filter((t) => judged.has(key(t)));
    const right = known.filter((t) => judged.get(key(t)) === 'right').length;
    const precision = known.length === 0 ? '–' : `${((100 * right) / known.length).toFixed(1)} %`;
    return `| ${label} | ${terms.length} | ${known.length} | ${right} | ${known.length - right} | ${precision} |`;
  };
  console.log('\nPrecision against test/bench/terms-judgements.tsv (pairs judged by hand):\n');
  console.log('| type | pairs | judged | right | wrong | precision |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const type of TYPES) console.log(row(type, r.terms.filter((t) => t.type === type)));
  console.log(row('termbase', r.terms));
  console.log(row('review list', r.review));
  const unjudged = [...r.terms, ...r.review].filter((t) => !judged.has(key(t)));
  if (unjudged.length > 0) {
    console.log(`\n${unjudged.length} pairs not judged yet (judge them in test/bench/terms-judgements.tsv):`);
    for (const t of unjudged) console.log(`  ${t.type}\t${t.en}\t${t.zh}\t${t.confidence}`);
  }
}

/** Units from the gold beads of a shared alignment set (beads with both sides only). */
function heldOut(set: string): void {
  const dir = join(alignDir, set);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { src_lang: string };
  const heldUnits: TranslationUnit[] = [];
  for (const text of readdirSync(join(dir, 'src')).sort()) {
    const src = readFileSync(join(dir, 'src', text), 'utf8').split('\n');
    const tgt = readFileSync(join(dir, 'tgt', text), 'utf8').split('\n');
    const beads = readFileSync(join(dir, 'gold', `${text}.align`), 'utf8').split('\n').filter((l) => l.trim().length > 0);
    for (const [b, bead] of beads.entries()) {
      const [s, t] = bead.split(':').map((side) => JSON.parse(side) as number[]);
      if (!s?.length || !t?.length) continue;
      const srcText = s.map((i) => src[i]).join(meta.src_lang === 'zh' ? '' : ' ');
      const tgtText = t.map((i) => tgt[i]).join(meta.src_lang === 'zh' ? ' ' : '');
      const [en, zh] = meta.src_lang === 'zh' ? [tgtText, srcText] : [srcText, tgtText];
      heldUnits.push({ id: `${set}-${text}-${b}`, en, zh });
    }
  }
  const start = performance.now();
  const r = extractTerms(heldUnits, { lexicon, segmenter });
  const took = performance.now() - start;
  console.log(`\n## held-out: ${set} gold beads (${heldUnits.length} units, extraction ${ms(took)})\n`);
  printCounts(r);
  console.log('\nTermbase pairs, for a hand check:');
  for (const t of r.terms) console.log(`  ${t.type}\t${t.en}\t${t.zh}\t${t.confidence}\t${t.methods.join(',')}`);
}
