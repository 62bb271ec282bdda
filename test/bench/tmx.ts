/**
 * npm run bench:tmx [-- --units 100000,1000000] [--repeat 3]
 *
 * Writes and reads TMX files of N synthesised units through a temp file:
 * write = createTmxWriter().chunks() piped into fs.createWriteStream (with the
 * default Traditional → Simplified conversion for zh-CN, and without it),
 * read = readTmx(fs.createReadStream) (and readTranslationUnits on top).
 * Each phase runs in its own child process, so the peak RSS it reports
 * (getrusage maxrss, plus a 20 ms sampler) belongs to that phase and size alone.
 *
 * Units are synthesised deterministically (mulberry32, fixed seed) from the
 * seed corpus's own vocabulary (corpus/raw/chongqing-fao-2022.en-zh.txt):
 * English sentences of 8–40 words drawn from its English words, Chinese
 * sentences of 15–75 characters drawn from its Han characters and Chinese
 * punctuation, about 1 in 8 with `&`, `<`, `>` or quotes, all with origin
 * and confidence props, so the file looks like the pipeline's output.
 * See test/bench/tmx.md for results.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { createTmxWriter, readTmx, readTranslationUnits, type TranslationUnit } from '../../src/index';
import { seededRandom } from '../helpers/seeded-random';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = join(ROOT, 'corpus', 'raw', 'chongqing-fao-2022.en-zh.txt');
const HAN = /\p{Script=Han}/u;

function* synthesiseUnits(count: number): Generator<TranslationUnit> {
  const text = readFileSync(SEED, 'utf8');
  const words = [...new Set(text.match(/[A-Za-z][A-Za-z'’-]*/gu) ?? [])];
  const han = [...new Set(Array.from(text).filter((c) => HAN.test(c)))];
  const zhPunct = ['，', '，', '、', '；', '：', '“', '”', '（', '）', '《', '》'];
  const specials = [' & ', ' <', '> ', ' "', "' "];
  const next = seededRandom(20221115);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  for (let i = 0; i < count; i++) {
    const enWords = 8 + Math.floor(next() * 33);
    let en = pick(words);
    for (let w = 1; w < enWords; w++) en += (next() < 0.08 ? ', ' : ' ') + pick(words);
    if (next() < 0.125) en += pick(specials) + pick(words);
    en += '.';
    const zhChars = 15 + Math.floor(next() * 61);
    let zh = '';
    for (let c = 0; c < zhChars; c++) zh += next() < 0.07 ? pick(zhPunct) : pick(han);
    zh += '。';
    yield {
      id: String(i + 1),
      en,
      zh,
      confidence: Math.round(next() * 1000) / 1000,
      origin: {
        document: 'chongqing-fao-2022.en-zh',
        article: Math.floor(i / 40),
        bead: '1-1',
        lines: { en: [i + 1, i + 1], zh: [i + 2, i + 2] },
        spans: { en: { start: i * 300, end: i * 300 + en.length }, zh: { start: i * 300 + 150, end: i * 300 + 150 + zh.length } },
      },
    };
  }
}

/** Peak RSS in MB: the larger of getrusage's maxrss and a 20 ms sampler (the sampler sees phases maxrss smooths over). */
function startMemorySampler(): () => { peakMb: number; startMb: number } {
  const startMb = process.memoryUsage.rss() / 2 ** 20;
  let peak = startMb;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss() / 2 ** 20)), 20);
  return () => {
    clearInterval(timer);
    const maxRss = process.resourceUsage().maxRSS / 1024;
    return { peakMb: Math.max(peak, maxRss), startMb };
  };
}

interface PhaseResult {
  phase: string;
  units: number;
  seconds: number;
  /** User + system CPU time of the process (all its threads, GC included). */
  cpuSeconds: number;
  megabytes: number;
  peakMb: number;
  startMb: number;
  extra?: string;
}

