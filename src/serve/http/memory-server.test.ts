import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTermbase } from '../../terms/termbase/create-termbase';
import { parseTmx } from '../../tmx/read/parse-tmx';
import { serializeTmx } from '../../tmx/write/serialize-tmx';
import { TranslationMemory } from '../../tm/translation-memory';
import type { Term } from '../../types';
import { openEmbeddedMemory } from '../embedded-memory';
import { createMemoryServer, type MemoryServer } from './create-memory-server';
import type { MemoryServerOptions } from './server-options';

const UNITS = [
  { id: 'fao-1', en: 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.', zh: '重庆市政府外办副主任周毅主持会议。' },
  { id: 'fao-2', en: 'Nearly 50 business representatives from Chongqing and Belarus attended the forum.', zh: '双方近50家企业代表出席论坛。' },
  { id: 'fao-3', en: 'The Consul-General of Belarus in Chongqing attended the event.', zh: '白俄罗斯驻重庆总领事出席活动。' },
];
const TOKEN = 'a-test-token-0123456789';
const TERMS: Term[] = [{ type: 'title', en: 'Consul-General', zh: '總領事', zhHans: '总领事', count: 1, confidence: 0.9, methods: ['cedict'], examples: [] } as unknown as Term];

let running: MemoryServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(options: MemoryServerOptions = { token: TOKEN }, termbase = true): Promise<string> {
  const journal = join(mkdtempSync(join(tmpdir(), 'bitext-serve-')), 'memory.journal');
  const memory = await openEmbeddedMemory(TranslationMemory.fromUnits(UNITS), { journal, ...(termbase ? { termbase: createTermbase(TERMS) } : {}) });
  running = createMemoryServer(memory, options);
  const { port } = await running.listen(0);
  return `http://127.0.0.1:${port}`;
}

const auth = { authorization: `Bearer ${TOKEN}` };
const json = { 'content-type': 'application/json', ...auth };
const get = async (url: string): Promise<{ status: number; body: unknown }> => {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
};
const errorCode = (body: unknown): unknown => (body as { error: { code: string } }).error.code;

describe('createMemoryServer (embedded memory)', () => {
  it('answers lookups exactly as the library does, with keys', async () => {
    const base = await start();
    const library = TranslationMemory.fromUnits(UNITS);
    for (const q of ['Li Mingquan, Deputy Director-General of Chongqing FAO, presided over the meeting.', '重庆市政府外办副主任周毅主持会议', 'The Consul-General attended the event.']) {
      for (const params of ['', '&limit=1', '&min=0.5', '&lang=en']) {
        const { status, body } = await get(`${base}/api/lookup?q=${encodeURIComponent(q)}${params}`);
        expect(status).toBe(200);
        const matches = (body as { matches: { key: number }[] }).matches;
        const options = { ...(params === '&limit=1' ? { limit: 1 } : {}), ...(params === '&min=0.5' ? { minScore: 0.5 } : {}), ...(params === '&lang=en' ? { lang: 'en' } : {}) };
        const want: unknown = JSON.parse(JSON.stringify(library.lookup(q, options)));
        expect(matches.map(({ key: _key, ...match }) => match)).toEqual(want);
        expect(matches.map((m) => m.key)).toEqual((want as { unitIndex: number }[]).map((m) => m.unitIndex + 1));
      }
    }
    const { body } = await get(`${base}/api/concordance?q=${encodeURIComponent('deputy director general')}`);
    expect((body as { hits: { tuid: string }[] }).hits.map((h) => h.tuid)).toEqual(['fao-1']);
    const terms = await get(`${base}/api/term?q=consul%20general`);
    expect((terms.body as { terms: { term: { zh: string } }[] }).terms[0]?.term.zh).toBe('總領事');
  });

  it('speaks translate-toolkit tmserver in both directions', async () => {
    const base = await start();
    const enZh = await get(`${base}/tmserver/en/zh_CN/unit/${encodeURIComponent('The Consul-General of Belarus in Chongqing attended the event.')}`);
    expect(enZh.body).toEqual([{ source: UNITS[2]?.en, target: UNITS[2]?.zh, quality: 100, rank: 1 }]);
    const zhEn = await get(`${base}/tmserver/zh_Hans/en_US/unit/${encodeURIComponent('白俄罗斯驻重庆总领事出席活动')}?max_candidates=3&min_similarity=50`);
    expect(zhEn.body).toEqual([{ source: UNITS[2]?.zh, target: UNITS[2]?.en, quality: 100, rank: 1 }]);
    expect((await get(`${base}/tmserver/en/fr/unit/hello`)).body).toEqual([]);
    expect((await get(`${base}/tmserver/en/zh/unit/%E0%A4`)).status).toBe(400);
  });

  it('adds and deletes units with the token, visible to the next lookup, and exports them as TMX', async () => {
    const base = await start();
    const add = await fetch(`${base}/api/units`, { method: 'POST', headers: json, body: JSON.stringify([{ en: 'The Mayor met the delegation.', zh: '市长会见了代表团。', 'x-client': 'test' }]) });
    expect(add.status).toBe(201);
    expect(await add.json()).toEqual({ added: 1, keys: [4] });
    const found = await get(`${base}/api/lookup?q=${encodeURIComponent('The Mayor met the delegation.')}`);
    expect((found.body as { matches: unknown[] }).matches[0]).toMatchObject({ key: 4, tuid: '4', score: 1, props: { 'x-client': 'test' } });
    expect((await fetch(`${base}/api/units/2`, { method: 'DELETE', headers: auth })).status).toBe(200);
    const again = await fetch(`${base}/api/units/2`, { method: 'DELETE', headers: auth });
    expect([again.status, errorCode(await again.json())]).toEqual([404, 'SERVE_UNKNOWN_UNIT']);
    const exported = await fetch(`${base}/api/export`);
    expect(exported.headers.get('content-type')).toContain('application/x-tmx+xml');
    const units = parseTmx(await exported.text()).value.units.map((u) => u.tuid);
    expect(units).toEqual(['fao-1', 'fao-3', '4']);
  });

  it('imports TMX all or nothing, with the parse error and its place', async () => {
    const base = await start();
    const tmx = serializeTmx([{ id: 'new-1', en: 'A new sentence about trade.', zh: '关于贸易的新句子。' }], { convertChinese: 'none' }).value;
    const ok = await fetch(`${base}/api/import`, { method: 'POST', headers: { ...auth, 'content-type': 'application/xml' }, body: tmx });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ imported: 1, firstKey: 4, lastKey: 4, issueCount: 0 });
    const broken = await fetch(`${base}/api/import`, { method: 'POST', headers: auth, body: tmx.replace('</seg></tuv>', '</tuv>') });
    const body = (await broken.json()) as { error: { code: string; place: { line: number } } };
    expect([broken.status, body.error.code, typeof body.error.place.line]).toEqual([400, 'TMX_MALFORMED_XML', 'number']);
    expect(((await get(`${base}/health`)).body as { units: number }).units).toBe(4);
  });

  it('refuses with typed JSON errors: 400, 401, 403, 404, 405, 413, 415', async () => {
    const base = await start({ token: TOKEN, maxBodyBytes: 1000 });
    const cases: [string, RequestInit, number, string][] = [
      ['/api/lookup', {}, 400, 'SERVE_BAD_REQUEST'],
      ['/api/lookup?q=%20', {}, 400, 'TM_EMPTY_QUERY'],
      [`/api/lookup?q=${'word%20'.repeat(1000)}`, {}, 400, 'TM_QUERY_TOO_LONG'],
      ['/api/lookup?q=forum&limit=1000', {}, 400, 'SERVE_BAD_REQUEST'],
      ['/api/lookup?q=forum&min=2', {}, 400, 'SERVE_BAD_REQUEST'],
      ['/api/lookup?q=forum&lang=fr', {}, 400, 'TM_UNKNOWN_LANG'],
      ['/api/units', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' }, 401, 'SERVE_UNAUTHORIZED'],
      ['/api/units', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer wrong-token-000000' }, body: '[]' }, 403, 'SERVE_FORBIDDEN'],
      ['/api/units', { method: 'POST', headers: json, body: '[{"en": "x"' }, 400, 'SERVE_BAD_REQUEST'],
      ['/api/units', { method: 'POST', headers: json, body: '[{"en": "x", "zh": ""}]' }, 400, 'SERVE_BAD_REQUEST'],
      ['/api/units', { method: 'POST', headers: json, body: JSON.stringify([{ en: 'x'.repeat(2000), zh: '字' }]) }, 413, 'SERVE_TOO_LARGE'],
      ['/api/units', { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: '[]' }, 415, 'SERVE_UNSUPPORTED_MEDIA_TYPE'],
      ['/api/units/abc', { method: 'DELETE', headers: auth }, 400, 'SERVE_BAD_REQUEST'],
      ['/api/lookup?q=forum', { method: 'POST', headers: auth }, 405, 'SERVE_METHOD_NOT_ALLOWED'],
      ['/etc/passwd', {}, 404, 'SERVE_NOT_FOUND'],
      ['/api/../../etc/passwd', {}, 404, 'SERVE_NOT_FOUND'],
    ];
    for (const [path, init, status, code] of cases) {
      const response = await fetch(`${base}${path}`, init);
      const body: unknown = await response.json();
      expect([path, response.status, errorCode(body)]).toEqual([path, status, code]);
    }
    const noTermbase = await start({}, false);
    const term = await get(`${noTermbase}/api/term?q=consul`);
    expect([term.status, errorCode(term.body)]).toEqual([404, 'TM_NO_TERMBASE']);
    const readOnly = await fetch(`${noTermbase}/api/units`, { method: 'POST', headers: json, body: '[]' });
    expect([readOnly.status, errorCode(await readOnly.json())]).toEqual([403, 'SERVE_READ_ONLY']);
  });

  it('asks the token for reads when told to (bound beyond loopback)', async () => {
    const base = await start({ token: TOKEN, readsNeedToken: true });
    expect((await fetch(`${base}/api/lookup?q=forum`)).status).toBe(401);
    expect((await fetch(`${base}/api/lookup?q=forum`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('finishes a request in flight on close, and refuses new ones', async () => {
    const base = await start();
    const server = running;
    const url = new URL(`${base}/api/import`);
    const tmx = serializeTmx([{ id: 'slow-1', en: 'Sent slowly.', zh: '慢慢发送。' }], { convertChinese: 'none' }).value;
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...auth, 'content-type': 'application/xml' } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
        });
      });
      req.on('error', reject);
      req.write(tmx.slice(0, 100));
      setTimeout(() => req.end(tmx.slice(100)), 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = server?.close();
    running = undefined;
    const { status, body } = await answer;
    expect([status, JSON.parse(body)]).toEqual([201, expect.objectContaining({ imported: 1 })]);
    await closing;
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});
