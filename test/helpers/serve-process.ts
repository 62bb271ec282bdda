/**
 * `bitext-tm serve` as a real process for tests and bench:serve: started from
 * the source (tsx) or the build, on a free port, with its URL read from the
 * line it prints; stopped with SIGTERM, or killed with SIGKILL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** A running server process. */
export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it printed on stderr so far. */
  stderr(): string;
  /** SIGTERM; resolves to the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL (a crash); resolves once it is gone. */
  kill(): Promise<void>;
}

/**
 * Start `bitext-tm serve ARGS --port 0` in `cwd`; resolves once it listens.
 * Uses dist/cli.js when `BITEXT_SERVE_BUILT=1` (the benchmark), else the source through tsx.
 */
export function startServeProcess(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 120_000): Promise<ServeProcess> {
  const built = process.env['BITEXT_SERVE_BUILT'] === '1' && existsSync(resolve(ROOT, 'dist', 'cli.js'));
  const entry = built ? [resolve(ROOT, 'dist', 'cli.js')] : ['--import', pathToFileURL(resolve(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href, resolve(ROOT, 'src', 'cli', 'main.ts')];
  const child = spawn(process.execPath, [...entry, 'serve', ...args, '--port', '0'], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const exited = new Promise<number | null>((resolveExit) => {
    child.once('exit', (code) => {
      resolveExit(code);
    });
  });
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start within ${timeoutMs / 1000} s:\n${stderr}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /listening on (http:\/\/\S+)/u.exec(stderr);
      if (match?.[1] !== undefined && timer.hasRef()) {
        clearTimeout(timer);
        timer.unref();
        resolveStart({
          url: match[1],
          child,
          stderr: () => stderr,
          stop: async () => {
            child.kill('SIGTERM');
            return exited;
          },
          kill: async () => {
            child.kill('SIGKILL');
            await exited;
          },
        });
      }
    });
    child.stdout.resume();
    void exited.then((code) => {
      if (timer.hasRef()) {
        clearTimeout(timer);
        reject(new Error(`serve exited with ${code} before listening:\n${stderr}`));
      }
    });
  });
}
