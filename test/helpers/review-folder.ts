/** A copy of the seed's outputs in a temp folder, and a review server over it. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReviewFolder } from '../../src/cli/review/review-folder';
import { startReviewServer, type ReviewServer } from '../../src/cli/review/review-server';
import { SEED_NAME, SEED_OUT } from './seed-review';

/** A fresh copy of corpus/out. */
export function seedOutCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-review-'));
  cpSync(SEED_OUT, dir, { recursive: true });
  return dir;
}

/** Open the seed's review in `dir` and serve it; `log` collects what it says. */
export async function serveReview(dir: string, log: string[] = [], name: string = SEED_NAME): Promise<ReviewServer> {
  const folder = await openReviewFolder(dir, name);
  let tick = 0;
  // A fixed clock, one second per save, so files are reproducible.
  const now = (): Date => new Date(Date.UTC(2026, 11, 1, 10, 15, tick++));
  return startReviewServer({ folder, who: 'tester', now, log: (line) => log.push(line) });
}

/** Call the server's API as the page does (`T`: what the caller knows the path answers). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export async function api<T = Record<string, unknown>>(server: ReviewServer, path: string, body?: unknown): Promise<{ status: number; data: T }> {
  const url = new URL(server.url);
  const token = url.searchParams.get('token') ?? '';
  const response = await fetch(new URL(path, url), {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'x-review-token': token, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, data: (await response.json()) as T };
}
