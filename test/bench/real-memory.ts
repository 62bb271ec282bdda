/**
 * The real-text memory of the lookup benchmark, built at run time from the
 * public parallel text beside the repository (nothing of it is committed):
 *
 * - base units: the seed's units (`corpus/out/*.units.json`), the gold beads
 *   of `$BITEXT_SHARED/eval/align/{aca,mac-dev}` (the sentences of each bead
 *   joined; beads with an empty side skipped) and the units of
 *   `$BITEXT_SHARED/eval/terms/wmt22-news/units.json`;
 * - a tenth of them (every unit whose index hashes to 0 mod 10) is held out:
 *   never put in the memory nor used to make variants, it gives the no-match
 *   queries;
 * - the rest are in the memory as they are, plus variants up to the size
 *   asked for. Each variant is made of two or three different base units:
 *   the first clauses of one followed by the last clauses of another (both
 *   sides cut at the same share of their clauses), or a unit with a clause of
 *   another inserted, or with one of its clauses dropped and a clause of
 *   another appended; then, when a pair of names (person, place, organisation
 *   from the term lists of `eval/terms`) or a number occurs on both sides, it
 *   is swapped for another on both sides. A variant equal to a unit already
 *   made is discarded. So the memory holds many units that share long runs of
 *   text with each other — the near-threshold competition a real memory has —
 *   but no unit is a copy of another with a token changed.
 *
 * Everything is seeded: the same sizes give the same memories.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TranslationUnit } from '../../src/types';

/** An English–Chinese pair of texts. */
export interface TextPair {
  readonly en: string;
  readonly zh: string;
}

/** Where the base units come from, for the report. */
export interface BaseCounts {
  readonly seed: number;
  readonly aca: number;
  readonly macDev: number;
  readonly wmt22: number;
  readonly heldOut: number;
}

/** The inputs of the real-text memory, or why they are missing. */
export interface RealText {
  readonly base: readonly TextPair[];
  readonly heldOut: readonly TextPair[];
  readonly names: readonly NamePair[];
  readonly counts: BaseCounts;
}

/** A name pair that can be swapped for another of the same type. */
export interface NamePair {
  readonly type: string;
  readonly en: string;
  readonly zh: string;
}

/** The files the memory needs under `shared` (and the repository's seed units). */
export function realTextFiles(root: string, shared: string): string[] {
  return [
    join(root, 'corpus', 'out', 'chongqing-fao-2022.en-zh.units.json'),
    join(shared, 'eval', 'align', 'aca', 'gold'),
    join(shared, 'eval', 'align', 'mac-dev', 'gold'),
    join(shared, 'eval', 'terms', 'wmt22-news', 'units.json'),
    join(shared, 'eval', 'terms', 'wmt22-news', 'terms.tsv'),
  ];
}

/** Read the base units and name pairs; `undefined` when a file is missing. */
export function readRealText(root: string, shared: string): RealText | undefined {
  if (!realTextFiles(root, shared).every((file) => existsSync(file))) return undefined;
  const seed = (JSON.parse(readFileSync(join(root, 'corpus', 'out', 'chongqing-fao-2022.en-zh.units.json'), 'utf8')) as { units: TextPair[] }).units;
  const aca = goldBeads(join(shared, 'eval', 'align', 'aca'), 'en');
  const macDev = goldBeads(join(shared, 'eval', 'align', 'mac-dev'), 'zh');
  const wmt22 = (JSON.parse(readFileSync(join(shared, 'eval', 'terms', 'wmt22-news', 'units.json'), 'utf8')) as { units: TextPair[] }).units;
  const all = [...seed, ...aca, ...macDev, ...wmt22].map((u) => ({ en: u.en.trim(), zh: u.zh.trim() })).filter((u) => u.en !== '' && u.zh !== '');
  const base: TextPair[] = [];
  const heldOut: TextPair[] = [];
  all.forEach((unit, i) => (hash(i) % 10 === 0 ? heldOut : base).push(unit));
  const names = [join(shared, 'eval', 'terms', 'wmt22-news', 'terms.tsv'), join(shared, 'eval', 'terms', 'seed', 'terms.tsv')].filter(existsSync).flatMap(readNames);
  return { base, heldOut, names, counts: { seed: seed.length, aca: aca.length, macDev: macDev.length, wmt22: wmt22.length, heldOut: heldOut.length } };
}

