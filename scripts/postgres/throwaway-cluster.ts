/**
 * A throwaway PostgreSQL cluster for the server tests and bench:serve: `initdb`
 * in a temporary folder, started on a free loopback port with a random
 * password, removed on stop. Real PostgreSQL from Debian's `postgresql`
 * package (scripts/postgres/ensure-postgres.sh installs it), never a mock.
 *
 * initdb refuses to run as root, so as root the cluster belongs to `nobody`
 * (the folder is chowned to it and the binaries run through `runuser`).
 *
 * Run it by hand to try `bitext-tm serve --store` without a database server:
 *   npx tsx scripts/postgres/throwaway-cluster.ts     # prints the URL, Ctrl-C removes the cluster
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** A running cluster: its URL, and control over it for fault tests. */
export interface ThrowawayCluster {
  /** `postgres://bitext:PASSWORD@127.0.0.1:PORT/bitext` */
  readonly url: string;
  readonly port: number;
  /** The cluster's folder (data, log, socket). */
  readonly dir: string;
  /** Stop the server, keeping the data (`fast` ends sessions cleanly, `immediate` is a crash). */
  stopServer(mode?: 'fast' | 'immediate'): void;
  /** Start it again on the same port, with the same data. */
  startServer(): void;
  /** Stop the server and delete the folder. */
  stop(): void;
}

/** The folder holding initdb and pg_ctl: $PG_BIN, the newest /usr/lib/postgresql/N/bin, or PATH; undefined when none. */
export function findPostgresBin(): string | undefined {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv !== undefined && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/u.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = join(root, version, 'bin');
      if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
    }
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const initdb = which.status === 0 ? which.stdout.trim() : '';
  return initdb === '' ? undefined : initdb.slice(0, initdb.lastIndexOf('/'));
}

/** Why the PostgreSQL tests cannot run here, or undefined when they can (the binaries are installed). */
export function postgresUnavailableReason(): string | undefined {
  if (findPostgresBin() !== undefined) return undefined;
  return 'PostgreSQL is not installed (no initdb/pg_ctl); run scripts/postgres/ensure-postgres.sh as root, or set PG_BIN';
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Run a PostgreSQL binary as the cluster's owner (nobody when we are root). */
function runAsOwner(bin: string, program: string, args: readonly string[]): void {
  const path = join(bin, program);
  const [command, commandArgs] = isRoot() ? ['runuser', ['-u', 'nobody', '--', path, ...args]] : [path, [...args]];
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (${run.status}): ${run.stderr || run.stdout}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * initdb + start on a free port + CREATE DATABASE bitext.
 * @throws Error when PostgreSQL is not installed or does not start.
 */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = findPostgresBin();
  if (bin === undefined) throw new Error(postgresUnavailableReason());
  const dir = mkdtempSync(join(tmpdir(), 'bitext-pg-'));
  chmodSync(dir, 0o755);
  const password = randomBytes(18).toString('base64url');
  const passwordFile = join(dir, 'password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (isRoot()) execFileSync('chown', ['-R', 'nobody', dir]);
  const data = join(dir, 'data');
  runAsOwner(bin, 'initdb', ['-D', data, '-U', 'bitext', `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync']);
  rmSync(passwordFile);
  const port = await freePort();
  const options = [`-c port=${port}`, '-c listen_addresses=127.0.0.1', `-c unix_socket_directories=${dir}`, '-c max_connections=200'].join(' ');
  const startServer = (): void => {
    runAsOwner(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);
  };
  const stopServer = (mode: 'fast' | 'immediate' = 'fast'): void => {
    runAsOwner(bin, 'pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
  };
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', stop);
    if (existsSync(join(data, 'postmaster.pid'))) {
      try {
        stopServer('fast');
      } catch {
        stopServer('immediate');
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // A test run that dies must not leave a server behind.
  process.once('exit', stop);
  try {
    startServer();
    const admin = new pg.Client({ host: '127.0.0.1', port, user: 'bitext', password, database: 'postgres' });
    await admin.connect();
    await admin.query('CREATE DATABASE bitext');
    await admin.end();
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://bitext:${password}@127.0.0.1:${port}/bitext`, port, dir, stopServer, startServer, stop };
}

// Run by hand: start one, print its URL, remove it on Ctrl-C.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cluster = await startThrowawayCluster();
  console.log(cluster.url);
  console.error('throwaway cluster running; Ctrl-C stops and removes it');
  const end = (): void => {
    cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', end);
  process.on('SIGTERM', end);
  setInterval(() => undefined, 1 << 30);
}
