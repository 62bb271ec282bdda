/**
 * npm run bench:align — the align stage's benchmark (see align.md for the
 * latest numbers and how to read them).
 *
 *   1. strict/lax P/R/F1 per set and per bead type, time and peak memory, on
 *      ../shared/eval/align/mac-dev (zh → en) and aca (en → zh), through the
 *      public API with default options; the output files are also scored by
 *      the reference scorer (python3 ../shared/tools/align_score.py);
 *   2. ablations: every step of the method measured;
 *   3. the sets with 5% untranslated sentences added (align-untranslated.ts);
 *   4. confidence calibration: precision of the top 50/80/100% of beads;
 *   5. the pair scorer's precision and recall on gold pairs vs near misses;
 *   6. the speed test, 30,000 × 42,000 sentences, in a child process.
 *
 * Timings are wall-clock on a shared machine: noisy; CPU seconds are given beside.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareAlignLexicon } from '../../src/align/align-lexicon';
import type { AlignOptions, LengthUnit } from '../../src/align/align-options';
import { alignSentences } from '../../src/align/align-sentences';
import { type BeadStep, DEFAULT_BEAD_STEPS } from '../../src/align/dp/bead-type';
import { formatBeads } from '../../src/align/eval/bead-file';
import { type AlignmentScore, SCORED_BEAD_TYPES, scoreAlignment } from '../../src/align/eval/score-alignment';
import { createSentencePairScorer } from '../../src/align/sentence-pair-scorer';
import { loadLexicon } from '../../src/lexicon/load-lexicon';
import type { Bead } from '../../src/types';
import { beadKey, type GoldText, loadGoldSet, requireShared, sharedDir } from './align-data';
import { labelledPairs } from './align-fit-pair';
import { fitAlignModel } from './align-fit';
import { type AlignModel, DEFAULT_ALIGN_MODEL } from '../../src/align/align-model';
import { withUntranslated } from './align-untranslated';

const shared = requireShared('bench:align');
const here = dirname(fileURLToPath(import.meta.url));
const cpu = (): number => (process.cpuUsage().user + process.cpuUsage().system) / 1e6;

let t0 = performance.now();
const lexicon = prepareAlignLexicon(loadLexicon());
console.log(`CC-CEDICT loaded and prepared in ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);

const sets: Record<string, GoldText[]> = { 'mac-dev': loadGoldSet('mac-dev'), aca: loadGoldSet('aca') };
const englishOf = (t: GoldText): string[] => (t.sourceLang === 'zh' ? t.target : t.source);
const untranslatedSets: Record<string, GoldText[]> = {
  'mac-dev': sets['mac-dev']!.map((t, k) => withUntranslated(t, englishOf(sets['aca']![0]!), k + 1)),
  aca: sets['aca']!.map((t, k) => withUntranslated(t, englishOf(sets['mac-dev']![0]!), k + 11)),
};

interface Run {
  readonly score: AlignmentScore;
  readonly beads: Bead[][];
  readonly wall: number;
  readonly cpu: number;
}

function runSet(texts: readonly GoldText[], options: AlignOptions): Run {
  const wall = performance.now();
  const cpuStart = cpu();
  const beads = texts.map((t) => alignSentences(t.source, t.target, { sourceLang: t.sourceLang, targetLang: t.targetLang, lexicon, ...options }));
  const elapsed = { wall: (performance.now() - wall) / 1000, cpu: cpu() - cpuStart };
  return { score: scoreAlignment(texts.map((t, k) => ({ gold: t.gold, test: beads[k] ?? [] }))), beads, ...elapsed };
}

const f = (x: number): string => x.toFixed(3);

// 1. Default options, per set.
console.log('## Strict and lax scores (default options, CC-CEDICT)\n');
console.log('| set | beads gold/test | strict P | strict R | strict F1 | lax F1 | time (wall / CPU) | reference scorer |');
console.log('|---|---|---|---|---|---|---|---|');
const defaults: Record<string, Run> = {};
const outDir = mkdtempSync(join(tmpdir(), 'bench-align-'));
for (const [name, texts] of Object.entries(sets)) {
  const run = runSet(texts, {});
  defaults[name] = run;
  const dir = join(outDir, name);
  mkdirSync(dir);
  for (const [k, t] of texts.entries()) writeFileSync(join(dir, `${t.name}.align`), formatBeads(run.beads[k] ?? []));
  const reference = spawnSync('python3', [join(shared, 'tools', 'align_score.py'), '--gold', join(sharedDir(), 'eval', 'align', name, 'gold'), '--test', dir], { encoding: 'utf8' });
  const referenceLine = reference.status === 0 ? (reference.stdout.trimEnd().split('\n').at(-1) ?? '') : `python3 failed: ${reference.stderr.trim()}`;
  const s = run.score;
  console.log(
    `| ${name} | ${s.counts.gold}/${s.counts.test} | ${f(s.strict.precision)} | ${f(s.strict.recall)} | ${f(s.strict.f1)} | ${f(s.lax.f1)} | ${run.wall.toFixed(2)} s / ${run.cpu.toFixed(2)} s | ${referenceLine} |`,
  );
}
console.log(`\npeak RSS so far: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (lexicon included); output files in ${outDir}\n`);

console.log('## Per bead type (strict, source-target as in the files)\n');
console.log('| set | type | gold | test | correct | P | R |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, run] of Object.entries(defaults)) {
  for (const type of SCORED_BEAD_TYPES) {
    const b = run.score.byType[type];
    if (!b || (b.gold === 0 && b.test === 0)) continue;
    console.log(`| ${name} | ${type} | ${b.gold} | ${b.test} | ${b.match} | ${f(b.precision)} | ${f(b.recall)} |`);
  }
}

// 2. Ablations.
const withoutLong: BeadStep[] = DEFAULT_BEAD_STEPS.filter((s) => !['bead1to3', 'bead3to1', 'bead1to4', 'bead4to1'].includes(s));
const withoutFour: BeadStep[] = DEFAULT_BEAD_STEPS.filter((s) => !['bead1to4', 'bead4to1'].includes(s));
// The length variance depends on the unit: refit it (on both sets) for the other units.
const varianceIn = (lengthUnit: LengthUnit): AlignModel => ({
  ...DEFAULT_ALIGN_MODEL,
  lengthVariance: fitAlignModel([...sets['mac-dev']!, ...sets['aca']!], lexicon, DEFAULT_ALIGN_MODEL, lengthUnit).lengthVariance,
});
const charModel = varianceIn('chars');
const wordModel = varianceIn('words');
const ablations: [string, AlignOptions][] = [
  ['1. length only (Gale–Church, UTF-8 bytes)', { lexical: false }],
  [`   length only, unit: characters (s² refit: ${charModel.lengthVariance})`, { lexical: false, lengthUnit: 'chars', model: charModel }],
  [`   length only, unit: words (s² refit: ${wordModel.lengthVariance})`, { lexical: false, lengthUnit: 'words', model: wordModel }],
  ['   default with characters as the unit', { lengthUnit: 'chars', model: charModel }],
  ['2. + anchors: numbers, Latin words, pinyin names, punctuation (no dictionary)', { lexicon: undefined }],
  ['3. + CC-CEDICT translation overlap (default)', {}],
  ['   default without pinyin names', { names: false }],
  ['4. + learned lexicon, second pass', { secondPass: true }],
  ['default, bead types without 1-3/3-1/1-4/4-1', { beadSteps: withoutLong }],
  ['default, bead types without 1-4/4-1', { beadSteps: withoutFour }],
  ['default, full n × m table (no band)', { bandWidth: Number.POSITIVE_INFINITY }],
];
console.log('\n## Ablations (strict F1; time wall / CPU for both sets)\n');
console.log('| configuration | mac-dev | aca | time |');
console.log('|---|---|---|---|');
for (const [label, options] of ablations) {
  const runs = Object.values(sets).map((texts) => runSet(texts, options));
  console.log(`| ${label} | ${runs.map((r) => f(r.score.strict.f1)).join(' | ')} | ${runs.reduce((a, r) => a + r.wall, 0).toFixed(2)} s / ${runs.reduce((a, r) => a + r.cpu, 0).toFixed(2)} s |`);
}

// 3. Untranslated sentences.
console.log('\n## With 5% untranslated sentences added (align-untranslated.ts)\n');
console.log('| set | skipPenalty | strict F1 | skips gold/test/correct | skip P | skip R |');
console.log('|---|---|---|---|---|---|');
for (const [name, texts] of Object.entries(untranslatedSets)) {
  for (const skipPenalty of [undefined, -2] as const) {
    const s = runSet(texts, skipPenalty === undefined ? {} : { skipPenalty }).score;
    const gold = (s.byType['1-0']?.gold ?? 0) + (s.byType['0-1']?.gold ?? 0);
    const test = (s.byType['1-0']?.test ?? 0) + (s.byType['0-1']?.test ?? 0);
    const ok = (s.byType['1-0']?.match ?? 0) + (s.byType['0-1']?.match ?? 0);
    console.log(`| ${name}+untranslated | ${skipPenalty ?? 'default (0)'} | ${f(s.strict.f1)} | ${gold}/${test}/${ok} | ${f(ok / Math.max(1, test))} | ${f(ok / Math.max(1, gold))} |`);
  }
}

// 4. Confidence calibration.
console.log('\n## Confidence: precision of the beads a reviewer sees first\n');
console.log('| set | top 50% | top 80% | top 100% | ranking AUC | conf ≥ 0.9: share / precision | conf < 0.5: share / precision |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, texts] of Object.entries(sets)) {
  const run = defaults[name] as Run;
  const scored = texts.flatMap((t, k) => {
    const gold = new Set(t.gold.map(beadKey));
    return (run.beads[k] ?? []).map((b) => ({ c: b.confidence, ok: gold.has(beadKey(b)) }));
  });
  scored.sort((a, b) => b.c - a.c);
  const top = (share: number): string => {
    const k = Math.round(scored.length * share);
    return f(scored.slice(0, k).filter((x) => x.ok).length / k);
  };
  let correct = 0;
  let inversions = 0;
  for (const x of [...scored].reverse()) {
    if (x.ok) correct++;
    else inversions += correct;
  }
  const wrong = scored.length - correct;
  const auc = wrong > 0 && correct > 0 ? 1 - inversions / (correct * wrong) : 1;
  const band = (keep: (c: number) => boolean): string => {
    const xs = scored.filter((x) => keep(x.c));
    return `${f(xs.length / scored.length)} / ${xs.length ? f(xs.filter((x) => x.ok).length / xs.length) : '–'}`;
  };
  console.log(`| ${name} | ${top(0.5)} | ${top(0.8)} | ${top(1)} | ${f(auc)} | ${band((c) => c >= 0.9)} | ${band((c) => c < 0.5)} |`);
}

// 5. Pair scorer.
console.log('\n## Pair scorer (gold 1-1 pairs vs the previous, next and a far English sentence)\n');
console.log('| set | pairs true/false | P at 0.5 | R at 0.5 | P at 0.9 | R at 0.9 |');
console.log('|---|---|---|---|---|---|');
const score = createSentencePairScorer({ lexicon });
for (const [name, texts] of Object.entries(sets)) {
  const pairs = labelledPairs(texts).map((p) => ({ s: score(p.en, p.zh), y: p.translation }));
  const at = (threshold: number): [string, string] => {
    const kept = pairs.filter((p) => p.s >= threshold);
    const tp = kept.filter((p) => p.y).length;
    return [f(tp / Math.max(1, kept.length)), f(tp / pairs.filter((p) => p.y).length)];
  };
  console.log(`| ${name} | ${pairs.filter((p) => p.y).length}/${pairs.filter((p) => !p.y).length} | ${at(0.5).join(' | ')} | ${at(0.9).join(' | ')} |`);
}

// 6. Speed.
console.log('\n## Speed: 30,000 × 42,000 sentences (align-speed-input.ts), own process\n');
t0 = performance.now();
const speed = spawnSync(process.execPath, [...process.execArgv, join(here, 'align-speed.ts')], { encoding: 'utf8', maxBuffer: 1 << 24 });
if (speed.status !== 0) console.log(`speed test failed: ${speed.stderr}`);
else {
  const result = JSON.parse(speed.stdout.trim().split('\n').at(-1) ?? '{}') as {
    zh: number;
    en: number;
    beads: number;
    types: Record<string, number>;
    lexiconSeconds: { wall: number; cpu: number };
    alignSeconds: { wall: number; cpu: number };
    peakRssMB: number;
    strict: { precision: number; recall: number; f1: number };
    oracle: { precision: number; recall: number; f1: number };
    goldBeads: number;
  };
  console.log('| input | beads | lexicon (wall / CPU) | alignment (wall / CPU) | peak RSS | targets |');
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| ${result.zh} × ${result.en} | ${result.beads} | ${result.lexiconSeconds.wall.toFixed(1)} s / ${result.lexiconSeconds.cpu.toFixed(1)} s | ${result.alignSeconds.wall.toFixed(1)} s / ${result.alignSeconds.cpu.toFixed(1)} s | ${result.peakRssMB} MB | ≤ 20 s, ≤ 1 GB |`,
  );
  console.log(`\nbead types: ${JSON.stringify(result.types)}`);
  console.log(
    `strict P/R/F1 against the generated gold (${result.goldBeads} beads, moved chapters included): ${f(result.strict.precision)} / ${f(result.strict.recall)} / ${f(result.strict.f1)}; ` +
      `a perfect monotone aligner (gold beads in order, the rest skipped) would get ${f(result.oracle.precision)} / ${f(result.oracle.recall)} / ${f(result.oracle.f1)}`,
  );
}
