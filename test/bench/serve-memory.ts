/**
 * The memory of bench:serve, built at run time from real public parallel
 * text (never committed): the gold beads of ../shared/eval/align (aca: an
 * academic English text and its Chinese translation; mac-dev: literary
 * Chinese–English), the units of ../shared/eval/terms/wmt22-news, and the
 * seed's units, about 3,000 real pairs. Variants bring it to the size asked:
 * two or three real units joined (both sides in the same order, so every
 * unit stays a translation), and copies with their numbers changed on both
 * sides. Seeded: the same memory every run.
 *
 * Queries: a memory unit with 1–4 English word edits or 1–6 Chinese
 * character edits (fuzzy), a unit as stored (exact), a single real sentence
 * with edits (it matches an original, not the long joined units), and the
 * words of a real sentence shuffled (no match expected).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TranslationUnit } from '../../src/types';
import { seededRandom } from '../helpers/seeded-random';

/** A real English–Chinese pair. */
export interface RealPair {
  readonly en: string;
  readonly zh: string;
}

/** Every real pair found under `shared` and in the seed's units. */
export function readRealPairs(shared: string, seedUnits: string): RealPair[] {
  const pairs: RealPair[] = [];
  const alignRoot = join(shared, 'eval', 'align');
  for (const set of readdirSync(alignRoot)) {
    const meta = JSON.parse(readFileSync(join(alignRoot, set, 'meta.json'), 'utf8')) as { src_lang: string; texts: string[] };
    for (const text of meta.texts) {
      const src = readFileSync(join(alignRoot, set, 'src', text), 'utf8').split('\n');
      const tgt = readFileSync(join(alignRoot, set, 'tgt', text), 'utf8').split('\n');
      for (const line of readFileSync(join(alignRoot, set, 'gold', `${text}.align`), 'utf8').split('\n')) {
        const match = /^\[([\d,]*)\]:\[([\d,]*)\]$/u.exec(line.trim());
        if (!match) continue;
        const pick = (lines: string[], ids: string | undefined): string[] => (ids ?? '').split(',').filter(Boolean).map((i) => lines[Number(i)] ?? '');
        const source = pick(src, match[1]);
        const target = pick(tgt, match[2]);
        if (source.length === 0 || target.length === 0) continue;
        const [enSide, zhSide] = meta.src_lang === 'en' ? [source, target] : [target, source];
        pairs.push({ en: enSide.join(' ').trim(), zh: zhSide.join('').trim() });
      }
    }
  }
  const wmt = JSON.parse(readFileSync(join(shared, 'eval', 'terms', 'wmt22-news', 'units.json'), 'utf8')) as { units: RealPair[] };
  for (const unit of wmt.units) pairs.push({ en: unit.en, zh: unit.zh });
  const seed = JSON.parse(readFileSync(seedUnits, 'utf8')) as { units: RealPair[] };
  for (const unit of seed.units) pairs.push({ en: unit.en, zh: unit.zh });
  return pairs.filter((p) => /\p{L}/u.test(p.en) && /\p{Script=Han}/u.test(p.zh) && p.en.length < 2000 && p.zh.length < 1000);
}

const NUMBER = /\d+/gu;

/** A copy with every number that appears on both sides replaced by another, the same on both sides. */
function changeNumbers(random: () => number, pair: RealPair): RealPair | undefined {
  const en = new Set(pair.en.match(NUMBER) ?? []);
  const shared = [...new Set(pair.zh.match(NUMBER) ?? [])].filter((n) => en.has(n));
  if (shared.length === 0) return undefined;
  const map = new Map(shared.map((n) => [n, String(Math.floor(random() * 10 ** Math.max(1, n.length)))]));
  const swap = (text: string): string => text.replace(NUMBER, (n) => map.get(n) ?? n);
  return { en: swap(pair.en), zh: swap(pair.zh) };
}