/** A fixed scramble of an index (so the held-out tenth is spread over every source). */
function hash(i: number): number {
  return (Math.imul(i + 1, 0x9e3779b1) >>> 0) % 1_000_003;
}

/** The beads of an aligner-eval folder as text pairs (`srcLang` is the language of `src/`). */
function goldBeads(folder: string, srcLang: 'en' | 'zh'): TextPair[] {
  const pairs: TextPair[] = [];
  for (const file of readdirSync(join(folder, 'gold')).sort()) {
    const name = file.replace(/\.align$/u, '');
    const src = readFileSync(join(folder, 'src', name), 'utf8').split('\n');
    const tgt = readFileSync(join(folder, 'tgt', name), 'utf8').split('\n');
    for (const line of readFileSync(join(folder, 'gold', file), 'utf8').split('\n')) {
      const match = /^\[([\d,]*)\]:\[([\d,]*)\]/u.exec(line.trim());
      if (!match) continue;
      const side = (ids: string, lines: readonly string[], sep: string): string =>
        ids === '' ? '' : ids.split(',').map((id) => (lines[Number(id)] ?? '').trim()).join(sep);
      const s = side(match[1] ?? '', src, srcLang === 'en' ? ' ' : '');
      const t = side(match[2] ?? '', tgt, srcLang === 'en' ? '' : ' ');
      if (s === '' || t === '') continue;
      pairs.push(srcLang === 'en' ? { en: s, zh: t } : { en: t, zh: s });
    }
  }
  return pairs;
}

function readNames(file: string): NamePair[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => ['person', 'place', 'org'].includes(cols[0] ?? '') && (cols[1] ?? '').length >= 3 && (cols[2] ?? '').length >= 2)
    .map(([type, en, zh]) => ({ type: type ?? '', en: en ?? '', zh: zh ?? '' }));
}

const EN_CLAUSE_END = /(?<=[,;:])\s+/u;
const ZH_CLAUSE_END = /(?<=[，；：])/u;

/** Clauses of both sides (each clause keeps its trailing punctuation). */
function clauses(unit: TextPair): { en: string[]; zh: string[] } {
  return { en: unit.en.split(EN_CLAUSE_END).filter(Boolean), zh: unit.zh.split(ZH_CLAUSE_END).filter(Boolean) };
}

const joinEn = (parts: readonly string[]): string => parts.join(' ');
const joinZh = (parts: readonly string[]): string => parts.join('');
/** The clause index of `side` at the same share as `at` of `of` clauses, inside [low, side.length - high]. */
const sameShare = (at: number, of: number, length: number, low = 1, high = 1): number => Math.max(low, Math.min(length - high, Math.round((at / of) * length)));

/** Makes variants of base units (see the file comment). */
export class VariantMaker {
  private readonly random: () => number;
  private readonly base: readonly TextPair[];
  private readonly parts: readonly { en: string[]; zh: string[] }[];
  private readonly namesByType: ReadonlyMap<string, readonly NamePair[]>;
  private readonly namesIn: readonly (readonly NamePair[])[];

  constructor(random: () => number, base: readonly TextPair[], names: readonly NamePair[]) {
    this.random = random;
    this.base = base;
    this.parts = base.map(clauses);
    const byType = new Map<string, NamePair[]>();
    for (const name of names) (byType.get(name.type) ?? byType.set(name.type, []).get(name.type))?.push(name);
    this.namesByType = byType;
    // Names each base unit holds on both sides (looked up once).
    this.namesIn = base.map((unit) => names.filter((name) => unit.en.includes(name.en) && unit.zh.includes(name.zh)));
  }

  private pickIndex(): number {
    return Math.floor(this.random() * this.base.length);
  }

  /** One variant. */
  next(): TextPair {
    const a = this.pickIndex();
    let b = this.pickIndex();
    if (b === a) b = (a + 1) % this.base.length;
    const A = this.parts[a] as { en: string[]; zh: string[] };
    const B = this.parts[b] as { en: string[]; zh: string[] };
    const op = this.random();
    let variant: TextPair;
    if (op < 0.5 && A.en.length > 1 && B.en.length > 1) variant = this.recombine(A, B);
    else if (op < 0.75) variant = this.insertClause(A, B);
    else variant = this.dropAndAppend(A, B);
    const names = [...(this.namesIn[a] ?? []), ...(this.namesIn[b] ?? [])];
    return this.swapNumbers(this.swapNames(variant, names));
  }

