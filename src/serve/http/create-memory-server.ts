/**
 * The HTTP server over a live memory (node:http: the API is eight routes, a
 * framework would add dependencies and nothing we need). Every answer is JSON
 * (or a TMX stream for export); every error a typed JSON error with its HTTP
 * status. `close()` shuts down gracefully: no new requests, the ones in flight
 * finish, then the memory closes (journal flushed, connections released).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServeError } from '../../errors';
import type { LiveMemory } from '../live-memory';
import { findRoute } from './handle-request';
import { sendError } from './send';
import { resolveServerOptions, type MemoryServerOptions } from './server-options';

/** Where a {@link MemoryServer} listens. */
export interface MemoryServerAddress {
  readonly address: string;
  readonly family: string;
  readonly port: number;
}

/** A server over a memory: start it with `listen`, stop it with `close`. */
export interface MemoryServer {
  /** Listen on `host:port` (port 0: any free port); resolves to the address. */
  listen(port: number, host?: string): Promise<MemoryServerAddress>;
  /** Stop accepting, finish requests in flight (up to `shutdownGraceMs`), close the memory. */
  close(): Promise<void>;
}

/**
 * An HTTP server answering the JSON API over `memory` (see the README's
 * "Serving a memory" section for the routes).
 * @example
 * const memory = await openEmbeddedMemory(TranslationMemory.fromUnits(units), { journal: 'memory.journal' });
 * const server = createMemoryServer(memory, { token: 'secret' });
 * const { port } = await server.listen(0, '127.0.0.1');
 * const answer = await fetch(`http://127.0.0.1:${port}/api/lookup?q=Consul-General`).then((r) => r.json());
 * answer.matches[0].target //=> '总领事'
 * await server.close();
 */
export function createMemoryServer(memory: LiveMemory, options: MemoryServerOptions = {}): MemoryServer {
  const resolved = resolveServerOptions(options);
  let closing = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    inFlight++;
    try {
      if (closing) {
        res.setHeader('connection', 'close');
        throw new ServeError('SERVE_SHUTTING_DOWN', 'Expected a running server, found it shutting down; retry on another server.', { status: 503 });
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const segments = url.pathname.split('/').slice(1);
      const route = findRoute(req.method ?? 'GET', segments);
      await route({ req, res, url, segments, memory, options: resolved });
    } catch (error) {
      sendError(res, error, resolved.log);
      // A body we refused to read: do not let the client go on sending it.
      if (!req.complete) res.once('finish', () => req.destroy());
    } finally {
      inFlight--;
      if (closing && inFlight === 0) drained?.();
    }
  };

  const server = createServer({ headersTimeout: 20_000, requestTimeout: 30 * 60_000, keepAliveTimeout: 5_000 }, (req, res) => {
    void handle(req, res);
  });
  // Malformed requests (bad HTTP, headers too large) get a JSON error too, when the socket still takes one.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({ error: { status, code: tooLarge ? 'SERVE_TOO_LARGE' : 'SERVE_BAD_REQUEST', message: tooLarge ? 'Expected request headers (and URL) of at most 16 KiB, found more.' : 'Expected an HTTP/1.1 request, found a malformed one.' } });
    socket.end(`HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });

  return {
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const { address, family, port: bound } = server.address() as AddressInfo;
          resolve({ address, family, port: bound });
        });
      });
    },
    async close() {
      if (closing) return;
      closing = true;
      const stopped = new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      server.closeIdleConnections();
      if (inFlight > 0) {
        const finished = new Promise<void>((resolve) => (drained = resolve));
        const grace = new Promise<void>((resolve) => setTimeout(resolve, resolved.shutdownGraceMs).unref());
        await Promise.race([finished, grace]);
        if (inFlight > 0) resolved.log(`shutdown: ${inFlight} request(s) still running after ${resolved.shutdownGraceMs} ms, closing their connections`);
      }
      server.closeAllConnections();
      await stopped;
      await memory.close();
    },
  };
}

