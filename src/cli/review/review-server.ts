/**
 * The review page's server: node:http on 127.0.0.1 only, every request
 * carrying a random token (in the page's URL, then in a header), the Host
 * header checked (so another web page cannot reach it through DNS tricks).
 *
 *   GET  /?token=T      the page (self-contained HTML, CSS and script)
 *   GET  /api/state     every row, term pair and count, and the revision
 *   GET  /api/revision  the revision and the outputs' state (the page polls it)
 *   POST /api/save      {revision, who, decisions}: 200 with the changed rows;
 *                       409 when another tab saved first (reload, then save again);
 *                       422 when a decision cannot apply; 507/500 when the disk refused
 *
 * A save is applied to the session, appended to the review file and flushed
 * to disk before it is answered; the outputs are then regenerated in the
 * background (several saves in a row give one regeneration), each file through
 * a temp file and a rename, so a server killed at any moment leaves whole files.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Issue } from '../../errors';
import { checkDecision } from '../../review/check-decision';
import { renderReviewPage } from '../../review/page/render-review-page';
import type { ReviewDecision, ReviewSave } from '../../review/review-decision';
import { toSimplified } from '../../chinese/convert-script';
import { diffRows, rowsByArticle, rowsOfArticle, type OutputsState, type PageRow, type PageState, type PageTermRow, type RowPatch, type SaveAnswer, type SaveRefusal } from '../../review/review-rows';
import { ReviewSession } from '../../review/review-session';
import { appendSave, writeReviewedOutputs, type ReviewFolder } from './review-folder';
import { appendAll } from '../../append-all';
import { confidenceBands } from '../../report/confidence-bands';

/** How to start the server. */
export interface ReviewServerOptions {
  readonly folder: ReviewFolder;
  /** The reviewer's name when the page sends none. */
  readonly who: string;
  /** Port on 127.0.0.1; 0 (default) takes a free one. */
  readonly port?: number;
  /** The URL token; default 16 random bytes in hex. */
  readonly token?: string;
  /** The clock of the saves' `at` (tests fix it). Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Where to say what happened (a line at a time). Default: nowhere. */
  readonly log?: (line: string) => void;
}

/** A running review server. */
export interface ReviewServer {
  /** The page's URL, token included. */
  readonly url: string;
  readonly session: ReviewSession;
  /** Resolves when the outputs reflect every save so far. */
  outputsWritten(): Promise<void>;
  /** Stop taking requests, finish the save and the outputs in progress. */
  close(): Promise<void>;
}

