/**
 * The README's "Serving a memory" commands, run for real: `bitext-tm serve`
 * as a process on the seed's TMX (embedded) and on a throwaway PostgreSQL
 * cluster, and every curl line of the README against it (curl from the
 * machine; the port is the one the server got). Also: two servers on one
 * database answer identically and see each other's writes within a second.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTmx } from '../src/tmx/read/parse-tmx';
import { POSTGRES_SKIP_REASON, useThrowawayCluster } from './helpers/postgres';
import { startServeProcess } from './helpers/serve-process';

const ROOT = resolve(import.meta.dirname, '..');
const SEED_TMX = 'corpus/out/chongqing-fao-2022.en-zh.tmx';
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const HAS_CURL = spawnSync('curl', ['--version']).status === 0;

/** The ```sh blocks of the README's "Serving a memory" section, as commands (continuation lines joined). */
function serveBlocks(): string[][] {
  const start = README.indexOf('## Serving a memory');
  const section = README.slice(start, README.indexOf('\n## ', start + 1));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/gu)].map((m) => (m[1] ?? '').replace(/\\\n\s*/gu, '').split('\n').filter((line) => line.trim() !== ''));
}

/** A folder laid out like the repository for the README's relative paths, with a token. */
function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-readme-'));
  mkdirSync(join(dir, 'corpus', 'out'), { recursive: true });
  copyFileSync(join(ROOT, SEED_TMX), join(dir, SEED_TMX));
  writeFileSync(join(dir, 'token.txt'), 'readme-test-token-0123456789abcdef\n');
  return dir;
}

/** Run the README's curl lines against `url`; each must answer without an error. */
function runCurls(lines: readonly string[], url: string, cwd: string): string[] {
  const outputs: string[] = [];
  for (const line of lines.filter((l) => l.startsWith('curl '))) {
    const command = line.replaceAll('http://127.0.0.1:8080', url);
    const output = execFileSync('sh', ['-c', `${command} -w '\\n%{http_code}'`], { cwd, encoding: 'utf8' });
    const status = Number(output.slice(output.lastIndexOf('\n') + 1));
    const body = output.slice(0, output.lastIndexOf('\n'));
    expect(status, `${line}\n${body}`).toBeLessThan(300);
    if (body !== '') expect(JSON.parse(body), line).not.toHaveProperty('error');
    outputs.push(body);
  }
  return outputs;
}

describe.skipIf(!HAS_CURL)('README: serving a memory', () => {
  const blocks = serveBlocks();

  it('has the commands this test runs', () => {
    expect(blocks.length).toBe(3);
    expect(blocks[0]?.some((l) => l.startsWith('bitext-tm serve --tm'))).toBe(true);
    expect(blocks[1]?.filter((l) => l.startsWith('curl ')).length).toBe(9);
  });

  it('runs every curl example against an embedded server, which stops cleanly on SIGTERM', async () => {
    const cwd = workFolder();
    const serveLine = blocks[0]?.find((l) => l.startsWith('bitext-tm serve')) ?? '';
    const args = serveLine.split(/\s+/u).slice(2).filter((arg, i, all) => arg !== '--port' && all[i - 1] !== '--port');
    const server = await startServeProcess(args, cwd);
    try {
      const [health, lookup] = runCurls(blocks[1] ?? [], server.url, cwd);
      expect(JSON.parse(health ?? '')).toMatchObject({ status: 'ok', kind: 'embedded', units: 65 });
      expect((JSON.parse(lookup ?? '') as { matches: unknown[] }).matches[0]).toMatchObject({ tuid: 'a2-u2', score: 0.8333333333333334 });
      const exported = parseTmx(readFileSync(join(cwd, 'memory.tmx'))).value.units;
      expect(exported.length).toBe(65 + 65); // the seed, its re-import; the unit added was deleted
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(server.stderr()).toContain('SIGTERM');
  });

  describe.skipIf(POSTGRES_SKIP_REASON !== undefined)('on PostgreSQL', () => {
    const pg = useThrowawayCluster();

    it('runs the curl examples against a server on PostgreSQL, and a second server sees the same memory', async () => {
      const cwd = workFolder();
      const store = ['--store', pg.cluster.url, '--memory', 'fao', '--token-file', 'token.txt'];
      const a = await startServeProcess(store, cwd);
      const b = await startServeProcess(store, cwd);
      try {
        const importLine = blocks[2]?.find((l) => l.startsWith('curl ')) ?? '';
        runCurls([importLine], a.url, cwd);
        const outputs = runCurls(blocks[1] ?? [], a.url, cwd);
        expect(JSON.parse(outputs[0] ?? '')).toMatchObject({ status: 'ok', kind: 'postgres', database: 'up' });
        // The second server: the same answers, its own writes seen by the first within a second.
        const query = `/api/lookup?q=${encodeURIComponent('Li Mingquan, Deputy Director-General of Chongqing FAO, presided over the meeting.')}`;
        const [fromA, fromB] = await Promise.all([a, b].map(async (s) => (await fetch(`${s.url}${query}`)).text()));
        expect(fromB).toBe(fromA);
        const added = await fetch(`${b.url}/api/units`, {
          method: 'POST',
          headers: { authorization: 'Bearer readme-test-token-0123456789abcdef', 'content-type': 'application/json' },
          body: JSON.stringify([{ en: 'A unit written through the second server.', zh: '经第二个服务器写入的单元。' }]),
        });
        expect(added.status).toBe(201);
        const started = Date.now();
        const probe = `/api/lookup?q=${encodeURIComponent('A unit written through the second server.')}`;
        while (((await (await fetch(`${a.url}${probe}`)).json()) as { matches: unknown[] }).matches.length === 0) {
          expect(Date.now() - started).toBeLessThan(1000);
          await new Promise((r) => setTimeout(r, 10));
        }
      } finally {
        expect(await a.stop()).toBe(0);
        expect(await b.stop()).toBe(0);
      }
    });
  });
});
