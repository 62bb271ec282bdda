/** Query-string parameters of the read routes, checked: a bad one is a 400 naming it. */
import { ServeError } from '../../errors';

const bad = (message: string): ServeError => new ServeError('SERVE_BAD_REQUEST', message, { status: 400 });

/** The text parameter `q` (required). */
export function textParam(params: URLSearchParams, name = 'q'): string {
  const values = params.getAll(name);
  if (values.length !== 1 || values[0] === undefined) throw bad(`Expected one "${name}" parameter (the text), found ${values.length}.`);
  return values[0];
}

/** An optional language tag (`lang=en|zh|zh-TW…`): checked by the memory itself. */
export function langParam(params: URLSearchParams): { lang?: string } {
  const lang = params.get('lang');
  return lang === null || lang === '' ? {} : { lang };
}

/** An optional positive integer at most `max`. */
export function intParam(params: URLSearchParams, name: string, max: number): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw bad(`Expected "${name}" to be a whole number from 1 to ${max}, found "${raw.slice(0, 40)}".`);
  return value;
}

/** An optional number in [low, high]. */
export function numberParam(params: URLSearchParams, name: string, low: number, high: number): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < low || value > high) throw bad(`Expected "${name}" to be a number from ${low} to ${high}, found "${raw.slice(0, 40)}".`);
  return value;
}
