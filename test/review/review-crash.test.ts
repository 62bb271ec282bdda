/**
 * A review server killed (SIGKILL, no chance to clean up) while saves and
 * output regenerations are under way leaves every output file whole (the
 * previous version or the new one, never a part), the review file made of
 * whole saves (or a torn last line that the next start reports), and the
 * next start brings the outputs up to the review file's last save.
 * A real process: `bitext-tm review` run by Node with tsx, killed at random times.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMP_PREFIX } from '../../src/cli/output/pending-file';
import { parseReviewLog } from '../../src/review/parse-review-log';
import type { PageState, PageUnitRow } from '../../src/review/review-rows';
import { parseTermsTsv } from '../../src/terms/io/parse-terms-tsv';
import { parseTmx } from '../../src/tmx/read/parse-tmx';
import { createRowView } from '../../src/review/page/page-row-view';
import { seededRandom } from '../helpers/seeded-random';
import { SYNTHETIC_NAME, writeSyntheticCorpus } from '../helpers/synthetic-review-corpus';

const ROOT = resolve(import.meta.dirname, '..', '..');
const view = createRowView();

/** Start `bitext-tm review DIR` in a child process; resolves with its URL. */
function startServer(dir: string): Promise<{ child: ChildProcess; url: URL; stderr: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'review', dir, '--who', 'crash-test'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/u.exec(stdout);
      if (match) resolvePromise({ child, url: new URL(match[0]), stderr: () => stderr });
    });
    child.on('exit', (code) => {
      reject(new Error(`review exited (${code}) before serving: ${stderr}`));
    });
  });
}

async function call(url: URL, path: string, body?: unknown): Promise<{ status: number; data: unknown }> {
  const response = await fetch(new URL(path, url), {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'x-review-token': url.searchParams.get('token') ?? '', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, data: await response.json() };
}

/** Every output parses whole; the review file is whole saves (a torn last line allowed); no temp file left behind matters. */
function expectWholeFiles(dir: string): { revision: number; tornLine: boolean } {
  const read = (suffix: string): string => readFileSync(join(dir, `${SYNTHETIC_NAME}.${suffix}`), 'utf8');
  const units = JSON.parse(read('units.json')) as { units: unknown[] };
  expect(units.units.length).toBeGreaterThan(9000);
  expect(parseTmx(read('tmx')).value.units.length).toBeGreaterThan(8000);
  parseTermsTsv(read('terms.tsv'));
  expect(read('terms.tbx').trimEnd().endsWith('</martif>')).toBe(true);
  expect(read('report.html').trimEnd().endsWith('</html>')).toBe(true);
  if (!existsSync(join(dir, `${SYNTHETIC_NAME}.review.jsonl`))) return { revision: 0, tornLine: false };
  const log = parseReviewLog(read('review.jsonl'));
  return { revision: log.saves.length, tornLine: log.torn !== undefined };
}

describe('a review server killed mid-save', () => {
  it('leaves whole files, and the next start brings the outputs up to date', { timeout: 240_000 }, async () => {
    const { dir } = writeSyntheticCorpus();
    const random = seededRandom(19);
    let revision = 0;
    for (let round = 0; round < 3; round++) {
      const { child, url } = await startServer(dir);
      const state = (await call(url, '/api/state')).data as PageState;
      expect(state.revision).toBe(revision);
      const units = state.rows.filter((row): row is PageUnitRow => row.kind === 'unit' && row.status === 'accepted');
      // Save a confirmation after another, and kill the server somewhere in the middle.
      const killAfter = 300 + Math.floor(random() * 2700);
      const killed = new Promise<void>((resolveKill) => {
        setTimeout(() => {
          child.kill('SIGKILL');
          resolveKill();
        }, killAfter);
      });
      const killedYet = { value: false };
      void killed.then(() => (killedYet.value = true));
      for (let i = 0; !killedYet.value && i < units.length; i++) {
        const unit = units[Math.floor(random() * units.length)] as PageUnitRow;
        const ref = { en: unit.en.map((s) => s.id), zh: unit.zh.map((s) => s.id), text: { en: view.textOf(unit, 'en'), zh: view.textOf(unit, 'zh') } };
        const answer = await call(url, '/api/save', { revision, who: 'crash-test', decisions: [{ op: 'confirm', unit: ref }] }).catch(() => undefined);
        if (answer?.status === 200) revision++;
      }
      await killed;
      await new Promise((r) => setTimeout(r, 100));
      const found = expectWholeFiles(dir);
      // A save answered is on disk; one cut off before its answer may be there too.
      expect(found.revision === revision || found.revision === revision + 1).toBe(true);
      revision = found.revision;
    }
    // The last start: it reports nothing torn (a kill between whole writes tears nothing) and writes the outputs of the last save.
    const { child, url, stderr } = await startServer(dir);
    const state = (await call(url, '/api/state')).data as PageState;
    expect(state.revision).toBe(revision);
    expect(revision).toBeGreaterThan(0);
    const units = JSON.parse(readFileSync(join(dir, `${SYNTHETIC_NAME}.units.json`), 'utf8')) as { review: { revision: number } };
    expect(units.review.revision).toBe(revision);
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    expect(stderr()).not.toMatch(/internal error/u);
    // Temp files a kill left behind were removed by the next start.
    expect(readdirSync(dir).filter((f) => f.startsWith(TEMP_PREFIX))).toEqual([]);
  });
});
