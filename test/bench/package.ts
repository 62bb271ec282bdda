/**
 * Package benchmark: what a user downloads and installs, and what importing
 * costs. Packs the built package (run `npm run build` first; the script does),
 * installs the tarball into a fresh project the way a consumer does, and
 * prints: the tarball, the consumer's node_modules by package, and the time
 * and CPU of `node -e "require('bitext-tm')"` (and the ESM import) against
 * bare `node -e 0` measured in the same run, runs interleaved. For scale it
 * also installs segmentit from npm on its own (what the package depended on
 * before it shipped segmentit's prebuilt file in dist/vendor).
 *
 * Run: npm run bench:package [-- RUNS]   (default 20 runs of each command)
 * Needs the npm cache that `npm ci` filled (installs use --prefer-offline).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { minOf } from '../../src/min-max';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUNS = Number(process.argv[2] ?? 20);
const work = mkdtempSync(join(tmpdir(), 'bitext-bench-package-'));

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stderr}`);
  return result;
}

/** Bytes and files under a folder (apparent sizes, as npm counts them). */
function folderSize(path: string): { bytes: number; files: number } {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path)) {
    const inner = folderSize(join(path, name));
    bytes += inner.bytes;
    files += inner.files;
  }
  return { bytes, files };
}

/** Top-level packages of a node_modules folder (scoped ones as @scope/name). */
function packagesIn(modules: string): string[] {
  return readdirSync(modules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`) : [name]));
}

function install(name: string, spec: string): string {
  const dir = join(work, name);
  run('mkdir', ['-p', dir], work);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true }));
  run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-package-lock', spec], dir);
  return join(dir, 'node_modules');
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(2);
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const min = (values: readonly number[]): number => minOf(values);

// 1. The tarball.
run('npm', ['run', 'build'], ROOT);
const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT).stdout) as { filename: string; size: number; unpackedSize: number; files: { path: string; size: number }[] }[];
const info = packed[0];
if (!info) throw new Error('npm pack printed nothing');
console.log(`\n## Tarball (${info.filename})\n`);
console.log(`packed ${mb(info.size)} MB, unpacked ${mb(info.unpackedSize)} MB, ${info.files.length} files\n`);
console.log('| file | MB |\n|---|---|');
for (const file of [...info.files].sort((a, b) => b.size - a.size)) console.log(`| ${file.path} | ${mb(file.size)} |`);

// 2. A consumer's node_modules.
const modules = install('consumer', join(work, info.filename));
const packages = packagesIn(modules);
const total = folderSize(modules);
console.log(`\n## A consumer's node_modules: ${packages.length} packages, ${mb(total.bytes)} MB, ${total.files} files\n`);
console.log('| package | MB | files |\n|---|---|---|');
for (const name of packages) {
  const size = folderSize(join(modules, name));
  console.log(`| ${name} | ${mb(size.bytes)} | ${size.files} |`);
}

// 3. For scale: segmentit from npm, as the package depended on it before.
const segmentitModules = install('segmentit-alone', 'segmentit@2.0.3');
const segmentitPackages = packagesIn(segmentitModules);
const segmentitSize = folderSize(segmentitModules);
const segmentitItself = folderSize(join(segmentitModules, 'segmentit'));
console.log(`\n## segmentit 2.0.3 from npm, on its own: ${segmentitPackages.length} packages, ${mb(segmentitSize.bytes)} MB`);
console.log(`segmentit itself ${mb(segmentitItself.bytes)} MB (its dictionary in four builds); the ${segmentitPackages.length - 1} others (${mb(segmentitSize.bytes - segmentitItself.bytes)} MB), pulled in by preval.macro, a build-time Babel macro its dist never requires: ${segmentitPackages.filter((p) => p !== 'segmentit').join(', ')}`);

// 4. Import time against bare node, interleaved, same run.
const consumer = join(work, 'consumer');
/** Label, code, and whether it runs as an ES module. */
const commands: readonly (readonly [string, string, boolean])[] = [
  ['bare node (node -e 0)', '', false],
  ["require('bitext-tm')", "require('bitext-tm');", false],
  ["import 'bitext-tm' (ESM)", "await import('bitext-tm');", true],
  ['require + a TranslationMemory lookup', "const { TranslationMemory } = require('bitext-tm'); TranslationMemory.fromUnits([{ id: '1', en: 'Consul-General', zh: '總領事' }]).lookup('Consul-General');", false],
];
const samples = commands.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
for (let k = 0; k < RUNS + 1; k++) {
  commands.forEach(([, code, esm], c) => {
    const script = `${code}\nconst u = process.cpuUsage(); console.log(u.user + u.system);`;
    const start = performance.now();
    const result = run(process.execPath, [...(esm ? ['--input-type=module'] : []), '-e', script], consumer);
    const wall = performance.now() - start;
    if (k === 0) return; // warm-up: file cache
    samples[c]?.wall.push(wall);
    samples[c]?.cpu.push(Number(result.stdout.trim()) / 1000);
  });
}
console.log(`\n## Import time, ${RUNS} runs each, interleaved (ms; wall from the parent, CPU from the child's own process.cpuUsage)\n`);
console.log('| command | wall min | wall median | CPU min | CPU median | CPU median − bare node |\n|---|---|---|---|---|---|');
const bareCpu = median(samples[0]?.cpu ?? []);
commands.forEach(([label], c) => {
  const s = samples[c] ?? { wall: [], cpu: [] };
  console.log(`| ${label} | ${min(s.wall).toFixed(0)} | ${median(s.wall).toFixed(0)} | ${min(s.cpu).toFixed(0)} | ${median(s.cpu).toFixed(0)} | ${c === 0 ? '—' : `+${(median(s.cpu) - bareCpu).toFixed(0)}`} |`);
});

// 5. What each runtime dependency costs at import, and segmentit on first use (in-process, min of runs).
const inProcess = (code: string): number => {
  const times: number[] = [];
  for (let k = 0; k < Math.max(5, Math.floor(RUNS / 2)); k++) {
    const out = run(process.execPath, ['-e', `const t = performance.now(); ${code}; console.log(performance.now() - t);`], consumer).stdout;
    times.push(Number(out.trim()));
  }
  return min(times);
};
console.log('\n## Cost of each part, in-process (ms, min of runs)\n');
console.log('| what | ms |\n|---|---|');
console.log(`| require('opencc-js') | ${inProcess("require('opencc-js')").toFixed(0)} |`);
console.log(`| require('pinyin-pro') | ${inProcess("require('pinyin-pro')").toFixed(0)} |`);
console.log(`| require('bitext-tm') (opencc-js included; pinyin-pro and segmentit load on first use) | ${inProcess("require('bitext-tm')").toFixed(0)} |`);
console.log(`| pinyinSyllables() on first use (loads pinyin-pro) | ${inProcess("require('bitext-tm').pinyinSyllables('重庆')").toFixed(0)} |`);
console.log(`| loadChineseWordSegmenter() on first use (reads dist/vendor/segmentit.cjs) | ${inProcess("require('bitext-tm').loadChineseWordSegmenter()").toFixed(0)} |`);
console.log(`| loadLexicon() (CC-CEDICT, on first use) | ${inProcess("require('bitext-tm').loadLexicon()").toFixed(0)} |`);

rmSync(work, { recursive: true, force: true });
