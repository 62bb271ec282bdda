/**
 * The 2,000 queries of the real-text lookup benchmark:
 * - 500 English fuzzy: a memory unit's English with 1–4 word edits (125 of
 *   each count), each edit a replace, delete or insert of a whole match token
 *   at a different token, with words of the memory's own text;
 * - 500 Chinese fuzzy: a unit's Chinese with 1–6 Han character edits (about
 *   83 of each count), characters of the memory's text; every other one
 *   converted to Traditional script (the fold is part of what is tested);
 * - 250 + 250 exact: a unit's text (half of the Chinese in Traditional);
 * - 500 no-match: the held-out base units (never in the memory, never used
 *   for a variant), English and Chinese alternately.
 * An edit can cancel another or replace a token by itself, so "n edits"
 * is what was applied; the brute force decides what the best match is.
 */
import { toTraditional } from '../../src/chinese/convert-script';
import { tokenizeForMatch } from '../../src/tm/tokens/tokenize-for-match';
import type { Lang, TranslationUnit } from '../../src/types';
import type { TextPair } from './real-memory';

/** One query of the benchmark. */
export interface RealQuery {
  readonly kind: 'fuzzy' | 'exact' | 'no-match';
  readonly lang: Lang;
  readonly text: string;
  /** Edits applied (fuzzy queries), else 0. */
  readonly edits: number;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** Word and character pools for the edits: tokens of the given units' text, as written. */
export function editPools(units: readonly TranslationUnit[], sample = 5000): { words: string[]; chars: string[] } {
  const words = new Set<string>();
  const chars = new Set<string>();
  for (const unit of units.slice(0, sample)) {
    for (const token of tokenizeForMatch(unit.en)) if (token.kind === 'word') words.add(unit.en.slice(token.span.start, token.span.end));
    for (const token of tokenizeForMatch(unit.zh)) if (token.kind === 'han') chars.add(unit.zh.slice(token.span.start, token.span.end));
  }
  return { words: [...words], chars: [...chars] };
}

/**
 * `edits` edits of distinct tokens of `text` (words in English, Han
 * characters in Chinese): replace with a pool token, delete, or insert a pool
 * token after it. Applied from the end so the spans stay valid.
 */
export function editTokens(random: () => number, text: string, lang: Lang, edits: number, pool: readonly string[]): string {
  const tokens = tokenizeForMatch(text).filter((t) => (lang === 'en' ? t.kind !== 'han' : t.kind === 'han'));
  const chosen = new Set<number>();
  while (chosen.size < Math.min(edits, tokens.length)) chosen.add(Math.floor(random() * tokens.length));
  let out = text;
  for (const index of [...chosen].sort((a, b) => b - a)) {
    const { start, end } = (tokens[index] as (typeof tokens)[number]).span;
    const op = random();
    const other = pick(random, pool);
    const gap = lang === 'en' ? ' ' : '';
    if (op < 0.5) out = out.slice(0, start) + other + out.slice(end);
    else if (op < 0.75) out = lang === 'en' ? out.slice(0, start) + out.slice(end).replace(/^ /u, '') : out.slice(0, start) + out.slice(end);
    else out = out.slice(0, end) + gap + other + out.slice(end);
  }
  return out;
}

/** The query set (deterministic for a seed). */
export function makeRealQueries(random: () => number, units: readonly TranslationUnit[], heldOut: readonly TextPair[]): RealQuery[] {
  const pools = editPools(units);
  const queries: RealQuery[] = [];
  const unit = (): TranslationUnit => pick(random, units);
  for (let q = 0; q < 500; q++) {
    const edits = 1 + (q % 4);
    queries.push({ kind: 'fuzzy', lang: 'en', text: editTokens(random, unit().en, 'en', edits, pools.words), edits });
  }
  for (let q = 0; q < 500; q++) {
    const edits = 1 + (q % 6);
    const text = editTokens(random, unit().zh, 'zh', edits, pools.chars);
    queries.push({ kind: 'fuzzy', lang: 'zh', text: q % 2 === 0 ? text : toTraditional(text), edits });
  }
  for (let q = 0; q < 250; q++) queries.push({ kind: 'exact', lang: 'en', text: unit().en, edits: 0 });
  for (let q = 0; q < 250; q++) queries.push({ kind: 'exact', lang: 'zh', text: q % 2 === 0 ? unit().zh : toTraditional(unit().zh), edits: 0 });
  for (let q = 0; q < 500 && heldOut.length > 0; q++) {
    const pair = heldOut[Math.floor(q / 2) % heldOut.length] as TextPair;
    const lang: Lang = q % 2 === 0 ? 'en' : 'zh';
    queries.push({ kind: 'no-match', lang, text: pair[lang], edits: 0 });
  }
  return queries.filter((query) => tokenizeForMatch(query.text).length > 0);
}
