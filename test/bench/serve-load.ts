/**
 * The load generator of bench:serve, run as a process of its own so it does
 * not share an event loop with the servers: `clients` concurrent clients,
 * each sending its next request as soon as the last is answered (closed
 * loop, no think time), for `seconds`. Each request is a lookup (the rest)
 * or a write: an add of one new unit (`addShare`) or a delete of a unit
 * that client added (`deleteShare`). Latency is measured per request, from
 * sending to the last byte of the answer. Clients go round-robin over `urls`
 * (several servers on one database).
 *
 * Prints one JSON line: percentiles per kind, status counts, and every
 * acknowledged add (tuid, key) and delete, so the caller can check that each
 * is in the memory afterwards.
 */
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ServeQuery } from './serve-memory';

export interface LoadConfig {
  readonly urls: readonly string[];
  readonly token: string;
  readonly queriesFile: string;
  readonly seconds: number;
  readonly clients: number;
  readonly addShare: number;
  readonly deleteShare: number;
  /** Prefix of the tuids this run adds (unique per run). */
  readonly tag: string;
  /** Stop after this many seconds without counting errors (a fault run): report the timeline instead. */
  readonly timeline?: boolean;
}

export interface Percentiles {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

export interface LoadResult {
  readonly seconds: number;
  readonly requests: number;
  readonly byKind: Readonly<Record<'all' | 'lookup' | 'add' | 'delete', Percentiles>>;
  /** "200", "201", "503 SERVE_DATABASE_UNAVAILABLE", "network ECONNRESET"… → count. */
  readonly statuses: Readonly<Record<string, number>>;
  readonly added: readonly { tuid: string; key: number }[];
  readonly deleted: readonly number[];
  /** Keys a delete was sent for, answered or not (a delete cut by a crash may or may not have happened). */
  readonly deleteAttempts: readonly number[];
  /** Per second: [second, kind, status] counts, for fault runs. */
  readonly timeline?: readonly (readonly [number, string, string, number])[];
}

interface Answer {
  readonly status: number;
  readonly body: string;
}

function send(agent: Agent, url: URL, method: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { count: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  values.sort((a, b) => a - b);
  const at = (p: number): number => values[Math.min(values.length - 1, Math.floor(p * values.length))] ?? 0;
  return { count: values.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: values[values.length - 1] ?? 0 };
}

/** Run the load; resolves to its result. */
export async function runLoad(config: LoadConfig): Promise<LoadResult> {
  const queries = JSON.parse(readFileSync(config.queriesFile, 'utf8')) as ServeQuery[];
  const agent = new Agent({ keepAlive: true, maxSockets: config.clients });
  const latencies = { all: [] as number[], lookup: [] as number[], add: [] as number[], delete: [] as number[] };
  const statuses: Record<string, number> = {};
  const added: { tuid: string; key: number }[] = [];
  const deleted: number[] = [];
  const deleteAttempts: number[] = [];
  const timeline = new Map<string, number>();
  const start = performance.now();
  const end = start + config.seconds * 1000;
  let requests = 0;
  let nextQuery = 0;
  let written = 0;
  const writeHeaders = { authorization: `Bearer ${config.token}`, 'content-type': 'application/json' };

  const client = async (id: number): Promise<void> => {
    const base = new URL(config.urls[id % config.urls.length] ?? '');
    const mine: number[] = [];
    let random = (id + 1) * 7919;
    const next = (): number => {
      random = (random * 1103515245 + 12345) % 2147483648;
      return random / 2147483648;
    };
    while (performance.now() < end) {
      const roll = next();
      let kind: 'lookup' | 'add' | 'delete';
      let answer: Answer | undefined;
      let failure = '';
      const sent = performance.now();
      let tuid = '';
      let key = 0;
      try {
        if (roll < config.deleteShare && mine.length > 0) {
          kind = 'delete';
          key = mine.splice(Math.floor(next() * mine.length), 1)[0] ?? 0;
          deleteAttempts.push(key);
          answer = await send(agent, new URL(`/api/units/${key}`, base), 'DELETE', { authorization: `Bearer ${config.token}` });
        } else if (roll < config.deleteShare + config.addShare) {
          kind = 'add';
          const n = written++;
          tuid = `${config.tag}-${id}-${n}`;
          const body = JSON.stringify([{ en: `Benchmark write ${n} of client ${id}: the delegation visited the exhibition and signed ${n % 97} agreements.`, zh: `基准写入${n}（客户端${id}）：代表团参观了展览并签署了${n % 97}项协议。`, tuid }]);
          answer = await send(agent, new URL('/api/units', base), 'POST', writeHeaders, body);
        } else {
          kind = 'lookup';
          const query = queries[nextQuery++ % queries.length] as ServeQuery;
          answer = await send(agent, new URL(`/api/lookup?q=${encodeURIComponent(query.q)}&lang=${query.lang}`, base), 'GET', {});
        }
      } catch (error) {
        kind = roll < config.deleteShare ? 'delete' : roll < config.deleteShare + config.addShare ? 'add' : 'lookup';
        failure = `network ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const ms = performance.now() - sent;
      requests++;
      let label = failure;
      if (answer) {
        label = String(answer.status);
        if (answer.status >= 400) {
          const code = /"code":"([A-Z_]+)"/u.exec(answer.body)?.[1] ?? '';
          label = `${answer.status} ${code}`;
        } else {
          latencies.all.push(ms);
          latencies[kind].push(ms);
          if (kind === 'add') {
            const keys = (JSON.parse(answer.body) as { keys: number[] }).keys;
            key = keys[0] ?? 0;
            added.push({ tuid, key });
            mine.push(key);
          } else if (kind === 'delete') deleted.push(key);
        }
      }
      statuses[label] = (statuses[label] ?? 0) + 1;
      if (config.timeline === true) {
        const slot = `${Math.floor((sent - start) / 1000)}\u0000${kind}\u0000${label}`;
        timeline.set(slot, (timeline.get(slot) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: config.clients }, (_, id) => client(id)));
  agent.destroy();
  return {
    seconds: (performance.now() - start) / 1000,
    requests,
    byKind: { all: percentiles(latencies.all), lookup: percentiles(latencies.lookup), add: percentiles(latencies.add), delete: percentiles(latencies.delete) },
    statuses,
    added,
    deleted,
    deleteAttempts,
    ...(config.timeline === true
      ? {
          timeline: [...timeline].map(([slot, count]) => {
            const [second, kind, label] = slot.split('\u0000');
            return [Number(second), kind ?? '', label ?? '', count] as const;
          }),
        }
      : {}),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LoadConfig;
  void runLoad(config).then((result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  });
}
