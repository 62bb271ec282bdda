/**
 * Benchmark of the terms stage (npm run bench:terms [-- --skip-speed] [-- --units FILE.units.json]).
 *
 * 1. Quality: the termbase extractTerms writes with its defaults (what
 *    `bitext-tm terms --units` writes to NAME.terms.tsv), on both development
 *    sets, scored by the reference scorer ../shared/tools/terms_score.py, per
 *    type. The shipped confidence model was fitted on both sets, so these are
 *    in-sample; the honest estimates come next.
 * 2. Honest estimates: the model refitted with one set left out and scored on
 *    it, and out-of-fold over documents of both sets (fit-terms-model.ts).
 * 3. Speed: seconds to extract from 511 WMT22 units, and from 1k, 5k and 30k
 *    units built from the public parallel text at hand (the seed's units, the
 *    WMT22 units, the gold beads of ../shared/eval/align), repeated to reach
 *    the larger sizes (said in the table: repeats make recurring terms more
 *    frequent than in real text).
 *
 * With --units FILE, only step 1 on that file (no gold: counts per type).
 * Timings are wall-clock on whatever machine runs it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLexicon } from '../../src/lexicon/default-lexicon';
import { DEFAULT_EXTRACT_TERMS_OPTIONS, extractTerms } from '../../src/terms/extract-terms';
import { serializeTermsTsv } from '../../src/terms/io/serialize-terms-tsv';
import { pairConfidence, TERMS_MODEL } from '../../src/terms/pairs/confidence-model';
import type { TermType, TranslationUnit } from '../../src/types';
import { fitGbdt } from './gbdt';
import { labelledPairs, scoreAt, type LabelledPair } from './fit-terms-model';
import { loadTermSet, readUnitsFile, requireShared, SHARED, type TermSet } from './terms-data';
import { maxOf, minOf } from '../../src/min-max';
import { seededRandom } from '../helpers/seeded-random';

const TYPES: readonly TermType[] = ['person', 'org', 'place', 'title', 'event'];
/** Random deals of the documents into folds averaged by the out-of-fold estimate. */
const SHUFFLES = 6;
const { values } = parseArgs({ options: { units: { type: 'string' }, 'skip-speed': { type: 'boolean' } } });

const loadStart = performance.now();
const lexicon = defaultLexicon();
extractTerms([], { lexicon });
const loadMs = performance.now() - loadStart;

if (values.units !== undefined) {
  const units = readUnitsFile(values.units);
  const started = performance.now();
  const result = extractTerms(units, { lexicon });
  console.log(`# terms bench: ${values.units}: ${units.length} units, ${Math.round(performance.now() - started)} ms`);
  for (const type of TYPES) console.log(`| ${type} | ${result.terms.filter((t) => t.type === type).length} | ${result.review.filter((t) => t.type === type).length} |`);
  process.exit(0);
}

requireShared('bench:terms');
const scorer = join(SHARED, 'tools', 'terms_score.py');
const sets = [loadTermSet('seed'), loadTermSet('wmt22-news')];
console.log(`# bitext-tm terms bench (${new Date().toISOString().slice(0, 10)})`);
console.log(`lexicon and dictionary load ${Math.round(loadMs)} ms; threshold ${DEFAULT_EXTRACT_TERMS_OPTIONS.minConfidence} (fitted, see fit-terms-model.ts)\n`);

