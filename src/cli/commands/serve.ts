/** `bitext-tm serve`: the JSON API over a memory, embedded or in PostgreSQL, until SIGTERM. */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../../errors';
import { createMemoryServer } from '../../serve/http/create-memory-server';
import { DEFAULT_MEMORY_SERVER_OPTIONS } from '../../serve/http/server-options';
import type { LiveMemory } from '../../serve/live-memory';
import { openEmbeddedMemory } from '../../serve/embedded-memory';
import { openPostgresMemory } from '../../serve/postgres/postgres-memory';
import { createTermbase, type Termbase } from '../../terms/termbase/create-termbase';
import type { CliIo, Command } from '../cli-io';
import { openMemory } from '../input/open-memory';
import { readTermbaseFile } from '../input/read-termbase-file';

/** The server's size limits in MiB, as the options take them. */
const DEFAULT_BODY_MB = DEFAULT_MEMORY_SERVER_OPTIONS.maxBodyBytes / 2 ** 20;
const DEFAULT_IMPORT_MB = DEFAULT_MEMORY_SERVER_OPTIONS.maxImportBytes / 2 ** 20;

const HELP = `Usage: bitext-tm serve --tm FILE.tmx|FILE.tmidx [options]
       bitext-tm serve --store postgres://USER@HOST:PORT/DB [--memory NAME] [options]

Serve a translation memory over HTTP (JSON): fuzzy lookup, concordance, term
lookup, adding and deleting units, TMX import and export, and translate-
toolkit's tmserver route for Weblate and Virtaal. Runs until SIGTERM or
Ctrl-C, then finishes the requests in flight.

Memory:
      --tm FILE          embedded: a TMX file or an index from "bitext-tm index" (never modified);
                         writes go to a journal beside it, replayed at the next start
      --journal FILE     the embedded memory's journal (default FILE.journal; used only with --token-file)
      --store URL        PostgreSQL as the system of record (node-postgres URL; PGPASSWORD and
                         ~/.pgpass work too); any number of servers may share one database
      --memory NAME      the memory's name in the database (default "default"; created when missing)
      --termbase FILE    a .terms.tsv for GET /api/term

Server:
      --host HOST        address to listen on (default 127.0.0.1)
      --port N           port (default 8080; 0 for any free port)
      --token-file FILE  a file holding the bearer token that writes need (and reads, when --host
                         is not a loopback address); without it the server is read-only
      --max-body-mb N    largest JSON body (default ${DEFAULT_BODY_MB})
      --max-import-mb N  largest TMX import (default ${DEFAULT_IMPORT_MB})

Routes: GET /health, /api/lookup?q=…, /api/concordance?q=…, /api/term?q=…, /api/export,
/tmserver/{source_lang}/{target_lang}/unit/{text}; POST /api/units, /api/import;
DELETE /api/units/KEY. See the README ("Serving a memory") for curl examples.

Example:
  bitext-tm serve --tm corpus/out/chongqing-fao-2022.en-zh.tmx --port 8080
`;

interface ServeValues {
  readonly tm?: string;
  readonly journal?: string;
  readonly store?: string;
  readonly memory?: string;
  readonly termbase?: string;
  readonly host?: string;
  readonly port?: string;
  readonly 'token-file'?: string;
  readonly 'max-body-mb'?: string;
  readonly 'max-import-mb'?: string;
}