/** Largest request body: 10,000 decisions with their texts fit in it. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** Start the review server of an opened folder (its saves replayed, its outputs brought up to date). */
export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const { folder } = options;
  const token = options.token ?? randomBytes(16).toString('hex');
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const session = new ReviewSession(folder.stored.base);
  const notices: Issue[] = [...folder.notices];
  for (const save of folder.log?.saves ?? []) appendAll(notices, session.applyLenient(save).issues);
  session.state.takeTouched();
  const outputs: OutputsState = { revision: session.revision, writing: false, error: undefined };
  // The page searches Chinese in either script: rows carry the Simplified text (cached, it is slow-ish).
  const simplifiedCache = new Map<string, string>();
  const simplify = (text: string): string => {
    let simple = simplifiedCache.get(text);
    if (simple === undefined) {
      simple = toSimplified(text);
      simplifiedCache.set(text, simple);
    }
    return simple;
  };
  // The page's rows, per article, kept up to date save by save; the state's JSON is cached
  // between saves, so opening the page costs the server no work.
  const articleRows = new Map<number, readonly PageRow[]>();
  let termsJson = '';
  let stateJson: string | undefined;

  let regenerating: Promise<void> | undefined;
  let dirty = false;
  const writeOutputs = (): Promise<void> => {
    dirty = true;
    regenerating ??= (async () => {
      while (dirty) {
        dirty = false;
        const revision = session.revision;
        outputs.writing = true;
        try {
          await writeReviewedOutputs(session, folder);
          outputs.revision = revision;
          outputs.error = undefined;
        } catch (error) {
          outputs.error = `Could not write the outputs: ${(error as Error).message}`;
          log(`bitext-tm review: ${outputs.error}`);
        }
      }
      outputs.writing = false;
      regenerating = undefined;
    })();
    return regenerating;
  };
  // A server killed while writing leaves outputs of an older revision: bring them up to date first.
  if (session.revision > 0) await writeOutputs();

  for (const [article, rows] of rowsByArticle(session.state, simplify)) articleRows.set(article, rows);
  const fullState = (): string => {
    if (stateJson !== undefined) return stateJson;
    const terms = termRows(session);
    termsJson = JSON.stringify(terms);
    const corpus = session.base.corpus;
    const state: Omit<PageState, 'outputs'> = {
      name: corpus.name,
      revision: session.revision,
      who: options.who,
      threshold: corpus.summary.confidenceThreshold,
      highFrom: confidenceBands(corpus.summary.confidenceThreshold)[0]?.min ?? 1,
      articles: corpus.articles,
      rows: [...articleRows.keys()].sort((a, b) => a - b).flatMap((article) => articleRows.get(article) ?? []),
      terms,
      notices: notices.map(({ code, message }) => ({ code, message })),
    };
    stateJson = JSON.stringify(state);
    return stateJson;
  };
  fullState();

  let saving = Promise.resolve();
  const save = (body: SaveRequest): Promise<[number, SaveAnswer | SaveRefusal]> => {
    const run = saving.then(() => applySave(body));
    saving = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
  const applySave = async (body: SaveRequest): Promise<[number, SaveAnswer | SaveRefusal]> => {
    if (body.revision !== session.revision) return [409, { error: 'conflict', revision: session.revision, message: `Another tab or reviewer saved revision ${session.revision} since this page loaded revision ${body.revision}; reload, then save again.` }];
    const record: ReviewSave = { revision: session.revision + 1, who: body.who || options.who, at: now().toISOString(), decisions: body.decisions };
    const before = { state: session.state.clone(), terms: session.termReview?.clone(), revision: session.revision };
    const outcome = session.applyStrict(record);
    if ('failure' in outcome) {
      session.state.takeTouched();
      return [422, { error: outcome.failure, index: outcome.index, revision: session.revision, message: `Decision ${outcome.index + 1} (${record.decisions[outcome.index]?.op ?? ''}) cannot apply: ${outcome.message}` }];
    }
    try {
      await appendSave(folder, record);
    } catch (error) {
      session.state = before.state;
      session.termReview = before.terms;
      session.revision = before.revision;
      const code = (error as NodeJS.ErrnoException).code;
      log(`bitext-tm review: ${folder.paths.log}: the save was not written (${(error as Error).message}); nothing changed.`);
      return [code === 'ENOSPC' ? 507 : 500, { error: 'write', revision: session.revision, message: `The save was not written to ${folder.paths.log} (${code ?? (error as Error).message}); nothing changed. Free some space and save again.` }];
    }
    const touched = session.state.takeTouched();
    const patches: RowPatch[] = [...touched.articles].sort((a, b) => a - b).map((article) => {
      const rows = rowsOfArticle(session.state, article, simplify);
      const patch = diffRows(article, (articleRows.get(article) ?? []).map((row) => row.key), rows, touched.rows);
      articleRows.set(article, rows);
      return patch;
    });
    stateJson = undefined;
    const terms = termRows(session);
    const json = JSON.stringify(terms);
    const termsChanged = terms !== null && json !== termsJson;
    termsJson = json;
    void writeOutputs();
    return [200, { revision: session.revision, patches, ...(termsChanged ? { terms } : {}), notes: outcome.notes.map(({ code, message }) => ({ code, message })), outputs }];
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`bitext-tm review: ${(error as Error).message}`);
      if (!response.headersSent) send(response, 500, { error: 'internal', message: (error as Error).message });
    });
  });
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const port = (server.address() as AddressInfo).port;
    if (!isLocalHost(request.headers.host, port)) { send(response, 403, { error: 'host', message: 'Expected a request to 127.0.0.1 or localhost.' }); return; }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/' && request.method === 'GET') {
      if (!sameToken(url.searchParams.get('token'), token)) { sendText(response, 403, 'Open the address bitext-tm review printed (it carries a token).'); return; }
      const nonce = randomBytes(12).toString('base64');
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'`,
        'referrer-policy': 'no-referrer',
      });
      response.end(renderReviewPage({ title: `Review: ${session.base.corpus.name}`, nonce }));
      return;
    }
    if (!url.pathname.startsWith('/api/')) { send(response, 404, { error: 'not-found', message: `No ${url.pathname} here.` }); return; }
    if (!sameToken(headerValue(request.headers['x-review-token']), token)) { send(response, 403, { error: 'token', message: 'Expected the review token.' }); return; }
    if (url.pathname === '/api/state' && request.method === 'GET') {
      // The outputs' state changes without a save: put it in fresh at each request.
      sendJsonText(response, 200, `{"outputs":${JSON.stringify(outputs)},${fullState().slice(1)}`);
      return;
    }
    if (url.pathname === '/api/revision' && request.method === 'GET') { send(response, 200, { revision: session.revision, outputs }); return; }
    if (url.pathname === '/api/save' && request.method === 'POST') {
      const body = await readBody(request);
      if (body === undefined) { send(response, 413, { error: 'too-large', message: `Expected a save of at most ${MAX_BODY_BYTES} bytes.` }); return; }
      const parsed = parseSaveRequest(body);
      if (typeof parsed === 'string') { send(response, 400, { error: 'bad-request', message: parsed }); return; }
      const [status, answer] = await save(parsed);
      send(response, status, answer); return;
    }
    send(response, 405, { error: 'method', message: `${request.method ?? ''} ${url.pathname} is not served.` });
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  for (const notice of notices) log(`bitext-tm review: ${notice.file ?? folder.paths.log}${notice.place ? `:${notice.place.line}:${notice.place.column}` : ''}: ${notice.message} [${notice.code}]`);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    session,
    outputsWritten: async () => {
      await saving;
      while (regenerating) await regenerating;
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      });
      await saving;
      while (regenerating) await regenerating;
    },
  };
}

