/**
 * npm run bench:segment — score the sentence splitter and its peers.
 *
 * Files: ../shared/eval/seg/mac-dev.{en,zh}.jsonl (hand-segmented MAC-Dev
 * paragraphs) and test/bench/segment-hard-cases.{en,zh}.json (our hard cases).
 * Metrics are those of ../shared/tools/seg_score.mjs (ported in seg-metrics.ts);
 * speed is characters (UTF-16 code units) per second over the union of the
 * texts of each language, best and median of several rounds.
 *
 * Options: --show-errors N (bitext-tm's misses per file), --only NAME (one
 * splitter), --speed-seconds S (default 5), --speed-rounds R (default 5),
 * --no-speed, --json OUT.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SPLITTERS } from './peers';
import { scoreItems, timeSplitter, type FileScore, type SegItem, type SpeedScore } from './seg-metrics';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const SHARED = process.env['BITEXT_SHARED'] ?? join(ROOT, '..', 'shared');
const LANGS = ['en', 'zh'] as const;
type BenchLang = (typeof LANGS)[number];

/** Targets of issue 3. */
const TARGET_MAC_F1 = 0.99;
const TARGET_HARD_EXACT = 0.9;
const TARGET_CHARS_PER_SECOND = 10_000_000;

const { values: args } = parseArgs({
  options: {
    'show-errors': { type: 'string', default: '0' },
    only: { type: 'string' },
    'speed-seconds': { type: 'string', default: '5' },
    'speed-rounds': { type: 'string', default: '5' },
    'no-speed': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

function filesOf(lang: BenchLang): string[] {
  return [join(SHARED, 'eval', 'seg', `mac-dev.${lang}.jsonl`), join(HERE, `segment-hard-cases.${lang}.json`)].filter((f) => existsSync(f));
}

function loadItems(file: string): SegItem[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl')) return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as SegItem);
  return JSON.parse(text) as SegItem[];
}

const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const mega = (x: number): string => `${(x / 1e6).toFixed(1)}M`;
const pad = (s: string, n: number): string => s.padEnd(n);

function main(): void {
  if (!existsSync(join(SHARED, 'eval', 'seg', 'mac-dev.en.jsonl'))) {
    console.log(`bench:segment: shared data not found at ${SHARED}/eval/seg (set BITEXT_SHARED); nothing measured`);
    process.exit(2);
  }
  const splitters = SPLITTERS.filter((s) => args.only === undefined || s.name === args.only);
  const showErrors = Number(args['show-errors']);
  const results: { lang: BenchLang; file: string; splitter: string; score: FileScore }[] = [];
  const speeds: { lang: BenchLang; splitter: string; speed: SpeedScore }[] = [];
  for (const lang of LANGS) {
    const texts: string[] = [];
    for (const file of filesOf(lang)) {
      const items = loadItems(file);
      for (const item of items) texts.push(item.text);
      const name = relative(ROOT, file);
      console.log(`\n== ${name} (${lang}, ${items.length} items, ${items.reduce((n, it) => n + it.text.length, 0)} chars)`);
      console.log(`${pad('splitter', 18)} ${pad('exact', 15)} ${pad('P', 6)} ${pad('R', 6)} ${pad('F1', 6)} ${pad('gold/pred/correct', 18)} altered`);
      for (const splitter of splitters.filter((s) => s.langs.includes(lang))) {
        const score = scoreItems(splitter.split, items, lang, splitter.name === 'bitext-tm' ? showErrors : 0);
        results.push({ lang, file: name, splitter: splitter.name, score });
        const exact = `${score.exactCount}/${score.items} ${fmt(score.exact)}`;
        const counts = `${score.gold}/${score.pred}/${score.correct}`;
        console.log(`${pad(splitter.name, 18)} ${pad(exact, 15)} ${pad(fmt(score.precision), 6)} ${pad(fmt(score.recall), 6)} ${pad(fmt(score.f1), 6)} ${pad(counts, 18)} ${score.altered}${score.errors ? `, errors ${score.errors}` : ''}`);
        if (splitter.name === 'bitext-tm') printMisses(score);
      }
      const ours = results.find((r) => r.file === name && r.splitter === 'bitext-tm')?.score;
      if (ours) {
        console.log('bitext-tm recall by end of previous gold sentence: ' +
          Object.entries(ours.recallByKind).map(([k, v]) => `${k} ${fmt(v.recall)} (${v.n})`).join(', '));
      }
    }
    if (!args['no-speed']) {
      for (const splitter of splitters.filter((s) => s.langs.includes(lang))) {
        speeds.push({ lang, splitter: splitter.name, speed: timeSplitter(splitter.split, texts, lang, Number(args['speed-seconds']), Number(args['speed-rounds'])) });
      }
    }
  }
  if (speeds.length > 0) printSpeeds(speeds);
  printTargets(results, speeds);
  if (args.json !== undefined) {
    writeFileSync(args.json, `${JSON.stringify({ results: results.map(({ score: { misses: _misses, ...score }, ...r }) => ({ ...r, score })), speeds }, null, 1)}\n`);
  }
}

function printMisses(score: FileScore): void {
  for (const miss of score.misses) {
    console.log(`-- ${miss.id}`);
    console.log(`   expected: ${JSON.stringify(miss.expected)}`);
    console.log(`   got:      ${JSON.stringify(miss.got)}`);
  }
}

function printSpeeds(speeds: readonly { lang: BenchLang; splitter: string; speed: SpeedScore }[]): void {
  console.log('\n== speed (chars/s over all items of the language; best and median round)');
  console.log(`${pad('splitter', 18)} ${pad('lang', 5)} ${pad('best', 9)} ${pad('median', 9)} passes`);
  for (const { lang, splitter, speed } of speeds) {
    console.log(`${pad(splitter, 18)} ${pad(lang, 5)} ${pad(mega(speed.best), 9)} ${pad(mega(speed.median), 9)} ${speed.passes} × ${speed.chars} chars in ${speed.seconds.toFixed(1)} s`);
  }
}

function printTargets(
  results: readonly { lang: BenchLang; file: string; splitter: string; score: FileScore }[],
  speeds: readonly { lang: BenchLang; splitter: string; speed: SpeedScore }[],
): void {
  console.log('\n== targets (issue 3)');
  const mark = (ok: boolean): string => (ok ? 'met' : 'NOT MET');
  for (const lang of LANGS) {
    const onFile = (file: string): typeof results => results.filter((r) => r.lang === lang && r.file.includes(file));
    const mac = onFile('mac-dev');
    const ours = mac.find((r) => r.splitter === 'bitext-tm');
    if (ours) {
      const bestPeer = mac.filter((r) => r.splitter !== 'bitext-tm').reduce((best, r) => Math.max(best, r.score.f1), -Infinity);
      console.log(`${lang} MAC-dev boundary F1 ${fmt(ours.score.f1)} (target ≥ ${TARGET_MAC_F1}): ${mark(ours.score.f1 >= TARGET_MAC_F1)}; ahead of every peer (best ${fmt(bestPeer)}): ${mark(ours.score.f1 > bestPeer)}`);
    }
    const hard = onFile('hard-cases').find((r) => r.splitter === 'bitext-tm');
    if (hard) console.log(`${lang} hard cases exact ${fmt(hard.score.exact)} (target ≥ ${TARGET_HARD_EXACT}): ${mark(hard.score.exact >= TARGET_HARD_EXACT)}`);
    const speed = speeds.find((s) => s.lang === lang && s.splitter === 'bitext-tm');
    if (speed) console.log(`${lang} speed best ${mega(speed.speed.best)} median ${mega(speed.speed.median)} chars/s (target ≥ ${mega(TARGET_CHARS_PER_SECOND)}): ${mark(speed.speed.median >= TARGET_CHARS_PER_SECOND)}`);
  }
}

main();

