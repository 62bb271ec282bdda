/** Request bodies within limits: 413 before reading when Content-Length is too large, or as soon as the stream passes the limit. */
import type { IncomingMessage } from 'node:http';
import { ServeError } from '../../errors';

const tooLarge = (limit: number, what: string): ServeError =>
  new ServeError('SERVE_TOO_LARGE', `Expected ${what} of at most ${limit} bytes, found more.`, { status: 413 });

/** Refuse a declared length above `limit` before reading anything. */
export function checkDeclaredLength(req: IncomingMessage, limit: number, what: string): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit, what);
}

/** The whole body as text (UTF-8), at most `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number, what: string): Promise<string> {
  checkDeclaredLength(req, limit, what);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit, what);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The body as a stream of chunks, failing with 413 once past `limit` bytes. */
export async function* limitedBody(req: IncomingMessage, limit: number, what: string): AsyncGenerator<Uint8Array> {
  checkDeclaredLength(req, limit, what);
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit, what);
    yield chunk as Buffer;
  }
}
