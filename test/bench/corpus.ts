/**
 * npm run bench:corpus — the main job's benchmark (corpus.md has the latest numbers).
 *
 *   1. The seed: units, bead types, unaligned sentences and why, build time,
 *      and the precision of the units against hand judgements
 *      (test/bench/corpus-judgements.tsv: every unit read by a person).
 *   2. The main job's alignment step (alignTexts: the news skip penalty) on
 *      the public gold sets, with and without 5% untranslated sentences
 *      added, against the aligner's defaults: strict bead P/R/F1, and the
 *      precision of the units (beads with both sides) — exact (the unit is a
 *      gold bead) and "no mis-pair" (its sentences lie in one gold bead, so
 *      it is at worst incomplete).
 *   3. Units kept and their precision by confidence threshold, and the skip
 *      penalty sweep behind NEWS_SKIP_PENALTY (accepted units at 0.5).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareAlignLexicon } from '../../src/align/align-lexicon';
import { alignSentences } from '../../src/align/align-sentences';
import type { BeadLink } from '../../src/align/eval/bead-file';
import { scoreAlignment } from '../../src/align/eval/score-alignment';
import { alignTexts, NEWS_SKIP_PENALTY } from '../../src/corpus/alignment/align-texts';
import { describeSentenceTexts } from '../../src/corpus/sentences/describe-article';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { ingest } from '../../src/ingest/ingest';
import { loadLexicon } from '../../src/lexicon/load-lexicon';
import { type GoldText, loadGoldSet, requireShared } from './align-data';
import { withUntranslated } from './align-untranslated';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
let t0 = performance.now();
const lexicon = prepareAlignLexicon(loadLexicon());
console.log(`CC-CEDICT loaded and prepared in ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);

// 1. The seed ------------------------------------------------------------------
const seedPath = join(root, 'corpus/raw/chongqing-fao-2022.en-zh.txt');
t0 = performance.now();
const document = ingest({ kind: 'mixed', source: { name: 'corpus/raw/chongqing-fao-2022.en-zh.txt', text: readFileSync(seedPath, 'utf8') } });
const corpus = buildCorpus(document, { lexicon });
const seconds = (performance.now() - t0) / 1000;
const s = corpus.summary;
console.log('## The seed (corpus/raw/chongqing-fao-2022.en-zh.txt)\n');
console.log(`| articles | sentences en / zh | units in TMX | units to review | unaligned en / zh | mean confidence | time |`);
console.log(`|---|---|---|---|---|---|---|`);
console.log(`| ${s.articles} | ${s.sentences.en} / ${s.sentences.zh} | ${s.units.accepted} | ${s.units.review} | ${s.unaligned.en} / ${s.unaligned.zh} | ${s.meanConfidence.toFixed(3)} | ${seconds.toFixed(2)} s |\n`);
const methods = new Map<string, number>();
for (const unit of corpus.units) methods.set(unit.method, (methods.get(unit.method) ?? 0) + 1);
console.log(`bead types (en-zh): ${Object.entries(s.beadTypes).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`methods: ${[...methods].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
for (const u of corpus.unaligned) console.log(`unaligned ${u.sentence.id} (line ${u.sentence.line}): ${u.reason}: ${u.sentence.text.slice(0, 80)}`);

const judgements = new Map<string, { verdict: string; note: string }>();
for (const line of readFileSync(join(here, 'corpus-judgements.tsv'), 'utf8').split('\n').slice(1)) {
  if (!line.trim()) continue;
  const [key = '', verdict = '', note = ''] = line.split('\t');
  judgements.set(key, { verdict, note });
}
const keyOf = (unit: (typeof corpus.units)[number]): string => `${unit.sentences.en.join(',')}|${unit.sentences.zh.join(',')}`;
let right = 0;
let wrong = 0;
const unjudged: string[] = [];
for (const unit of corpus.units) {
  const judgement = judgements.get(keyOf(unit));
  if (!judgement) unjudged.push(`${keyOf(unit)}\t${unit.en.slice(0, 60)} || ${unit.zh.slice(0, 30)}`);
  else if (judgement.verdict === 'right') right++;
  else {
    wrong++;
    console.log(`wrong unit ${unit.id} (${unit.status}, ${unit.confidence}): ${judgement.note}`);
  }
}
console.log(`\nhand-checked: ${right + wrong} of ${corpus.units.length} units; right ${right}, wrong ${wrong}; precision ${(right / Math.max(1, right + wrong)).toFixed(3)}`);
if (unjudged.length > 0) console.log(`NOT JUDGED (${unjudged.length}) — read them and add them to corpus-judgements.tsv:\n${unjudged.join('\n')}`);

// 2. The alignment step on the gold sets ------------------------------------------
requireShared('bench:corpus (gold sets)');
const sets: Record<string, GoldText[]> = { 'mac-dev': loadGoldSet('mac-dev'), aca: loadGoldSet('aca') };
const englishOf = (t: GoldText): string[] => (t.sourceLang === 'zh' ? t.target : t.source);
const variants: [string, GoldText[]][] = [
  ['mac-dev', sets['mac-dev'] ?? []],
  ['aca', sets['aca'] ?? []],
  ['mac-dev + 5% untranslated', (sets['mac-dev'] ?? []).map((t, k) => withUntranslated(t, englishOf(sets['aca']?.[0] ?? t), k + 1))],
  ['aca + 5% untranslated', (sets['aca'] ?? []).map((t, k) => withUntranslated(t, englishOf(sets['mac-dev']?.[0] ?? t), k + 11))],
];

interface ScoredLink extends BeadLink {
  readonly confidence: number;
}

/** The main job's step on one gold text, as beads in the gold's orientation. */
function corpusBeads(text: GoldText): ScoredLink[] {
  const zhFirst = text.sourceLang === 'zh';
  const en = zhFirst ? text.target : text.source;
  const zh = zhFirst ? text.source : text.target;
  const aligned = alignTexts(describeSentenceTexts(zh, en, lexicon), { lexicon });
  const orient = (enSide: readonly number[], zhSide: readonly number[], confidence: number): ScoredLink =>
    zhFirst ? { source: zhSide, target: enSide, confidence } : { source: enSide, target: zhSide, confidence };
  return [
    ...aligned.units.map((u) => orient(u.en, u.zh, u.confidence)),
    ...aligned.unaligned.map((u) => (u.lang === 'en' ? orient([u.position], [], 1) : orient([], [u.position], 1))),
  ];
}

