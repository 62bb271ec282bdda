/** Check a query and turn it into token ids: shared by lookup and concordance. */
import { TmError } from '../../errors';
import type { Lang } from '../../types';
import type { MemoryCore, QueryWorkspace } from '../core/memory-core';
import { detectQueryLang, parseQueryLang } from '../../query-lang';
import { TOKEN_KIND, type TokenScratch } from '../tokens/scan-tokens';

/** A query ready for the index. */
export interface PreparedQuery {
  readonly text: string;
  readonly lang: Lang;
  /** Token ids in `workspace.ids.data[0, length)`. */
  readonly length: number;
  /** Ids ≥ this are query tokens that no unit holds. */
  readonly knownLimit: number;
}

/**
 * Validate `text` and encode it into `workspace.ids`.
 * @throws TmError `TM_EMPTY_QUERY` (nothing to match: empty, spaces or
 * punctuation only), `TM_QUERY_TOO_LONG` (over `maxLength` UTF-16 code units,
 * checked before any work), `TM_UNKNOWN_LANG` (a language other than en/zh).
 */
export function prepareQuery(core: MemoryCore, workspace: QueryWorkspace, text: string, lang: string | undefined, maxLength: number): PreparedQuery {
  if (typeof text !== 'string' || text.trim().length === 0) {
    throw new TmError('TM_EMPTY_QUERY', 'Expected a query with words or Chinese characters, found an empty text.');
  }
  if (text.length > maxLength) {
    throw new TmError(
      'TM_QUERY_TOO_LONG',
      `Expected a query of at most ${maxLength} characters (UTF-16 code units; a sentence or a paragraph), found ${text.length}.`,
    );
  }
  const given = lang === undefined ? undefined : parseQueryLang(lang);
  workspace.ids.length = 0;
  const length = core.vocabulary.encode(text, workspace.tokens, workspace.ids, new Map());
  if (length === 0) {
    throw new TmError('TM_EMPTY_QUERY', 'Expected a query with words or Chinese characters, found only spaces, punctuation or symbols.');
  }
  return { text, lang: given ?? detectLang(workspace.tokens), length, knownLimit: core.vocabulary.size };
}

/** The query's language by the sentence-query rule, from its scanned tokens. */
function detectLang(scratch: TokenScratch): Lang {
  let han = 0;
  let words = 0;
  for (let t = 0; t < scratch.count; t++) {
    const kind = scratch.kinds[t];
    if (kind === TOKEN_KIND.han) han++;
    else if (kind === TOKEN_KIND.word) words++;
  }
  return detectQueryLang(han, words);
}
