/**
 * Start the built CLI as a user does — a separate process, optionally as an
 * unprivileged user or with a tiny disk mounted where it writes — and measure
 * it: exit code, output, wall and CPU time, peak memory. What the hostile
 * environments need from the system is probed once; when it is missing the
 * run is `skipped` with the reason (tests and bench:robust say so).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT: string = resolve(import.meta.dirname, '../..');
export const CLI: string = join(ROOT, 'dist', 'cli.js');
const MEASURE = join(ROOT, 'test', 'robust', 'measure-cli.mjs');

/** A hostile environment for a run. */
export type Environment =
  | { readonly kind: 'plain' }
  /** A tmpfs of `kilobytes` mounted at `at` (empty; `setup` is a shell command run after mounting, e.g. to put an old output there). */
  | { readonly kind: 'small-disk'; readonly at: string; readonly kilobytes: number; readonly readOnly?: boolean; readonly setup?: string }
  /** The run as a user who may not write `folder` (nobody, when we are root; the folder made read-only otherwise). */
  | { readonly kind: 'read-only-folder'; readonly folder: string };

/** What a run did. */
export interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  readonly cpuSeconds: number | undefined;
  readonly peakMb: number | undefined;
  /** Files in the small disk's mount after the run (name → content), for small-disk runs. */
  readonly diskFiles?: Readonly<Record<string, string>>;
  /** Why the run could not happen here (the system lacks what the environment needs). */
  readonly skipped?: string;
}

let namespaces: string | undefined | null = null;

/** Whether a tmpfs can be mounted in a private mount namespace (as root, or in an unprivileged user namespace); the reason when not. */
export function smallDiskUnavailable(): string | undefined {
  if (namespaces !== null) return namespaces;
  const probe = mkdtempSync(join(tmpdir(), 'bitext-tm-probe-'));
  const run = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=16k tmpfs '${probe}'`], { encoding: 'utf8' });
  rmSync(probe, { recursive: true, force: true });
  namespaces = run.status === 0 ? undefined : `no full-disk run: this system lets this user mount no tmpfs in a private namespace (unshare -rm: ${(run.stderr || run.error?.message || 'failed').trim()})`;
  return namespaces;
}

/** How a read-only folder is made here: root ignores file modes, so root runs the command as nobody. */
export function readOnlyFolderUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', '0']);
  return run.status === 0 ? undefined : 'no read-only-folder run: as root file modes do not stop writes, and setpriv cannot switch to nobody here';
}

/** Run `bitext-tm ...args` in `cwd` (default: the repository) in `environment`. */
export async function runMeasured(args: readonly string[], options: { cwd?: string; environment?: Environment; stdin?: string; timeoutSeconds?: number } = {}): Promise<Outcome> {
  const environment = options.environment ?? { kind: 'plain' };
  const scratch = mkdtempSync(join(tmpdir(), 'bitext-tm-measure-'));
  chmodSync(scratch, 0o777); // nobody writes the measurement here
  const measureFile = join(scratch, 'measure.json');
  const listFile = join(scratch, 'disk.json');
  const env = { ...process.env, BITEXT_CLI: CLI, BITEXT_MEASURE_FILE: measureFile };
  let command = process.execPath;
  let commandArgs = [MEASURE, ...args];
  if (environment.kind === 'small-disk') {
    const why = smallDiskUnavailable();
    if (why !== undefined) return skippedOutcome(why, scratch);
    mkdirSync(environment.at, { recursive: true });
    // Mount, prepare, (make read-only), run, then list what the run left in the mount into listFile (outside it).
    const list = `const fs = require('fs'); const o = {}; for (const f of fs.readdirSync(process.argv[1])) o[f] = fs.readFileSync(process.argv[1] + '/' + f, 'utf8'); fs.writeFileSync(process.argv[2], JSON.stringify(o));`;
    const script = [
      `mount -t tmpfs -o size=${environment.kilobytes}k tmpfs "$1" || exit 99`,
      environment.setup ?? 'true',
      environment.readOnly === true ? 'mount -o remount,ro "$1" || exit 99' : 'true',
      'dir="$1"; shift',
      '"$@"; code=$?',
      `'${process.execPath}' -e "${list.replace(/"/gu, '\\"')}" "$dir" '${listFile}'`,
      'exit $code',
    ].join('\n');
    command = 'unshare';
    commandArgs = ['-rm', 'sh', '-c', script, 'sh', environment.at, process.execPath, MEASURE, ...args];
  } else if (environment.kind === 'read-only-folder') {
    if (process.getuid?.() === 0) {
      const why = readOnlyFolderUnavailable();
      if (why !== undefined) return skippedOutcome(why, scratch);
      command = 'setpriv';
      commandArgs = ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, MEASURE, ...args];
    } else {
      chmodSync(environment.folder, 0o555);
    }
  }
  const started = performance.now();
  const child = spawn(command, commandArgs, { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  child.stdin.end(options.stdin ?? '');
  const timer = setTimeout(() => {
    child.kill('SIGKILL');
  }, (options.timeoutSeconds ?? 600) * 1000);
  const code = await new Promise<number | null>((done) => {
    child.on('close', (exit) => {
      done(exit);
    });
  });
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  if (environment.kind === 'read-only-folder' && process.getuid?.() !== 0) chmodSync(environment.folder, 0o755);
  const measured = existsSync(measureFile) ? (JSON.parse(readFileSync(measureFile, 'utf8')) as { peakRssKb: number; cpuSeconds: number }) : undefined;
  const diskFiles = existsSync(listFile) ? (JSON.parse(readFileSync(listFile, 'utf8')) as Record<string, string>) : undefined;
  rmSync(scratch, { recursive: true, force: true });
  if (code === 99 && environment.kind === 'small-disk') return { ...skippedOutcome('no full-disk run: mounting the tmpfs failed', scratch) };
  return { code, stdout, stderr, seconds, cpuSeconds: measured?.cpuSeconds, peakMb: measured === undefined ? undefined : measured.peakRssKb / 1024, ...(diskFiles === undefined ? {} : { diskFiles }) };
}

function skippedOutcome(reason: string, scratch: string): Outcome {
  rmSync(scratch, { recursive: true, force: true });
  return { code: null, stdout: '', stderr: '', seconds: 0, cpuSeconds: undefined, peakMb: undefined, skipped: reason };
}
