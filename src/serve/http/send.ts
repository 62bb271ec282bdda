/** Answers of the memory server: JSON bodies and typed JSON errors. */
import type { ServerResponse } from 'node:http';
import { isBitextError, ServeError, TmxParseError, type BitextError } from '../../errors';

/** The JSON body of every error: `{"error": {"status", "code", "message", "file"?, "place"?}}`. */
export interface ErrorBody {
  readonly error: {
    readonly status: number;
    readonly code: string;
    readonly message: string;
    readonly place?: { readonly line: number; readonly column: number; readonly offset: number };
  };
}

/** Send `body` as JSON. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** HTTP status of a user's error: the ServeError's own, 404 for a missing termbase, else 400. */
export function statusOf(error: BitextError): number {
  if (error instanceof ServeError) return error.status;
  if (error.code === 'TM_NO_TERMBASE') return 404;
  return 400;
}

/**
 * Send `error` as a typed JSON error. A user's error keeps its code and
 * place; anything else is a bug: 500 INTERNAL_ERROR, logged, no details sent.
 */
export function sendError(res: ServerResponse, error: unknown, log: (line: string) => void): void {
  if (res.headersSent) {
    res.destroy(); // mid-stream (an export): the client sees a cut connection, never a wrong end
    return;
  }
  if (isBitextError(error)) {
    const status = statusOf(error);
    const headers: Record<string, string> = status === 401 ? { 'www-authenticate': 'Bearer' } : {};
    if (status === 503) headers['retry-after'] = '1';
    const place = error instanceof TmxParseError || error.place !== undefined ? error.place : undefined;
    sendJson(res, status, { error: { status, code: error.code, message: error.message, ...(place === undefined ? {} : { place }) } } satisfies ErrorBody, headers);
    return;
  }
  log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  sendJson(res, 500, { error: { status: 500, code: 'INTERNAL_ERROR', message: 'The server failed to answer (a bug); it was logged.' } } satisfies ErrorBody);
}
