/**
 * No folder under src/ holds more than 20 files directly (tests beside their
 * files included): past that a newcomer can no longer see a folder's parts at
 * a glance, and the folder should be split into sub-folders named after the
 * parts its orchestrator already names (as src/align, src/tm, src/tmx did).
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const MAX_FILES_PER_FOLDER = 20;

/** Every folder under `dir` (itself included) with the number of files directly in it. */
function folderSizes(dir: string): Map<string, number> {
  const entries = readdirSync(dir, { withFileTypes: true });
  const sizes = new Map([[relative(ROOT, dir).split(sep).join('/'), entries.filter((entry) => entry.isFile()).length]]);
  for (const entry of entries) {
    if (entry.isDirectory()) for (const [folder, size] of folderSizes(join(dir, entry.name))) sizes.set(folder, size);
  }
  return sizes;
}

/** The folders over the limit, as `folder: N files`, largest first. */
function oversized(sizes: ReadonlyMap<string, number>, max: number): string[] {
  return [...sizes]
    .filter(([, size]) => size > max)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([folder, size]) => `${folder}: ${size} files`);
}

describe('folders under src/', () => {
  const sizes = folderSizes(SRC);

  it('are read (premise: src/ and its stage folders are counted)', () => {
    expect(sizes.size).toBeGreaterThan(20);
    expect(sizes.get('src')).toBeGreaterThan(0);
    expect(sizes.get('src/tmx/write')).toBeGreaterThan(0);
  });

  it(`hold at most ${MAX_FILES_PER_FOLDER} files each`, () => {
    const over = oversized(sizes, MAX_FILES_PER_FOLDER);
    expect(over).toEqual([]);
  });

  it('a folder over the limit would be named (the check can fail)', () => {
    const sample = new Map([
      ['src/a', 21],
      ['src/b', 20],
      ['src/c', 30],
    ]);
    expect(oversized(sample, MAX_FILES_PER_FOLDER)).toEqual(['src/c: 30 files', 'src/a: 21 files']);
  });
});