  /** The first clauses of A, then the last clauses of B. */
  private recombine(A: { en: string[]; zh: string[] }, B: { en: string[]; zh: string[] }): TextPair {
    const i = 1 + Math.floor(this.random() * (A.en.length - 1));
    const j = 1 + Math.floor(this.random() * (B.en.length - 1));
    const iz = A.zh.length > 1 ? sameShare(i, A.en.length, A.zh.length) : A.zh.length;
    const jz = B.zh.length > 1 ? sameShare(j, B.en.length, B.zh.length) : 0;
    return { en: joinEn([...A.en.slice(0, i), ...B.en.slice(j)]), zh: joinZh([...A.zh.slice(0, iz), ...B.zh.slice(jz)]) };
  }

  /** A with one clause of B inserted at a clause boundary (or at either end). */
  private insertClause(A: { en: string[]; zh: string[] }, B: { en: string[]; zh: string[] }): TextPair {
    const k = Math.floor(this.random() * B.en.length);
    const kz = sameShare(k, B.en.length, B.zh.length, 0, 1);
    const at = Math.floor(this.random() * (A.en.length + 1));
    const atz = sameShare(at, A.en.length, A.zh.length, 0, 0);
    const en = [...A.en.slice(0, at), B.en[k] ?? '', ...A.en.slice(at)];
    const zh = [...A.zh.slice(0, atz), B.zh[kz] ?? '', ...A.zh.slice(atz)];
    return { en: joinEn(en), zh: joinZh(zh) };
  }

  /** A without one of its clauses (when it has several), then a clause of B appended. */
  private dropAndAppend(A: { en: string[]; zh: string[] }, B: { en: string[]; zh: string[] }): TextPair {
    const en = [...A.en];
    const zh = [...A.zh];
    if (en.length > 1 && zh.length > 1) {
      const d = Math.floor(this.random() * en.length);
      en.splice(d, 1);
      zh.splice(sameShare(d, A.en.length, zh.length, 0, 1), 1);
    }
    const k = Math.floor(this.random() * B.en.length);
    en.push(B.en[k] ?? '');
    zh.push(B.zh[sameShare(k, B.en.length, B.zh.length, 0, 1)] ?? '');
    return { en: joinEn(en), zh: joinZh(zh) };
  }

  /** Each name pair found on both sides swapped for another of its type, on both sides. */
  private swapNames(unit: TextPair, names: readonly NamePair[]): TextPair {
    let { en, zh } = unit;
    for (const name of names) {
      if (!en.includes(name.en) || !zh.includes(name.zh)) continue;
      const pool = this.namesByType.get(name.type) ?? [];
      const other = pool[Math.floor(this.random() * pool.length)];
      if (!other || other.en === name.en) continue;
      en = en.split(name.en).join(other.en);
      zh = zh.split(name.zh).join(other.zh);
    }
    return { en, zh };
  }

  /** Each ASCII number found on both sides replaced by another of as many digits, on both sides. */
  private swapNumbers(unit: TextPair): TextPair {
    let { en, zh } = unit;
    const numbers = new Set(en.match(/\d+/gu) ?? []);
    for (const number of numbers) {
      if (!zh.includes(number)) continue;
      let other = '';
      for (let d = 0; d < number.length; d++) other += String(d === 0 && number.length > 1 ? 1 + Math.floor(this.random() * 9) : Math.floor(this.random() * 10));
      const pattern = new RegExp(`(?<!\\d)${number}(?!\\d)`, 'gu');
      en = en.replace(pattern, other);
      zh = zh.replace(pattern, other);
    }
    return { en, zh };
  }
}

/**
 * A memory of `size` units: the base units (in order), then distinct
 * variants. Units are `{id: 'r<n>', en, zh}`.
 */
export function buildRealMemory(random: () => number, text: RealText, size: number): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  const seen = new Set<string>();
  const add = (pair: TextPair): void => {
    const key = `${pair.en}\u0000${pair.zh}`;
    if (seen.has(key) || pair.en.trim() === '' || pair.zh.trim() === '') return;
    seen.add(key);
    units.push({ id: `r${units.length}`, en: pair.en, zh: pair.zh });
  };
  for (const unit of text.base) {
    if (units.length >= size) break;
    add(unit);
  }
  const maker = new VariantMaker(random, text.base, text.names);
  while (units.length < size) add(maker.next());
  return units;
}
