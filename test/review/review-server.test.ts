/**
 * The review server without a browser: the token and the Host check, saves
 * that append to the review file and regenerate the outputs, the revision
 * check between tabs, a decision that cannot apply, a torn last line after a
 * crash, a restart, and the build that keeps a review's decisions.
 */
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReviewLog } from '../../src/review/parse-review-log';
import type { PageState, SaveAnswer } from '../../src/review/review-rows';
import { parseTmx } from '../../src/tmx/read/parse-tmx';
import type { ReviewServer } from '../../src/cli/review/review-server';
import { api, seedOutCopy, serveReview } from '../helpers/review-folder';
import { runCliInProcess } from '../helpers/run-cli-in-process';
import { refOf, SEED_NAME, SEED_OUT, seedBase, unitById } from '../helpers/seed-review';

const base = seedBase();
const open: ReviewServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});
async function serve(dir: string, log: string[] = []): Promise<ReviewServer> {
  const server = await serveReview(dir, log);
  open.push(server);
  return server;
}
const file = (dir: string, suffix: string): string => readFileSync(join(dir, `${SEED_NAME}.${suffix}`), 'utf8');
const tmxIds = (dir: string): string[] => parseTmx(file(dir, 'tmx')).value.units.map((u) => u.tuid ?? '');

describe('bitext-tm review server', () => {
  it('answers only with the token, only to 127.0.0.1 or localhost', async () => {
    const server = await serve(seedOutCopy());
    const url = new URL(server.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect((await fetch(new URL('/?token=wrong', url))).status).toBe(403);
    expect((await fetch(new URL('/api/state', url))).status).toBe(403);
    expect((await fetch(server.url)).status).toBe(200);
    const page = await fetch(server.url);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    // A page elsewhere that resolves its own name to 127.0.0.1 sends its own Host: refused.
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: url.port, path: `/api/state`, headers: { host: `evil.example:${url.port}`, 'x-review-token': url.searchParams.get('token') ?? '' } }, (res) => {
        resolve(res.statusCode ?? 0);
        res.resume();
      }).end();
    });
    expect(status).toBe(403);
  });

  it('saves: appends who, when, what; answers the changed rows; regenerates the TMX and units.json', async () => {
    const dir = seedOutCopy();
    const server = await serve(dir);
    const state = (await api<PageState>(server, '/api/state')).data;
    const committed = seedBase(true).terms;
    const termCount = (committed?.terms.length ?? 0) + (committed?.review.length ?? 0);
    expect([state.revision, state.rows.length, state.terms?.length]).toEqual([0, 65, termCount]);
    const unit = unitById(base.corpus, 'a2-u3');
    const saved = await api<SaveAnswer>(server, '/api/save', { revision: 0, who: 'ana', decisions: [{ op: 'reject', unit: refOf(unit) }] });
    expect(saved.status).toBe(200);
    expect(saved.data.revision).toBe(1);
    expect(saved.data.patches).toMatchObject([{ article: 2, start: 3, deleteCount: 1, rows: [{ kind: 'unaligned', key: 's:a2-zh-3' }, { kind: 'unaligned', key: 's:a2-en-3' }] }]);
    const log = parseReviewLog(file(dir, 'review.jsonl'));
    expect(log.saves).toEqual([{ revision: 1, who: 'ana', at: '2026-12-01T10:15:00.000Z', decisions: [{ op: 'reject', unit: refOf(unit) }] }]);
    await server.outputsWritten();
    expect(tmxIds(dir)).toHaveLength(64);
    expect(tmxIds(dir)).not.toContain('a2-u3');
    const units = JSON.parse(file(dir, 'units.json')) as { review: unknown; unaligned: unknown[] };
    expect([units.review, units.unaligned.length]).toEqual([{ file: `${SEED_NAME}.review.jsonl`, revision: 1 }, 2]);
    expect(existsSync(join(dir, `${SEED_NAME}.review-base.json`))).toBe(true);
    // document.json is the build's, untouched.
    expect(file(dir, 'document.json')).toBe(readFileSync(join(SEED_OUT, `${SEED_NAME}.document.json`), 'utf8'));
  });

  it('answers 409 to a tab that missed a save, and 422 to a decision that cannot apply, changing nothing', async () => {
    const dir = seedOutCopy();
    const server = await serve(dir);
    const [a, b] = [unitById(base.corpus, 'a0-u0'), unitById(base.corpus, 'a0-u2')];
    expect((await api(server, '/api/save', { revision: 0, who: 'tab 1', decisions: [{ op: 'confirm', unit: refOf(a) }] })).status).toBe(200);
    const stale = await api(server, '/api/save', { revision: 0, who: 'tab 2', decisions: [{ op: 'confirm', unit: refOf(b) }] });
    expect([stale.status, stale.data['error'], stale.data['revision']]).toEqual([409, 'conflict', 1]);
    const bad = await api(server, '/api/save', { revision: 1, who: 'tab 2', decisions: [{ op: 'confirm', unit: refOf(b) }, { op: 'split', unit: refOf(a), at: { en: 0, zh: 0 } }] });
    expect([bad.status, bad.data['index'], bad.data['error']]).toEqual([422, 1, 'invalid']);
    expect((await api(server, '/api/save', { revision: 1, who: 'x', decisions: [{ op: 'approve' }] })).status).toBe(400);
    expect(parseReviewLog(file(dir, 'review.jsonl')).saves).toHaveLength(1);
    const retry = await api(server, '/api/save', { revision: 1, who: 'tab 2', decisions: [{ op: 'confirm', unit: refOf(b) }] });
    expect(retry.status).toBe(200);
    expect(parseReviewLog(file(dir, 'review.jsonl')).saves.map((s) => s.who)).toEqual(['tab 1', 'tab 2']);
  });

  it('after a crash: a torn last line is moved aside and reported, the saves before it replayed', async () => {
    const dir = seedOutCopy();
    const first = await serve(dir);
    await api(first, '/api/save', { revision: 0, who: 'ana', decisions: [{ op: 'reject', unit: refOf(unitById(base.corpus, 'a2-u3')) }] });
    await first.close();
    appendFileSync(join(dir, `${SEED_NAME}.review.jsonl`), '{"at":"2026-12-01T10:16:00.000Z","decisions":[{"op":"rej');
    const log: string[] = [];
    const second = await serve(dir, log);
    expect(log.join('\n')).toMatch(/review\.jsonl:3:1: Expected a complete save on the last line, found 56 characters cut off .* moved to .*review\.jsonl\.torn\. \[REVIEW_TORN_LINE\]/u);
    expect(readFileSync(join(dir, `${SEED_NAME}.review.jsonl.torn`), 'utf8')).toContain('"op":"rej');
    const state = (await api<PageState>(second, '/api/state')).data;
    expect([state.revision, state.notices.map((n) => n.code)]).toEqual([1, ['REVIEW_TORN_LINE']]);
    expect(parseReviewLog(file(dir, 'review.jsonl')).issues).toEqual([]);
    expect((await api(second, '/api/save', { revision: 1, who: 'ana', decisions: [{ op: 'confirm', unit: refOf(unitById(base.corpus, 'a0-u0')) }] })).status).toBe(200);
    expect(parseReviewLog(file(dir, 'review.jsonl')).saves).toHaveLength(2);
  });

  it('writes nothing when nothing was decided', async () => {
    const dir = seedOutCopy();
    const server = await serve(dir);
    await server.close();
    expect(existsSync(join(dir, `${SEED_NAME}.review.jsonl`))).toBe(false);
    expect(existsSync(join(dir, `${SEED_NAME}.review-base.json`))).toBe(false);
  });
});

