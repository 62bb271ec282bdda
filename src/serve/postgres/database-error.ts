/** Turn a node-postgres error into the server's typed error: 503 when the database is out of reach. */
import { isBitextError, ServeError, type BitextError } from '../../errors';

/** SQLSTATE classes and codes that mean "the database cannot be reached or is shutting down". */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** True when `error` says the database is unreachable (not that a statement failed). */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('08') || UNAVAILABLE_STATES.has(code) || UNAVAILABLE_ERRNOS.has(code))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/iu.test(message);
}

/**
 * The error to report for a failed write: a user's error (a malformed TMX
 * file…) as it is; a database failure as `SERVE_DATABASE_UNAVAILABLE` (503)
 * or `SERVE_DATABASE_ERROR` (500).
 */
export function databaseError(error: unknown, doing: string): BitextError {
  if (isBitextError(error)) return error;
  if (isUnavailable(error)) {
    return new ServeError('SERVE_DATABASE_UNAVAILABLE', `Expected PostgreSQL to answer while ${doing}, found it unreachable; nothing was written. Reads are served from this server's copy.`, { status: 503, cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ServeError('SERVE_DATABASE_ERROR', `PostgreSQL refused a statement while ${doing}: ${detail}; nothing was written.`, { status: 500, cause: error });
}
