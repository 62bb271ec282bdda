/**
 * Golden-file harness shared by every stage: one folder per case under
 * test/fixtures/<stage>/<case>/, input files plus expected files.
 *
 * `UPDATE_GOLDEN=1 npm test` rewrites the expected files and marks those tests
 * skipped, so a regeneration never passes silently; review the diff in git.
 * A case folder holding `known-failure.md` (the reason) runs as `test.fails`,
 * so a fix shows up as a failure to tidy, not as silence.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type TestContext } from 'vitest';

export const FIXTURES_DIR: string = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** True when expected files should be rewritten instead of compared. */
export const UPDATE_GOLDEN: boolean = process.env['UPDATE_GOLDEN'] === '1';

/** One golden case folder. */
export interface GoldenCase {
  readonly stage: string;
  readonly name: string;
  readonly dir: string;
  /** Reason the case is known to fail, or undefined. */
  readonly knownFailure: string | undefined;
  has(file: string): boolean;
  read(file: string): string;
  /** Parsed JSON, unchecked (as JSON.parse): the caller asserts its type with `as`. */
  readJson(file: string): unknown;
}

/** The case folders of a stage, sorted by name. */
export function listCases(stage: string): GoldenCase[] {
  const stageDir = join(FIXTURES_DIR, stage);
  if (!existsSync(stageDir)) return [];
  return readdirSync(stageDir)
    .filter((name) => statSync(join(stageDir, name)).isDirectory())
    .sort()
    .map((name) => readCase(stage, name));
}

/** Open one case folder. */
export function readCase(stage: string, name: string): GoldenCase {
  const dir = join(FIXTURES_DIR, stage, name);
  const file = (f: string): string => join(dir, f);
  const knownFailurePath = file('known-failure.md');
  return {
    stage,
    name,
    dir,
    knownFailure: existsSync(knownFailurePath) ? readFileSync(knownFailurePath, 'utf8').trim() : undefined,
    has: (f) => existsSync(file(f)),
    read: (f) => readFileSync(file(f), 'utf8'),
    readJson: (f) => JSON.parse(readFileSync(file(f), 'utf8')) as unknown,
  };
}

/**
 * Compare `actual` with the case's expected file, or rewrite that file when
 * UPDATE_GOLDEN=1 (and skip the test, so the run does not count as a pass).
 */
export function expectGolden(context: TestContext, goldenCase: GoldenCase, file: string, actual: string): void {
  const path = join(goldenCase.dir, file);
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    context.skip(`rewrote ${goldenCase.stage}/${goldenCase.name}/${file}`);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden file ${path}; run UPDATE_GOLDEN=1 npm test and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** JSON as golden files hold it: two-space indent, final newline. */
export function toGoldenJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
