/** Bearer tokens: compared in constant time, never logged. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ServeError } from '../../errors';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * Check the request's `Authorization: Bearer TOKEN` against `token`.
 * @throws ServeError 401 `SERVE_UNAUTHORIZED` without a bearer token, 403
 * `SERVE_FORBIDDEN` with a wrong one, 403 `SERVE_READ_ONLY` when the server has no token (writes are off).
 */
export function authorize(req: IncomingMessage, token: string | undefined, action: 'read' | 'write'): void {
  if (token === undefined) {
    throw new ServeError('SERVE_READ_ONLY', 'Expected a server started with --token-file for writes, found none: this server is read-only.', { status: 403 });
  }
  const header = req.headers.authorization ?? '';
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/iu.exec(header);
  if (!match?.[1]) {
    throw new ServeError('SERVE_UNAUTHORIZED', `Expected "Authorization: Bearer TOKEN" to ${action}, found ${header === '' ? 'no Authorization header' : 'another scheme'}.`, { status: 401 });
  }
  if (!timingSafeEqual(digest(match[1]), digest(token))) {
    throw new ServeError('SERVE_FORBIDDEN', 'Expected the server\'s token, found another one.', { status: 403 });
  }
}