/** `count` units: the real pairs first, then joined and renumbered variants, all distinct. */
export function synthesizeServeMemory(pairs: readonly RealPair[], count: number, seed = 17): TranslationUnit[] {
  const random = seededRandom(seed);
  const pick = (): RealPair => pairs[Math.floor(random() * pairs.length)] as RealPair;
  const seen = new Set<string>();
  const units: TranslationUnit[] = [];
  const add = (pair: RealPair | undefined): void => {
    if (!pair || units.length >= count) return;
    const id = `${pair.en}\u0000${pair.zh}`;
    if (seen.has(id)) return;
    seen.add(id);
    units.push({ id: `s${units.length}`, en: pair.en, zh: pair.zh });
  };
  for (const pair of pairs) add(pair);
  while (units.length < count) {
    const roll = random();
    if (roll < 0.7) add(joinPairs([pick(), pick()]));
    else if (roll < 0.85) add(joinPairs([pick(), pick(), pick()]));
    else add(changeNumbers(random, random() < 0.5 ? pick() : joinPairs([pick(), pick()])));
  }
  return units;
}

/** Real units joined, both sides in the same order. */
export function joinPairs(parts: readonly RealPair[]): RealPair {
  return { en: parts.map((p) => p.en).join(' '), zh: parts.map((p) => p.zh).join('') };
}

/** A benchmark query. */
export interface ServeQuery {
  readonly q: string;
  readonly lang: 'en' | 'zh';
  readonly kind: 'fuzzy' | 'exact' | 'sentence' | 'no-match';
}

/** `count` queries over `units` and the real `pairs`. */
export function makeServeQueries(units: readonly TranslationUnit[], pairs: readonly RealPair[], count: number, seed = 29): ServeQuery[] {
  const random = seededRandom(seed);
  const words = [...new Set(pairs.flatMap((p) => p.en.split(/\s+/u)))].filter((w) => /^\p{L}+$/u.test(w));
  const chars = [...new Set(pairs.flatMap((p) => Array.from(p.zh)))].filter((c) => /\p{Script=Han}/u.test(c));
  const queries: ServeQuery[] = [];
  const edit = (text: string, lang: 'en' | 'zh'): string => {
    const tokens = lang === 'en' ? text.split(/\s+/u) : Array.from(text);
    const pool = lang === 'en' ? words : chars;
    const edits = 1 + Math.floor(random() * (lang === 'en' ? 4 : 6));
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * tokens.length);
      const op = random();
      const token = pool[Math.floor(random() * pool.length)] ?? 'x';
      if (op < 0.33 && tokens.length > 1) tokens.splice(at, 1);
      else if (op < 0.66) tokens.splice(at, 0, token);
      else tokens[at] = token;
    }
    return tokens.join(lang === 'en' ? ' ' : '');
  };
  while (queries.length < count) {
    const lang = random() < 0.5 ? 'en' : 'zh';
    const roll = random();
    const unit = units[Math.floor(random() * units.length)] as TranslationUnit;
    const pair = pairs[Math.floor(random() * pairs.length)] as RealPair;
    let query: ServeQuery;
    if (roll < 0.45) query = { q: edit(unit[lang], lang), lang, kind: 'fuzzy' };
    else if (roll < 0.7) query = { q: unit[lang], lang, kind: 'exact' };
    else if (roll < 0.9) query = { q: edit(pair[lang], lang), lang, kind: 'sentence' };
    else {
      const tokens = lang === 'en' ? pair.en.split(/\s+/u) : Array.from(pair.zh);
      for (let i = tokens.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [tokens[i], tokens[j]] = [tokens[j] as string, tokens[i] as string];
      }
      query = { q: tokens.join(lang === 'en' ? ' ' : ''), lang, kind: 'no-match' };
    }
    if (query.q.length <= 4096 && /[\p{L}\p{N}]/u.test(query.q)) queries.push(query);
  }
  return queries;
}