describe('bitext-tm review on a folder it cannot review', () => {
  it('says what is missing in one line, exit 1', async () => {
    const missing = await runCliInProcess(['review', join(SEED_OUT, 'no-such-folder')]);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringMatching(/^bitext-tm review: .*no-such-folder: Expected a folder of bitext-tm build outputs, found none \(ENOENT\)\. \[REVIEW_MISSING_FILE\]\n$/u)]);
    const dir = seedOutCopy();
    rmSync(join(dir, `${SEED_NAME}.document.json`));
    const noDocument = await runCliInProcess(['review', dir]);
    expect([noDocument.code, noDocument.stderr]).toEqual([1, expect.stringMatching(/document\.json \(written by bitext-tm build\), found none\. \[REVIEW_MISSING_FILE\]\n$/u)]);
    const usage = await runCliInProcess(['review', dir, '--port', 'eighty']);
    expect([usage.code, usage.stderr]).toEqual([1, expect.stringMatching(/\[CLI_USAGE\]\n$/u)]);
  });
});

describe('bitext-tm build with a review in the folder', () => {
  it('keeps the decisions of units whose text did not change and reports the others', async () => {
    const dir = seedOutCopy();
    const server = await serve(dir);
    const [kept, changed] = [unitById(base.corpus, 'a2-u3'), unitById(base.corpus, 'a0-u2')];
    await api(server, '/api/save', { revision: 0, who: 'ana', decisions: [{ op: 'reject', unit: refOf(kept) }, { op: 'confirm', unit: refOf(changed) }] });
    await server.close();
    // The same input, one sentence of a0-u2's English changed.
    const input = join(dir, 'input.en-zh.txt');
    const raw = readFileSync(join(SEED_OUT, '../raw/chongqing-fao-2022.en-zh.txt'), 'utf8');
    // Premise: the changed words occur once, in a0-u2's English.
    expect(raw.split('co-hosted by Wang Wen').length).toBe(2);
    expect(changed.en).toContain('co-hosted by Wang Wen');
    writeFileSync(input, raw.replace('co-hosted by Wang Wen', 'co-chaired by Wang Wen'));
    const run = await runCliInProcess(['build', input, '--out', dir, '--name', SEED_NAME]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/review: .*review\.jsonl: 1 of 2 decisions \(1 saves\) applied; 1 no longer apply, their unit or text changed:\n {2}.*review\.jsonl:2: Decision 2 of save 1 \(confirm, ana, .*\) was not applied: The English text of the unit of sentences a0-en-2, a0-zh-2 \(a0-u2\) changed since the decision/u);
    expect(tmxIds(dir)).not.toContain('a2-u3');
    expect(tmxIds(dir)).toHaveLength(64);
    const units = JSON.parse(file(dir, 'units.json')) as { units: { id: string; review?: unknown }[] };
    expect(units.units.find((u) => u.id === 'a0-u2')?.review).toBeUndefined();
    // …and issues.json has the decision that no longer applies, with its place in the review file.
    const issues = JSON.parse(file(dir, 'issues.json')) as { counts: Record<string, Record<string, number>>; issues: { stage: string; code: string; file?: string; place?: { line: number } }[] };
    expect(issues.counts['review']).toEqual({ REVIEW_STALE_DECISION: 1 });
    const review = issues.issues.filter((i) => i.stage === 'review').map((i) => [i.code, i.file?.endsWith(`${SEED_NAME}.review.jsonl`), i.place?.line]);
    expect(review).toEqual([['REVIEW_STALE_DECISION', true, 2]]);
  });
});
