/**
 * kill -9 of a real `bitext-tm serve` process, embedded and on PostgreSQL:
 * during a stream of writes (every acknowledged write is there after the
 * restart) and in the middle of an import (none of its units are).
 */
import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeTmx } from '../src/tmx/write/serialize-tmx';
import { POSTGRES_SKIP_REASON, useThrowawayCluster } from './helpers/postgres';
import { startServeProcess, type ServeProcess } from './helpers/serve-process';

const TOKEN = 'crash-test-token-0123456789abcdef';
const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-crash-'));
  writeFileSync(join(dir, 'token.txt'), TOKEN);
  writeFileSync(join(dir, 'base.tmx'), serializeTmx([{ id: 'base-1', en: 'The base unit of the memory.', zh: '记忆库的基础单元。' }], { convertChinese: 'none' }).value);
  return dir;
}

/** POST one unit after another until the server dies; the texts of those acknowledged. */
async function writeUntilKilled(server: ServeProcess, killAfter: number): Promise<string[]> {
  const acknowledged: string[] = [];
  for (let i = 0; ; i++) {
    const en = `Acknowledged write number ${i} of the crash test.`;
    if (i === killAfter) void server.kill();
    try {
      const response = await fetch(`${server.url}/api/units`, { method: 'POST', headers, body: JSON.stringify([{ en, zh: `崩溃测试的第${i}次写入。`, tuid: `w${i}` }]) });
      if (response.status !== 201) break;
      acknowledged.push(`w${i}`);
    } catch {
      break; // connection refused or reset: the process is gone
    }
  }
  return acknowledged;
}

/** Start an import, send half of it, then kill the server. */
async function killMidImport(server: ServeProcess, units: number): Promise<void> {
  const tmx = serializeTmx(
    Array.from({ length: units }, (_, i) => ({ id: `imp-${i}`, en: `Imported unit ${i} that must not survive a crash.`, zh: `不得在崩溃后留存的导入单元${i}。` })),
    { convertChinese: 'none' },
  ).value;
  const url = new URL(`${server.url}/api/import`);
  const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
  req.on('error', () => undefined);
  req.write(tmx.slice(0, Math.floor(tmx.length / 2)));
  await new Promise((resolve) => setTimeout(resolve, 500));
  await server.kill();
  req.destroy();
}

async function tuidsOf(server: ServeProcess): Promise<Set<string>> {
  const tmx = await (await fetch(`${server.url}/api/export`)).text();
  return new Set([...tmx.matchAll(/tuid="([^"]*)"/gu)].map((m) => m[1] ?? ''));
}

describe('kill -9 (real server processes)', () => {
  it('embedded: keeps every acknowledged write and nothing of an interrupted import', async () => {
    const cwd = folder();
    const args = ['--tm', 'base.tmx', '--token-file', 'token.txt'];
    const first = await startServeProcess(args, cwd);
    const acknowledged = await writeUntilKilled(first, 40);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    const second = await startServeProcess(args, cwd);
    const afterWrites = await tuidsOf(second);
    for (const tuid of acknowledged) expect(afterWrites.has(tuid), tuid).toBe(true);
    await killMidImport(second, 20_000);
    const third = await startServeProcess(args, cwd);
    const afterImport = await tuidsOf(third);
    expect([...afterImport].filter((t) => t.startsWith('imp-'))).toEqual([]);
    expect(afterImport.size).toBe(afterWrites.size);
    expect(await third.stop()).toBe(0);
  });

  describe.skipIf(POSTGRES_SKIP_REASON !== undefined)('on PostgreSQL', () => {
    const pg = useThrowawayCluster();

    it('keeps every acknowledged write and nothing of an interrupted import', async () => {
      const cwd = folder();
      const args = ['--store', pg.cluster.url, '--memory', 'crash', '--token-file', 'token.txt'];
      const first = await startServeProcess(args, cwd);
      const acknowledged = await writeUntilKilled(first, 40);
      const second = await startServeProcess(args, cwd);
      const afterWrites = await tuidsOf(second);
      for (const tuid of acknowledged) expect(afterWrites.has(tuid), tuid).toBe(true);
      await killMidImport(second, 20_000);
      const third = await startServeProcess(args, cwd);
      const afterImport = await tuidsOf(third);
      expect([...afterImport].filter((t) => t.startsWith('imp-'))).toEqual([]);
      expect(afterImport.size).toBe(afterWrites.size);
      expect(await third.stop()).toBe(0);
    });
  });
});