console.log('## The termbase with default options, scored by terms_score.py (model fitted on both sets: in-sample)\n');
console.log('| set | type | gold | proposed | precision | recall | F1 |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const set of sets) scoreWithReferenceScorer(set);

console.log('\n## Honest estimates: the model refitted without the set it is scored on (approximate scorer, same normalisation)\n');
const labelled = sets.map((set) => labelledPairs(set));
const threshold = DEFAULT_EXTRACT_TERMS_OPTIONS.minConfidence;
console.log('| fitted on | scored on | precision | recall | F1 |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const [train, test] of [[1, 0], [0, 1]] as const) {
  const model = fitGbdt((labelled[train] ?? []).map((p) => p.x), (labelled[train] ?? []).map((p) => p.y));
  const predicted = (labelled[test] ?? []).map((p) => pairConfidence(p.x, { ...TERMS_MODEL, base: model.base, rate: model.rate, trees: model.trees }));
  const s = scoreAt(labelled[test] ?? [], predicted, threshold, sets[test]?.gold.size ?? 1);
  console.log(`| ${sets[train]?.name} | ${sets[test]?.name} | ${s.p.toFixed(3)} | ${s.r.toFixed(3)} | ${s.f1.toFixed(3)} |`);
}
outOfFold(labelled, sets);

if (!values['skip-speed']) speed();

/** Extract with defaults, write the TSV, and print the reference scorer's per-type lines as a table. */
function scoreWithReferenceScorer(set: TermSet): void {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-terms-bench-'));
  try {
    const file = join(dir, `${set.name}.terms.tsv`);
    writeFileSync(file, serializeTermsTsv(extractTerms(set.units, { lexicon }).terms));
    const report = execFileSync('python3', [scorer, file, '--gold', set.goldFile], { encoding: 'utf8' });
    for (const line of report.split('\n')) {
      const perType = /^\s+(\w+)\s+recall \d+\/(\d+) = ([\d.]+); precision \d+\/(\d+) = ([\d.]+); F1 ([\d.]+)/u.exec(line);
      if (perType) console.log(`| ${set.name} | ${perType[1]} | ${perType[2]} | ${perType[4]} | ${perType[5]} | ${perType[3]} | ${perType[6]} |`);
      const total = /^terms P=([\d.]+) R=([\d.]+) F1=([\d.]+)/u.exec(line);
      const counts = /candidate: (\d+) distinct pairs/u.exec(report);
      if (total) console.log(`| **${set.name}** | **all** | **${set.gold.size}** | **${counts?.[1] ?? ''}** | **${total[1]}** | **${total[2]}** | **${total[3]}** |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Out-of-fold over documents of both sets: five folds, each scored by trees
 * fitted on the other four; first with the documents dealt in sorted order (as
 * fit-terms-model.ts does), then the mean over six random deals, since one
 * deal moves F1 by about ±0.02 and a change to the rules is smaller than that.
 */
function outOfFold(sets_: readonly (readonly LabelledPair[])[], termSets: readonly TermSet[]): void {
  const all = sets_.flatMap((pairs, i) => pairs.map((p) => ({ ...p, document: `${termSets[i]?.name}/${p.document}` })));
  const documents = [...new Set(all.map((p) => p.document))].sort();
  const goldSize = termSets.reduce((n, s) => n + s.gold.size, 0);
  const scoreDeal = (order: readonly string[]): { p: number; r: number; f1: number } => {
    const foldOf = new Map(order.map((d, i) => [d, i % 5]));
    const predicted = new Array<number>(all.length).fill(0);
    for (let fold = 0; fold < 5; fold++) {
      const train = all.filter((p) => foldOf.get(p.document) !== fold);
      const model = fitGbdt(train.map((p) => p.x), train.map((p) => p.y));
      for (const [i, p] of all.entries()) if (foldOf.get(p.document) === fold) predicted[i] = pairConfidence(p.x, { ...TERMS_MODEL, ...model });
    }
    return scoreAt(all, predicted, threshold, goldSize);
  };
  const s = scoreDeal(documents);
  console.log(`| both, out-of-fold by document | both | ${s.p.toFixed(3)} | ${s.r.toFixed(3)} | ${s.f1.toFixed(3)} |`);
  // A seeded generator, so the table is the same on every run.
  const random = seededRandom(7);
  const deals = Array.from({ length: SHUFFLES }, () => scoreDeal(documents.map((d) => [random(), d] as const).sort((a, b) => a[0] - b[0]).map(([, d]) => d)));
  const mean = (pick: (x: { p: number; r: number; f1: number }) => number): number => deals.reduce((n, d) => n + pick(d), 0) / deals.length;
  const f1s = deals.map((d) => d.f1);
  console.log(`| both, out-of-fold, mean of ${SHUFFLES} random deals (F1 ${minOf(f1s).toFixed(3)}–${maxOf(f1s).toFixed(3)}) | both | ${mean((d) => d.p).toFixed(3)} | ${mean((d) => d.r).toFixed(3)} | ${mean((d) => d.f1).toFixed(3)} |`);
}

/** Seconds per size; sizes beyond the public units repeat them (ids made unique). */
function speed(): void {
  const base = publicUnits();
  console.log(`\n## Speed (${base.length} public units; larger sizes repeat them: synthetic in size only)\n`);
  console.log('| units | characters | seconds | units/s |');
  console.log('| ---: | ---: | ---: | ---: |');
  const wmt = sets[1]?.units ?? [];
  const sizes: [string, readonly TranslationUnit[]][] = [['511 (WMT22 news)', wmt], ['1,000', grow(base, 1000)], ['5,000', grow(base, 5000)], ['30,000', grow(base, 30000)]];
  for (const [label, units] of sizes) {
    let chars = 0;
    for (const u of units) chars += u.en.length + u.zh.length;
    const started = performance.now();
    extractTerms(units, { lexicon });
    const seconds = (performance.now() - started) / 1000;
    console.log(`| ${label} | ${chars} | ${seconds.toFixed(1)} | ${Math.round(units.length / seconds)} |`);
  }
}

/** The seed's units, the WMT22 units, and the gold beads of the alignment dev sets as units. */
function publicUnits(): TranslationUnit[] {
  const units: TranslationUnit[] = [...(sets[0]?.units ?? []), ...(sets[1]?.units ?? [])];
  for (const name of ['aca', 'mac-dev']) {
    const dir = join(SHARED, 'eval', 'align', name);
    if (!existsSync(join(dir, 'gold'))) continue;
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { src_lang?: string; srcLang?: string };
    const srcIsEnglish = (meta.src_lang ?? meta.srcLang ?? 'en').startsWith('en');
    for (const file of readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.align'))) {
      const id = file.replace(/\.align$/u, '');
      const src = readFileSync(join(dir, 'src', id), 'utf8').split('\n');
      const tgt = readFileSync(join(dir, 'tgt', id), 'utf8').split('\n');
      for (const [k, line] of readFileSync(join(dir, 'gold', file), 'utf8').split('\n').entries()) {
        const bead = /^\[([\d,\s]*)\]:\[([\d,\s]*)\]/u.exec(line);
        if (!bead) continue;
        const side = (list: string, lines: readonly string[]): string => list.split(',').filter((s) => s.trim().length > 0).map((i) => lines[Number(i)] ?? '').join(' ');
        const a = side(bead[1] ?? '', src);
        const b = side(bead[2] ?? '', tgt);
        if (a.length === 0 || b.length === 0) continue;
        units.push({ id: `${name}-${id}-${k}`, en: srcIsEnglish ? a : b, zh: srcIsEnglish ? b : a });
      }
    }
  }
  return units;
}

function grow(base: readonly TranslationUnit[], size: number): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  for (let i = 0; i < size; i++) {
    const unit = base[i % base.length];
    if (unit === undefined) break;
    units.push({ ...unit, id: `${unit.id}#${Math.floor(i / base.length)}` });
  }
  return units;
}