interface SaveRequest {
  readonly revision: number;
  readonly who: string;
  readonly decisions: readonly ReviewDecision[];
}

/** The save the page sent, or why it is not one. */
function parseSaveRequest(body: string): SaveRequest | string {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'Expected a JSON body.';
  }
  const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { revision, who, decisions } = fields;
  if (typeof revision !== 'number' || !Number.isInteger(revision)) return 'Expected "revision", the revision the page has.';
  if (typeof who !== 'string' || who.length > 80 || /\p{Cc}/u.test(who)) return 'Expected "who" to be a name of at most 80 characters.';
  if (!Array.isArray(decisions) || decisions.length === 0) return 'Expected a non-empty "decisions" list.';
  for (const [i, decision] of decisions.entries()) {
    const problem = checkDecision(decision);
    if (problem !== undefined) return `Decision ${i + 1}: ${problem}`;
  }
  return { revision, who: who.trim(), decisions: decisions as ReviewDecision[] };
}

/** Term rows for the page. */
function termRows(session: ReviewSession): PageTermRow[] | null {
  const terms = session.reviewedTerms();
  if (terms === undefined) return null;
  return terms.map(({ term, status }) => ({
    kind: 'term',
    key: `${term.type}|${term.en}|${term.zh}`,
    type: term.type,
    en: term.en,
    zh: term.zh,
    zhHans: term.zhHans,
    count: term.count,
    confidence: term.confidence,
    methods: term.methods,
    status,
    example: term.examples[0] ?? null,
  }));
}

function isLocalHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  sendJsonText(response, status, JSON.stringify(body));
}

function sendJsonText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
