/**
 * The routes of the memory server, one function per route. Nothing from a
 * request reaches the file system: texts go to the in-memory index, writes to
 * the memory's journal or database as data.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ServeError } from '../../errors';
import { createTmxWriter } from '../../tmx/write/create-tmx-writer';
import type { ChineseTmxLang } from '../../tmx/write/tmx-write-options';
import { VERSION } from '../../version';
import type { LiveMemory } from '../live-memory';
import { authorize } from './authorize';
import { intParam, langParam, numberParam, textParam } from './query-params';
import { limitedBody, readBody } from './read-body';
import { sendJson } from './send';
import type { ResolvedServerOptions } from './server-options';
import { tmserverSuggestions } from './tmserver-route';

/** What a route needs. */
export interface RouteContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  /** Raw (still percent-encoded) path segments, without the leading empty one. */
  readonly segments: readonly string[];
  readonly memory: LiveMemory;
  readonly options: ResolvedServerOptions;
}

type Route = (context: RouteContext) => void | Promise<void>;
type Method = 'GET' | 'POST' | 'DELETE';

/** Issues of an import shown in its answer (all are counted). */
const SHOWN_IMPORT_ISSUES = 100;
/** Units per TMX writer call while exporting: one batch, then the event loop serves others. */
const EXPORT_BATCH = 256;

/** The route for a method and path, or a 404 / 405 error. */
export function findRoute(method: string, segments: readonly string[]): Route {
  const path = segments[0] === 'tmserver' ? 'tmserver' : `/${segments.join('/')}`;
  const table = ROUTES[path] ?? (segments[0] === 'api' && segments[1] === 'units' && segments.length === 3 ? UNIT_ROUTES : undefined);
  if (!table) throw new ServeError('SERVE_NOT_FOUND', `Expected one of the API's paths (GET /health, /api/lookup, /api/concordance, /api/term, /api/export, /tmserver/…; POST /api/units, /api/import; DELETE /api/units/KEY), found ${path.slice(0, 80)}.`, { status: 404 });
  const route = table[method as Method];
  if (!route) throw new ServeError('SERVE_METHOD_NOT_ALLOWED', `Expected ${Object.keys(table).join(' or ')} for ${path.slice(0, 80)}, found ${method.slice(0, 10)}.`, { status: 405 });
  return route;
}

/** Reads need the token only when the server says so (bound beyond loopback). */
function authorizeRead({ req, options }: RouteContext): void {
  if (options.readsNeedToken) authorize(req, options.token, 'read');
}

function health(context: RouteContext): void {
  const status = context.memory.status();
  const degraded = status.database === 'unavailable';
  sendJson(context.res, degraded ? 503 : 200, { status: degraded ? 'degraded' : 'ok', version: VERSION, ...status, ...(degraded ? { reads: 'served from this server\'s copy' } : {}) });
}

function lookup(context: RouteContext): void {
  authorizeRead(context);
  const { url, memory, options } = context;
  const q = textParam(url.searchParams);
  const limit = intParam(url.searchParams, 'limit', options.maxLookupLimit);
  const minScore = numberParam(url.searchParams, 'min', 0, 1);
  const matches = memory.lookup(q, { ...langParam(url.searchParams), ...(limit === undefined ? {} : { limit }), ...(minScore === undefined ? {} : { minScore }) });
  sendRead(context, { query: q, matches });
}

function concordance(context: RouteContext): void {
  authorizeRead(context);
  const { url, memory, options } = context;
  const q = textParam(url.searchParams);
  const limit = intParam(url.searchParams, 'limit', options.maxConcordanceLimit);
  sendRead(context, { query: q, hits: memory.concordance(q, { ...langParam(url.searchParams), ...(limit === undefined ? {} : { limit }) }) });
}

function term(context: RouteContext): void {
  authorizeRead(context);
  const { url, memory, options } = context;
  const q = textParam(url.searchParams);
  const limit = intParam(url.searchParams, 'limit', options.maxConcordanceLimit) ?? 10;
  sendRead(context, { query: q, terms: memory.lookupTerm(q).slice(0, limit) });
}

function tmserver(context: RouteContext): void {
  authorizeRead(context);
  sendRead(context, tmserverSuggestions(context.memory, context.segments.slice(1), context.url.searchParams, context.options.maxLookupLimit));
}

