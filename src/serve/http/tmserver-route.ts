/**
 * translate-toolkit's tmserver protocol, which Weblate's and Virtaal's TM
 * clients speak (also amaGama's): `GET /tmserver/{source_lang}/{target_lang}/unit/{text}`
 * answers a JSON array of `{source, target, quality, rank}`, best first;
 * quality is the fuzzy score × 100. Optional `?max_candidates=N&min_similarity=0–100`.
 * Only English↔Chinese is held: any other pair answers `[]` (no suggestion).
 */
import type { LiveMemory } from '../live-memory';
import { ServeError } from '../../errors';
import { intParam, numberParam } from './query-params';

/** One suggestion, as tmserver clients read it. */
export interface TmserverSuggestion {
  readonly source: string;
  readonly target: string;
  /** Fuzzy score × 100, two decimals. */
  readonly quality: number;
  /** 1 for the best. */
  readonly rank: number;
}

/** `en` / `zh` from a tmserver language code (`en_US`, `zh_CN`, `zh-Hant`…), undefined for other languages. */
function languageOf(code: string): 'en' | 'zh' | undefined {
  const primary = /^([a-z]{2,3})(?:[-_@]|$)/iu.exec(code)?.[1]?.toLowerCase();
  return primary === 'en' || primary === 'zh' ? primary : undefined;
}

/**
 * Answer a tmserver request; `segments` are the raw (still encoded) path
 * segments after `/tmserver/`.
 */
export function tmserverSuggestions(memory: LiveMemory, segments: readonly string[], params: URLSearchParams, maxLimit: number): TmserverSuggestion[] {
  const [rawSource, rawTarget, unit, ...rest] = segments;
  if (rawSource === undefined || rawTarget === undefined || unit !== 'unit' || rest.length === 0) {
    throw new ServeError('SERVE_NOT_FOUND', 'Expected /tmserver/{source_lang}/{target_lang}/unit/{text}.', { status: 404 });
  }
  let text: string;
  let sourceCode: string;
  let targetCode: string;
  try {
    text = decodeURIComponent(rest.join('/'));
    sourceCode = decodeURIComponent(rawSource);
    targetCode = decodeURIComponent(rawTarget);
  } catch {
    throw new ServeError('SERVE_BAD_REQUEST', 'Expected a percent-encoded UTF-8 text in the path, found a bad escape.', { status: 400 });
  }
  const source = languageOf(sourceCode);
  const target = languageOf(targetCode);
  if (source === undefined || target === undefined || source === target) return [];
  const limit = intParam(params, 'max_candidates', maxLimit) ?? 5;
  const minSimilarity = numberParam(params, 'min_similarity', 0, 100) ?? 75;
  return memory.lookup(text, { lang: source, limit, minScore: minSimilarity / 100 }).map((match, i) => ({
    source: match.source,
    target: match.target,
    quality: Math.round(match.score * 10_000) / 100,
    rank: i + 1,
  }));
}
