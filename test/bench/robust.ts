/**
 * bench:robust — every hostile input and environment of issue 14
 * (test/robust/cases.ts) at full size, against the built CLI started as a
 * user starts it: 10,000 and 100,000 alternating paragraphs, a 10 MB line,
 * a full disk (a 12 KB tmpfs in a private mount namespace), a read-only
 * folder (written as nobody when run as root), 6,000-deep inline markup, …
 * Prints one row per case: its verdict against the common bar (exit 0 or 1,
 * one line, no stack) and its own checks, wall and CPU time, peak memory,
 * and the bar it has. Inputs are synthetic (generated here), as the title
 * says; the machine is shared, so read CPU time before wall time.
 * Run: npm run build && npm run bench:robust [-- FILTER]   (exit 1 when a case fails)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { commonProblems, errorCode, robustCases } from '../robust/cases';
import { CLI, runMeasured } from '../robust/run-measured';

if (!existsSync(CLI)) {
  console.error(`bench:robust: ${CLI} is missing; run "npm run build" first.`);
  process.exit(2);
}
const filter = process.argv[2];
const work = mkdtempSync(join(tmpdir(), 'bitext-tm-bench-robust-'));
const rows: string[][] = [];
let failures = 0;
console.log(`# bench:robust — synthetic hostile inputs, built CLI, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})\n`);
for (const [n, robustCase] of robustCases('bench').entries()) {
  if (filter !== undefined && !robustCase.name.includes(filter)) continue;
  const dir = join(work, String(n));
  mkdirSync(dir, { recursive: true });
  const run = robustCase.prepare(dir);
  const outcome = await runMeasured(run.args, { ...(run.environment === undefined ? {} : { environment: run.environment }), ...(run.stdin === undefined ? {} : { stdin: run.stdin }), timeoutSeconds: 900 });
  if (outcome.skipped !== undefined) {
    rows.push([robustCase.name, robustCase.item, `skipped: ${outcome.skipped}`, '', '', '', '', '', '']);
    continue;
  }
  const problems = [...commonProblems(outcome), ...robustCase.check(outcome, dir)];
  const limits = robustCase.limits;
  if (limits?.seconds !== undefined && outcome.seconds > limits.seconds) problems.push(`took ${outcome.seconds.toFixed(1)} s (bar ${limits.seconds} s)`);
  if (limits?.peakMb !== undefined && (outcome.peakMb ?? 0) > limits.peakMb) problems.push(`peaked at ${Math.round(outcome.peakMb ?? 0)} MB (bar ${limits.peakMb} MB)`);
  rmSync(dir, { recursive: true, force: true });
  if (problems.length > 0) failures++;
  const bar = limits === undefined ? '' : [limits.seconds === undefined ? '' : `≤ ${limits.seconds} s`, limits.peakMb === undefined ? '' : `≤ ${limits.peakMb >= 1024 ? `${limits.peakMb / 1024} GB` : `${limits.peakMb} MB`}`].filter(Boolean).join(', ');
  rows.push([
    robustCase.name,
    robustCase.item,
    problems.length === 0 ? 'pass' : `**FAIL**: ${problems.join('; ')}`,
    String(outcome.code),
    errorCode(outcome) ?? '',
    outcome.seconds.toFixed(1),
    outcome.cpuSeconds === undefined ? '' : outcome.cpuSeconds.toFixed(1),
    outcome.peakMb === undefined ? '' : String(Math.round(outcome.peakMb)),
    bar,
  ]);
  console.error(`${robustCase.name}: ${problems.length === 0 ? 'pass' : 'FAIL'} (${outcome.seconds.toFixed(1)} s)`);
}
rmSync(work, { recursive: true, force: true });
console.log('| case | issue item | result | exit | code | wall s | CPU s | peak MB | bar |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\n${rows.length} case(s), ${failures} failed, ${rows.filter((row) => row[2]?.startsWith('skipped')).length} skipped.`);
process.exitCode = failures > 0 ? 1 : 0;
