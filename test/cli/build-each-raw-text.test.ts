/**
 * `npm run corpus` (scripts/build-each-raw-text.ts): every bilingual text of the raw
 * folder is built, a mixed file and a pair alike; a lone half of a pair stops
 * the job with its name instead of being skipped. Runs the built CLI, as the
 * main job does (npm test builds it first).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'bitext-tm-corpus-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const EN = 'On May 3rd, 2023, Chongqing and Lyon signed a memorandum.\n';
const ZH = '2023年5月3日，重慶與里昂簽署備忘錄。\n';

function runScript(raw: string, out: string): { status: number | null; stderr: string } {
  const run = spawnSync(TSX, [join(ROOT, 'scripts', 'build-each-raw-text.ts'), raw, out], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('npm run corpus', () => {
  it('builds a mixed file and a NAME.en.txt + NAME.zh.txt pair, each under its own name', () => {
    const raw = join(work, 'raw');
    mkdirSync(raw);
    writeFileSync(join(raw, 'lyon-mou.en-zh.txt'), EN + ZH);
    writeFileSync(join(raw, 'lyon.en.txt'), EN);
    writeFileSync(join(raw, 'lyon.zh.txt'), ZH);
    writeFileSync(join(raw, 'notes.md'), 'not an input');
    const run = runScript(raw, join(work, 'out'));
    expect(run.status, run.stderr).toBe(0);
    const names = readdirSync(join(work, 'out')).filter((file) => file.endsWith('.tmx')).sort();
    expect(names).toEqual(['lyon-mou.en-zh.tmx', 'lyon.tmx']);
  });

  it('stops on a lone half of a pair, naming it, and builds nothing', () => {
    const raw = join(work, 'lone');
    mkdirSync(raw);
    writeFileSync(join(raw, 'a.en-zh.txt'), EN + ZH);
    writeFileSync(join(raw, 'b.en.txt'), EN);
    const run = runScript(raw, join(work, 'lone-out'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/b\.en\.txt: has no b\.zh\.txt beside it\./u);
    expect(() => readdirSync(join(work, 'lone-out'))).toThrow();
  });
});
