/**
 * Every robustness case of issue 14 (test/robust/cases.ts), at test scale,
 * against the built CLI (npm test builds it first): exit 0 or 1, one line,
 * no stack, nothing lost or written by half. A case that needs what this
 * system cannot give (a private tmpfs for a full disk, another user for a
 * read-only folder) is skipped with the reason; `.ci/run` runs as root,
 * where both are available. The timed, full-size runs are `npm run bench:robust`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commonProblems, robustCases } from './cases';
import { runMeasured } from './run-measured';

const work = mkdtempSync(join(tmpdir(), 'bitext-tm-robust-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('hostile inputs and file systems (issue 14)', () => {
  robustCases('test').forEach((robustCase, n) => {
    it(`${robustCase.name} [item ${robustCase.item}]`, async (context) => {
      const dir = join(work, String(n));
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const run = robustCase.prepare(dir);
      const outcome = await runMeasured(run.args, { ...(run.environment === undefined ? {} : { environment: run.environment }), ...(run.stdin === undefined ? {} : { stdin: run.stdin }) });
      if (outcome.skipped !== undefined) {
        console.warn(`skipped "${robustCase.name}": ${outcome.skipped}`);
        context.skip();
        return;
      }
      expect([...commonProblems(outcome), ...robustCase.check(outcome, dir)]).toEqual([]);
    });
  });
});