/** A read's answer; while the database is out of reach it says the answer comes from this server's copy. */
function sendRead({ res, memory }: RouteContext, body: unknown): void {
  const stale = memory.status().database === 'unavailable';
  sendJson(res, 200, body, stale ? { 'x-bitext-database': 'unavailable' } : {});
}

async function addUnits(context: RouteContext): Promise<void> {
  const { req, res, memory, options } = context;
  authorize(req, options.token, 'write');
  if (!/^application\/(?:[\w.+-]+\+)?json\b/iu.test(req.headers['content-type'] ?? '')) {
    throw new ServeError('SERVE_UNSUPPORTED_MEDIA_TYPE', `Expected Content-Type: application/json, found ${req.headers['content-type'] ?? 'none'}.`, { status: 415 });
  }
  const text = await readBody(req, options.maxBodyBytes, 'a JSON body');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new ServeError('SERVE_BAD_REQUEST', `Expected a JSON array of units, found text that is not JSON (${(error as Error).message}).`, { status: 400 });
  }
  const keys = await memory.addUnits(body as never);
  sendJson(res, 201, { added: keys.length, keys });
}

async function deleteUnit(context: RouteContext): Promise<void> {
  const { req, res, memory, options, segments } = context;
  authorize(req, options.token, 'write');
  const raw = segments[2] ?? '';
  const key = /^[1-9]\d{0,15}$/u.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(key)) throw new ServeError('SERVE_BAD_REQUEST', `Expected a unit key (a positive whole number, as lookups return it), found "${raw.slice(0, 40)}".`, { status: 400 });
  const deleted = await memory.deleteUnits([key]);
  if (deleted.length === 0) throw new ServeError('SERVE_UNKNOWN_UNIT', `Expected a unit with key ${key}, found none (never added, or already deleted).`, { status: 404 });
  sendJson(res, 200, { deleted: key });
}

async function importTmx(context: RouteContext): Promise<void> {
  const { req, res, memory, options } = context;
  authorize(req, options.token, 'write');
  // Any Content-Type: the body is read as TMX whatever it says (curl --data-binary sends a form type).
  const result = await memory.importTmx(limitedBody(req, options.maxImportBytes, 'a TMX body'), { file: 'request body' });
  sendJson(res, 201, { ...result, issues: result.issues.slice(0, SHOWN_IMPORT_ISSUES), issueCount: result.issues.length });
}

async function exportTmx(context: RouteContext): Promise<void> {
  authorizeRead(context);
  const { res, url, memory } = context;
  const zhLang = (url.searchParams.get('zhLang') ?? 'zh') as ChineseTmxLang;
  const writer = createTmxWriter({ zhLang, convertChinese: zhLang === 'zh' ? 'none' : 'auto', originalFormat: 'bitext-tm serve' }); // throws TMX_INVALID_OPTION for a bad zhLang
  const units = memory.exportUnits()[Symbol.iterator]();
  res.writeHead(200, { 'content-type': 'application/x-tmx+xml; charset=utf-8', 'content-disposition': 'attachment; filename="memory.tmx"', 'cache-control': 'no-store' });
  await write(res, writer.start());
  for (;;) {
    const batch = [];
    for (let next = units.next(); next.done !== true; next = batch.length < EXPORT_BATCH ? units.next() : { done: true, value: undefined }) batch.push(next.value);
    if (batch.length === 0) break;
    await write(res, writer.writeMany(batch));
    await new Promise((resolve) => setImmediate(resolve)); // let lookups in between
  }
  res.end(writer.end());
}

/** Write with backpressure; fails when the client went away. */
function write(res: ServerResponse, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (res.destroyed) {
      reject(new Error('client closed the connection'));
      return;
    }
    if (res.write(text)) resolve();
    else {
      const done = (): void => {
        res.off('close', closed);
        resolve();
      };
      const closed = (): void => {
        res.off('drain', done);
        reject(new Error('client closed the connection'));
      };
      res.once('drain', done);
      res.once('close', closed);
    }
  });
}

const ROUTES: Readonly<Record<string, Partial<Record<Method, Route>>>> = {
  '/health': { GET: health },
  '/api/lookup': { GET: lookup },
  '/api/concordance': { GET: concordance },
  '/api/term': { GET: term },
  '/api/units': { POST: addUnits },
  '/api/import': { POST: importTmx },
  '/api/export': { GET: exportTmx },
  tmserver: { GET: tmserver },
};

const UNIT_ROUTES: Partial<Record<Method, Route>> = { DELETE: deleteUnit };
