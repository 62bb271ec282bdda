/**
 * The package as users get it: `npm pack`, install the tarball into a fresh
 * ESM project and a fresh CommonJS project, import the API, run the CLI, and
 * type-check a small TypeScript consumer. publint and arethetypeswrong check
 * the exports map. Needs `npm run build` first (`npm test` does it).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAll } from '../src/append-all';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
let work = '';
let tarball = '';

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}) in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** Names of the packages `names` need at run time, themselves included, as installed flat in `modules`. */
function runtimeClosure(modules: string, names: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...names];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    appendAll(queue, Object.keys(manifest.dependencies ?? {}));
    appendAll(queue, Object.keys(manifest.optionalDependencies ?? {}));
  }
  // A scoped package installs under its scope's folder: that folder is what readdir lists.
  return [...new Set([...seen].map((name) => name.split('/')[0] ?? name))];
}

function makeProject(name: string, type: 'module' | 'commonjs'): string {
  const dir = join(work, name);
  run('mkdir', ['-p', dir], work);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type }));
  // --prefer-offline: dependencies come from the npm cache that `npm ci` filled.
  run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-package-lock', tarball], dir);
  return dir;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'bitext-tm-package-'));
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  const info = JSON.parse(packed.stdout) as { filename: string }[];
  tarball = join(work, info[0]?.filename ?? '');
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the library, the CLI and the lexicon data, and nothing from src or test', () => {
    const list = run('tar', ['-tzf', tarball], work).stdout.split('\n');
    expect(list).toContain('package/dist/index.js');
    expect(list).toContain('package/dist/index.cjs');
    expect(list).toContain('package/dist/index.d.ts');
    expect(list).toContain('package/dist/index.d.cts');
    expect(list).toContain('package/dist/cli.js');
    expect(list).toContain('package/data/cedict.tsv.gz');
    expect(list.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toEqual([]);
  });

  it('ships the licences of the code, the dictionary data and the vendored segmentit, and no source maps', () => {
    const list = run('tar', ['-tzf', tarball], work).stdout.split('\n');
    for (const file of ['LICENSE', 'data/LICENSE', 'data/README.md', 'dist/vendor/segmentit.cjs', 'dist/vendor/segmentit.LICENSE']) expect(list).toContain(`package/${file}`);
    expect(list.filter((f) => f.endsWith('.map'))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string; dependencies: Record<string, string> };
    // The code is MIT; data/cedict.tsv.gz is CC-CEDICT, CC BY-SA 4.0: the expression names both.
    expect(pkg.license).toBe('MIT AND CC-BY-SA-4.0');
    expect(readFileSync(join(ROOT, 'data', 'LICENSE'), 'utf8')).toMatch(/^Attribution-ShareAlike 4\.0 International/u);
  });

  it('imports from an ESM project and runs the CLI', () => {
    const dir = makeProject('esm-consumer', 'module');
    writeFileSync(
      join(dir, 'index.js'),
      `import { toSimplified, LineIndex, loadLexicon, VERSION } from 'bitext-tm';
console.log(toSimplified('重慶市政府外辦'));
console.log(new LineIndex('a\\nb').pointAt(2).line);
console.log(loadLexicon().bySimplified.get('总领事')[0].glosses[0]);
console.log(VERSION);`,
    );
    const out = run('node', ['index.js'], dir).stdout.trim().split('\n');
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(out).toEqual(['重庆市政府外办', '2', 'consul general', version]);
    expect(run(join(dir, 'node_modules', '.bin', 'bitext-tm'), ['--version'], dir).stdout.trim()).toBe(version);
  }, 120_000);

  it('installs only its runtime dependencies: no build-time tooling in a consumer\'s node_modules', () => {
    const dir = join(work, 'esm-consumer');
    const installed = readdirSync(join(dir, 'node_modules')).filter((name) => !name.startsWith('.'));
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(installed.sort()).toEqual(['bitext-tm', ...runtimeClosure(join(dir, 'node_modules'), Object.keys(manifest.dependencies))].sort());
    expect(installed.filter((name) => name in manifest.devDependencies)).toEqual([]);
    // segmentit comes from dist/vendor, on first use only.
    writeFileSync(
      join(dir, 'segment.cjs'),
      `const api = require('bitext-tm');
const loaded = () => Object.keys(require.cache).filter((k) => k.includes('segmentit')).length;
console.log(loaded());
console.log(api.loadChineseWordSegmenter().tokenize('重慶市政府外辦').map((w) => w.text).join(' '));
console.log(loaded());`,
    );
    expect(run('node', ['segment.cjs'], dir).stdout.trim().split('\n')).toEqual(['0', '重慶 市政府 外辦', '1']);
  }, 120_000);

  it('requires from a CommonJS project', () => {
    const dir = makeProject('cjs-consumer', 'commonjs');
    writeFileSync(
      join(dir, 'index.js'),
      `const { toTraditional, isBitextError, IngestError } = require('bitext-tm');
console.log(toTraditional('重庆市政府外办'));
console.log(isBitextError(new IngestError('INGEST_EMPTY_INPUT', 'empty')));`,
    );
    expect(run('node', ['index.js'], dir).stdout.trim().split('\n')).toEqual(['重慶市政府外辦', 'true']);
  }, 120_000);

  it('type-checks a TypeScript consumer against the published declarations', () => {
    const dir = join(work, 'esm-consumer');
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import { toSimplified, BitextError, type TranslationUnit, type ErrorCode } from 'bitext-tm';
const unit: TranslationUnit = { id: '1', en: 'Consul-General', zh: toSimplified('總領事') };
const code: ErrorCode = 'TMX_MALFORMED_XML';
const error: BitextError = new BitextError(code, unit.en);
export const summary: string = error.code + unit.zh;
// @ts-expect-error: not an error code
export const wrong: ErrorCode = 'NOT_A_CODE';
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
    );
    run(join(BIN, 'tsc'), ['-p', 'tsconfig.json'], dir);
  }, 120_000);

  it('passes publint and arethetypeswrong', () => {
    expect(run(join(BIN, 'publint'), ['--strict'], ROOT).stdout).toMatch(/All good/u);
    run(join(BIN, 'attw'), ['--pack', '.', '--format', 'ascii'], ROOT);
  }, 120_000);
});
