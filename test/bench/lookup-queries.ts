/**
 * The 2,000 benchmark queries: fuzzy (1–4 word edits of an English unit, 1–6
 * character edits of a Chinese one, half of those in Traditional script),
 * exact (a unit's text; half of the Chinese ones in Traditional), and
 * no-match (held-out sentences: the seed's real news text and synthetic text
 * from templates and dictionary entries the memory does not use).
 */
import { toTraditional } from '../../src/chinese/convert-script';
import type { Lang, TranslationUnit } from '../../src/types';
import { appendAll } from '../../src/append-all';

/** Kinds of benchmark query. */
export type QueryKind = 'fuzzy' | 'exact' | 'no-match';

/** One benchmark query. */
export interface BenchQuery {
  readonly kind: QueryKind;
  readonly lang: Lang;
  readonly text: string;
}

/** Words and characters inserted by fuzzy edits. */
export interface EditPools {
  readonly words: readonly string[];
  readonly chars: readonly string[];
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** `edits` random token edits (replace, delete, insert) of an English text's words or a Chinese text's characters. */
export function editText(random: () => number, text: string, lang: Lang, edits: number, pools: EditPools): string {
  const tokens = lang === 'en' ? text.split(' ') : Array.from(text);
  const pool = lang === 'en' ? pools.words : pools.chars;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * tokens.length);
    const op = random();
    if (op < 0.5 || tokens.length < 3) tokens[at] = pick(random, pool);
    else if (op < 0.75) tokens.splice(at, 1);
    else tokens.splice(at, 0, pick(random, pool));
  }
  return tokens.join(lang === 'en' ? ' ' : '');
}

/** Split the seed's lines into sentences (a rough split is enough for no-match queries). */
export function seedSentences(seed: string): { en: string[]; zh: string[] } {
  const en: string[] = [];
  const zh: string[] = [];
  for (const line of seed.split('\n')) {
    const han = (line.match(/\p{Script=Han}/gu) ?? []).length;
    if (han > 10) appendAll(zh, line.split(/(?<=[。！？])/u));
    else appendAll(en, line.split(/(?<=[.!?])\s+(?=[A-Z])/u));
  }
  const keep = (s: string): boolean => s.trim().length >= 12;
  return { en: en.filter(keep).map((s) => s.trim()), zh: zh.filter(keep).map((s) => s.trim()) };
}

/**
 * The query set: 500 fuzzy en, 500 fuzzy zh, 250 exact en, 250 exact zh and
 * 500 no-match (seed sentences first, then held-out synthetic pairs).
 */
export function makeQueries(
  random: () => number,
  units: readonly TranslationUnit[],
  pools: EditPools,
  seed: { en: readonly string[]; zh: readonly string[] },
  heldOut: () => [string, string],
): BenchQuery[] {
  const queries: BenchQuery[] = [];
  const unit = (): TranslationUnit => pick(random, units);
  for (let q = 0; q < 500; q++) queries.push({ kind: 'fuzzy', lang: 'en', text: editText(random, unit().en, 'en', 1 + Math.floor(random() * 4), pools) });
  for (let q = 0; q < 500; q++) {
    const text = editText(random, unit().zh, 'zh', 1 + Math.floor(random() * 6), pools);
    queries.push({ kind: 'fuzzy', lang: 'zh', text: q % 2 === 0 ? text : toTraditional(text) });
  }
  for (let q = 0; q < 250; q++) queries.push({ kind: 'exact', lang: 'en', text: unit().en });
  for (let q = 0; q < 250; q++) queries.push({ kind: 'exact', lang: 'zh', text: q % 2 === 0 ? unit().zh : toTraditional(unit().zh) });
  const noMatch: BenchQuery[] = [
    ...seed.en.slice(0, 150).map((text) => ({ kind: 'no-match' as const, lang: 'en' as const, text })),
    ...seed.zh.slice(0, 150).map((text) => ({ kind: 'no-match' as const, lang: 'zh' as const, text })),
  ];
  while (noMatch.length < 500) {
    const [en, zh] = heldOut();
    noMatch.push(noMatch.length % 2 === 0 ? { kind: 'no-match', lang: 'en', text: en } : { kind: 'no-match', lang: 'zh', text: zh });
  }
  appendAll(queries, noMatch);
  return queries;
}
