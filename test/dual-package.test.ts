/**
 * The built package as both of its copies: dist/index.js (ESM) and
 * dist/index.cjs (CommonJS) can be loaded side by side in one process (an ESM
 * app with a CommonJS dependency that also uses bitext-tm). Errors must be
 * recognised across the copies, and importing either must not load segmentit.
 * Needs `npm run build` first (`npm test` does it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

type Api = typeof import('../src/index');

const ROOT = resolve(import.meta.dirname, '..');
const ESM = join(ROOT, 'dist', 'index.js');
const CJS = join(ROOT, 'dist', 'index.cjs');
let esm: Api;
let cjs: Api;

beforeAll(async () => {
  if (!existsSync(ESM) || !existsSync(CJS)) throw new Error('dist/ is missing: run `npm run build` first');
  esm = (await import(pathToFileURL(ESM).href)) as Api;
  cjs = createRequire(import.meta.url)(CJS) as Api;
});

describe('isBitextError across the ESM and CommonJS builds', () => {
  it('the two builds are two copies: instanceof cannot see across them', () => {
    expect(esm.BitextError).not.toBe(cjs.BitextError);
    expect(new cjs.TmxParseError('TMX_MALFORMED_XML', 'x') instanceof esm.BitextError).toBe(false);
  });

  it('recognises an error of either copy with the other copy, for every error class', () => {
    const classes = ['BitextError', 'UsageError', 'IngestError', 'SegmentError', 'AlignError', 'TmxParseError', 'TmxWriteError', 'TermsError', 'TmError'] as const;
    for (const name of classes) {
      expect(esm.isBitextError(new cjs[name]('TMX_MALFORMED_XML', 'x')), `cjs ${name}`).toBe(true);
      expect(cjs.isBitextError(new esm[name]('TMX_MALFORMED_XML', 'x')), `esm ${name}`).toBe(true);
    }
  });

  it('recognises an error thrown by the other copy, and nothing else', () => {
    let thrown: unknown;
    try {
      cjs.parseTmx('<tmx version="1.4"><body><tu></body></tmx>', { file: 'broken.tmx' });
    } catch (error) {
      thrown = error;
    }
    expect(esm.isBitextError(thrown)).toBe(true);
    for (const other of [new Error('x'), new TypeError('x'), { code: 'TMX_MALFORMED_XML', message: 'x' }, null, undefined, 'TmxParseError', Object.create(null) as object]) {
      expect(esm.isBitextError(other)).toBe(false);
      expect(cjs.isBitextError(other)).toBe(false);
    }
  });

  it('keeps the brand out of what an error shows: keys, JSON, toEqual', () => {
    const error = new esm.TmError('TM_EMPTY_QUERY', 'empty');
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(Object.keys(error).sort()).toEqual(['code', 'file', 'issues', 'name', 'place']);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'TmError', code: 'TM_EMPTY_QUERY', issues: [] });
    expect(error).toEqual(new esm.TmError('TM_EMPTY_QUERY', 'empty'));
  });
});

describe('segmentit and pinyin-pro are loaded on first use, not on import', () => {
  function modulesAfter(script: string): string[] {
    const run = spawnSync(process.execPath, ['-e', `${script}\nconsole.log(JSON.stringify(Object.keys(require.cache).filter((k) => /segmentit|pinyin-pro/.test(k))))`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '[]') as string[];
  }

  it('require and import of the package do not load it', () => {
    expect(modulesAfter(`const api = require(${JSON.stringify(CJS)}); api.TranslationMemory.fromUnits([{ id: '1', en: 'Consul-General', zh: '总领事' }]).lookup('Consul-General');`)).toEqual([]);
  });

  it('the first word segmenter loads the copy shipped in dist/vendor, once', () => {
    const loaded = modulesAfter(`const api = require(${JSON.stringify(CJS)}); api.loadChineseWordSegmenter(); api.loadChineseWordSegmenter();`);
    // The segmenter works on the Simplified view (opencc-js) and nothing else: pinyin-pro stays unloaded.
    expect(loaded).toEqual([join(ROOT, 'dist', 'vendor', 'segmentit.cjs')]);
    expect(esm.loadChineseWordSegmenter().tokenize('重慶市政府外辦').map((word) => word.text)).toEqual(['重慶', '市政府', '外辦']);
  });

  it('pinyin-pro loads with the first pinyin asked for', () => {
    expect(modulesAfter(`const api = require(${JSON.stringify(CJS)}); console.log(api.pinyinSyllables('重庆').join(' '));`)).toEqual([join(ROOT, 'node_modules', 'pinyin-pro', 'dist', 'index.js')]);
    expect(esm.pinyinSyllables('重庆万州')).toEqual(['chong', 'qing', 'wan', 'zhou']);
  });
});