async function runPhase(phase: string, units: number, file: string): Promise<PhaseResult> {
  const stop = startMemorySampler();
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  let extra: string;
  if (phase === 'synthesise') {
    let chars = 0;
    for (const unit of synthesiseUnits(units)) chars += unit.en.length + unit.zh.length;
    extra = `${chars} chars`;
  } else if (phase === 'write' || phase === 'write-no-convert') {
    const writer = createTmxWriter({ creationDate: 1_668_470_400, convertChinese: phase === 'write' ? 'auto' : 'none' });
    await pipeline(writer.chunks(synthesiseUnits(units)), createWriteStream(file));
    extra = `${writer.stats.written} written, ${writer.issues.length} issues`;
  } else if (phase === 'read') {
    const reader = readTmx(createReadStream(file, { highWaterMark: 65_536 }));
    let count = 0;
    let chars = 0;
    for await (const unit of reader) {
      count++;
      for (const variant of unit.variants) chars += variant.text.length;
    }
    extra = `${count} units, ${chars} chars`;
  } else if (phase === 'read-units') {
    const reader = readTranslationUnits(createReadStream(file, { highWaterMark: 65_536 }));
    let count = 0;
    for await (const unit of reader) count += unit.confidence === undefined ? 0 : 1;
    extra = `${count} units with confidence`;
  } else {
    throw new Error(`unknown phase ${phase}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const megabytes = phase === 'synthesise' ? 0 : statSync(file).size / 1e6;
  return { phase, units, seconds, cpuSeconds, megabytes, ...stop(), extra };
}

/** fast-xml-parser on one realistic <tu> at a time: why the reader has its own parser. */
function fxpPerUnit(): string {
  const units = [...synthesiseUnits(2000)];
  const writer = createTmxWriter();
  const tus = units.map((unit) => writer.write(unit));
  const bytes = tus.reduce((sum, tu) => sum + Buffer.byteLength(tu), 0);
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false, trimValues: false });
  const started = performance.now();
  for (let round = 0; round < 10; round++) for (const tu of tus) parser.parse(tu);
  const seconds = (performance.now() - started) / 1000;
  return `fast-xml-parser 5 (XMLParser, preserveOrder) on one <tu> at a time: ${((bytes * 10) / 1e6 / seconds).toFixed(1)} MB/s`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--phase') {
    const [, phase = '', units = '0', file = ''] = args;
    console.log(JSON.stringify(await runPhase(phase, Number(units), file)));
    return;
  }
  const sizesArg = args.indexOf('--units');
  const sizes = sizesArg === -1 ? [100_000, 1_000_000] : (args[sizesArg + 1] ?? '').split(',').map(Number);
  const repeatArg = args.indexOf('--repeat');
  const repeat = repeatArg === -1 ? 1 : Number(args[repeatArg + 1] ?? 1);
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-bench-'));
  const rows: PhaseResult[] = [];
  try {
    for (const units of sizes) {
      const file = join(dir, `bench-${units}.tmx`);
      for (const phase of ['synthesise', 'write-no-convert', 'write', 'read', 'read-units']) {
        // The fastest of `repeat` runs: on a shared machine the slower ones measure the neighbours.
        let best: PhaseResult | undefined;
        for (let run = 0; run < repeat; run++) {
          const output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--phase', phase, String(units), file], { encoding: 'utf8', maxBuffer: 1 << 20 });
          const result = JSON.parse(output.trim().split('\n').pop() ?? '{}') as PhaseResult;
          console.error(`  ${phase} ${units}: ${result.seconds.toFixed(2)} s, peak ${result.peakMb.toFixed(0)} MB`);
          if (best === undefined || result.seconds < best.seconds) best = { ...result, peakMb: Math.max(result.peakMb, best?.peakMb ?? 0) };
          else best = { ...best, peakMb: Math.max(result.peakMb, best.peakMb) };
        }
        if (best !== undefined) rows.push(best);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`bench:tmx  node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  console.log('| phase | units | file MB | wall s | MB/s (wall) | CPU s | MB per CPU s | peak RSS MB | RSS at start MB | notes |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const rate = (seconds: number): string => (r.megabytes > 0 ? (r.megabytes / seconds).toFixed(1) : '–');
    console.log(
      `| ${r.phase} | ${r.units.toLocaleString('en')} | ${r.megabytes > 0 ? r.megabytes.toFixed(1) : '–'} | ${r.seconds.toFixed(2)} | ${rate(r.seconds)} | ${r.cpuSeconds.toFixed(2)} | ${rate(r.cpuSeconds)} | ${r.peakMb.toFixed(0)} | ${r.startMb.toFixed(0)} | ${r.extra ?? ''} |`,
    );
  }
  for (const units of sizes) {
    const synth = rows.find((r) => r.phase === 'synthesise' && r.units === units);
    for (const phase of ['write-no-convert', 'write']) {
      const write = rows.find((r) => r.phase === phase && r.units === units);
      if (synth && write) {
        const net = write.seconds - synth.seconds;
        console.log(`${phase} ${units.toLocaleString('en')} without the time to synthesise units: ${(write.megabytes / net).toFixed(1)} MB/s (${net.toFixed(2)} s)`);
      }
    }
  }
  console.log(fxpPerUnit());
}

await main();