function defaultBeads(text: GoldText): ScoredLink[] {
  return alignSentences(text.source, text.target, { sourceLang: text.sourceLang, targetLang: text.targetLang, lexicon }).map((b) => ({ source: b.source, target: b.target, confidence: b.confidence }));
}

/** Units (both sides) that are a gold bead, and that lie inside one gold bead. */
function unitPrecision(texts: readonly GoldText[], beads: readonly (readonly ScoredLink[])[], threshold = 0) {
  let units = 0;
  let exact = 0;
  let inside = 0;
  let goldUnits = 0;
  texts.forEach((text, k) => {
    const goldKeys = new Set(text.gold.map((b) => `${b.source.join(',')}:${b.target.join(',')}`));
    const beadOfSource = new Map<number, number>();
    const beadOfTarget = new Map<number, number>();
    text.gold.forEach((b, n) => {
      b.source.forEach((i) => beadOfSource.set(i, n));
      b.target.forEach((j) => beadOfTarget.set(j, n));
    });
    goldUnits += text.gold.filter((b) => b.source.length > 0 && b.target.length > 0).length;
    for (const bead of beads[k] ?? []) {
      if (bead.source.length === 0 || bead.target.length === 0 || bead.confidence < threshold) continue;
      units++;
      if (goldKeys.has(`${bead.source.join(',')}:${bead.target.join(',')}`)) exact++;
      const owners = new Set([...bead.source.map((i) => beadOfSource.get(i)), ...bead.target.map((j) => beadOfTarget.get(j))]);
      if (owners.size === 1 && !owners.has(undefined)) inside++;
    }
  });
  return { units, exact: exact / Math.max(1, units), inside: inside / Math.max(1, units), recall: exact / Math.max(1, goldUnits) };
}

console.log('\n## The alignment step on the public gold sets\n');
console.log('| set | configuration | strict P | strict R | strict F1 | units | unit precision (exact) | no mis-pair | unit recall |');
console.log('|---|---|---|---|---|---|---|---|---|');
const corpusRuns = new Map<string, ScoredLink[][]>();
for (const [name, texts] of variants) {
  for (const [label, run] of [['aligner defaults', defaultBeads], [`main job (skip penalty ${NEWS_SKIP_PENALTY})`, corpusBeads]] as const) {
    const beads = texts.map(run);
    if (label.startsWith('main')) corpusRuns.set(name, beads);
    const scored = scoreAlignment(texts.map((t, k) => ({ gold: t.gold, test: beads[k] ?? [] })));
    const units = unitPrecision(texts, beads);
    const f = (x: number): string => x.toFixed(3);
    console.log(`| ${name} | ${label} | ${f(scored.strict.precision)} | ${f(scored.strict.recall)} | ${f(scored.strict.f1)} | ${units.units} | ${f(units.exact)} | ${f(units.inside)} | ${f(units.recall)} |`);
  }
}

console.log('\n## Units kept by confidence threshold (main job settings)\n');
console.log('| set | threshold | units kept | unit precision (exact) | no mis-pair |');
console.log('|---|---|---|---|---|');
for (const [name, texts] of variants) {
  const beads = corpusRuns.get(name) ?? [];
  const all = unitPrecision(texts, beads).units;
  for (const threshold of [0, 0.3, 0.5, 0.7, 0.9]) {
    const u = unitPrecision(texts, beads, threshold);
    console.log(`| ${name} | ${threshold} | ${u.units} (${((100 * u.units) / Math.max(1, all)).toFixed(1)}%) | ${u.exact.toFixed(3)} | ${u.inside.toFixed(3)} |`);
  }
}

console.log('\n## Skip penalty sweep: accepted units (confidence ≥ 0.5)\n');
console.log('| set | skip penalty | accepted units | precision (exact) | recall of gold units |');
console.log('|---|---|---|---|---|');
for (const [name, texts] of variants) {
  for (const skipPenalty of [-1, -2, -3, -4, -6]) {
    const beads = texts.map((t) =>
      alignSentences(t.source, t.target, { sourceLang: t.sourceLang, targetLang: t.targetLang, lexicon, skipPenalty }).map((b) => ({ source: b.source, target: b.target, confidence: b.confidence })),
    );
    const u = unitPrecision(texts, beads, 0.5);
    console.log(`| ${name} | ${skipPenalty}${skipPenalty === NEWS_SKIP_PENALTY ? ' (main job)' : ''} | ${u.units} | ${u.exact.toFixed(3)} | ${u.recall.toFixed(3)} |`);
  }
}