/** The `serve` command. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve a memory over HTTP (JSON API, tmserver), embedded or on PostgreSQL',
  help: HELP,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        tm: { type: 'string' },
        journal: { type: 'string' },
        store: { type: 'string' },
        memory: { type: 'string' },
        termbase: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        'token-file': { type: 'string' },
        'max-body-mb': { type: 'string' },
        'max-import-mb': { type: 'string' },
      },
    }) as { values: ServeValues };
    const host = values.host ?? '127.0.0.1';
    const port = integerOption(values.port, 'port', 8080, 0, 65_535);
    const token = values['token-file'] === undefined ? undefined : readToken(values['token-file']);
    const loopback = isLoopback(host);
    if (!loopback && token === undefined) {
      throw new UsageError('CLI_USAGE', `Expected --token-file when listening on ${host} (beyond this machine, reads need the token too); or listen on 127.0.0.1.`);
    }
    const termbase = values.termbase === undefined ? undefined : readTermbase(values.termbase);
    const memory = await openLiveMemory(values, token !== undefined, termbase, io);
    const server = createMemoryServer(memory, {
      ...(token === undefined ? {} : { token }),
      readsNeedToken: !loopback,
      maxBodyBytes: integerOption(values['max-body-mb'], 'max-body-mb', DEFAULT_BODY_MB, 1, 1024) * 2 ** 20,
      maxImportBytes: integerOption(values['max-import-mb'], 'max-import-mb', DEFAULT_IMPORT_MB, 1, 1 << 20) * 2 ** 20,
      log: (line) => io.stderr.write(`bitext-tm serve: ${line}\n`),
    });
    let address;
    try {
      address = await server.listen(port, host);
    } catch (error) {
      await memory.close();
      throw new UsageError('CLI_USAGE', `Cannot listen on ${host}:${port}: ${(error as Error).message}.`, { cause: error });
    }
    const status = memory.status();
    io.stderr.write(
      `bitext-tm serve: listening on http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port} (${status.kind} memory "${status.name}", ${status.units} units, ${token === undefined ? 'read-only' : 'writes need the token'})\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = (signal: NodeJS.Signals): void => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        io.stderr.write(`bitext-tm serve: ${signal}: finishing requests in flight, then stopping\n`);
        void server.close().then(resolve, (error: unknown) => {
          io.stderr.write(`bitext-tm serve: shutdown failed: ${(error as Error).message}\n`);
          resolve();
        });
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
    return 0;
  },
};

/** The embedded memory of --tm, or the PostgreSQL one of --store. */
async function openLiveMemory(values: ServeValues, writable: boolean, termbase: Termbase | undefined, io: CliIo): Promise<LiveMemory> {
  if ((values.tm === undefined) === (values.store === undefined)) {
    throw new UsageError('CLI_USAGE', 'Expected either --tm FILE or --store postgres://…, not both and not neither. Run "bitext-tm serve --help".');
  }
  const withTermbase = termbase === undefined ? {} : { termbase };
  if (values.store !== undefined) {
    if (values.journal !== undefined) throw new UsageError('CLI_USAGE', 'Expected --journal only with --tm: PostgreSQL keeps the writes of --store.');
    return openPostgresMemory({ connectionString: values.store, ...(values.memory === undefined ? {} : { memory: values.memory }), ...withTermbase });
  }
  if (values.memory !== undefined) throw new UsageError('CLI_USAGE', 'Expected --memory only with --store.');
  const tm = await openMemory(values.tm, 'serve', io);
  const journal = values.journal ?? `${values.tm ?? ''}.journal`;
  // A read-only server still replays the journal a writable one left, when there is one.
  return openEmbeddedMemory(tm, { name: values.tm ?? 'memory', ...withTermbase, ...(writable || exists(journal) ? { journal } : {}) });
}

function exists(path: string): boolean {
  return existsSync(path);
}

function readToken(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE';
    throw new UsageError(code, `Cannot read the token file: ${(error as Error).message}.`, { file: path, cause: error });
  }
  const token = text.trim();
  if (token.length < 16 || /\s/u.test(token)) throw new UsageError('CLI_USAGE', 'Expected the token file to hold one token of at least 16 characters without spaces.', { file: path });
  return token;
}

/** The termbase file (.terms.tsv or .tbx) as a termbase. */
function readTermbase(path: string): Termbase {
  return createTermbase(readTermbaseFile(path));
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(host);
}

function integerOption(value: string | undefined, name: string, fallback: number, low: number, high: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < low || number > high) throw new UsageError('CLI_USAGE', `Expected --${name} to be a whole number from ${low} to ${high}, found "${value}".`);
  return number;
}
