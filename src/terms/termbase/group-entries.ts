/**
 * Concept entries: the variants of one name belong together, as a termbase
 * keeps them (one TBX `termEntry` with several terms per language). Pairs of
 * one type join an entry when they
 *
 * - share the English form (英国脱欧 / 英国退欧 for "Brexit"), for names;
 * - share the Chinese form ("WFP" / "World Food Programme" ↔ 世界粮食计划署);
 * - are a short form of the other on both sides: the part before "of …"
 *   ("Foreign Affairs Office" ↔ 外办 in "Foreign Affairs Office of the
 *   Chongqing Municipal Government" ↔ 重庆市政府外办), or a person's family
 *   name ("Dbeibah" ↔ 德贝巴赫 in "Abdul Hamid Dbeibah").
 *
 * Titles join only on the same English and Chinese (the same "president" is
 * 总统 for a country and 主席 for a committee: two concepts). A short form
 * that fits several longer names stays on its own.
 */
import type { Term, TermType } from '../../types';
import { phraseKey, phraseWords } from '../dictionary/phrase-key';

/** One concept: its id and the pairs (by index into the terms) that name it. */
export interface TermEntry {
  readonly id: string;
  readonly type: TermType;
  /** Indices into the terms list, in the list's order. */
  readonly terms: readonly number[];
}

/**
 * Group terms into entries. Returns the terms with their `entry` id set, and the entries.
 */
export function groupEntries(terms: readonly Term[]): { terms: Term[]; entries: TermEntry[] } {
  const parent = terms.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // English compared without articles, case or hyphens ("the Chongqing Municipal Government" ~ "Chongqing Municipal Government").
  const keys = terms.map((t) => {
    const en = phraseKey(phraseWords(t.en));
    return { en, singular: singularKey(en), zh: t.zhHans };
  });
  joinOnSharedForm(terms, keys, union);
  joinShortForms(terms, keys, union, find);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < terms.length; i++) {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
  const entries: TermEntry[] = [];
  const entryOf = new Array<string>(terms.length);
  for (const members of [...groups.values()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))) {
    const id = `e${entries.length + 1}`;
    const first = terms[members[0] ?? 0];
    if (first === undefined) continue;
    entries.push({ id, type: first.type, terms: members });
    for (const m of members) entryOf[m] = id;
  }
  return { terms: terms.map((t, i) => ({ ...t, entry: entryOf[i] ?? '' })), entries };
}

interface Keys {
  readonly en: string;
  readonly singular: string;
  readonly zh: string;
}

const NAME_TYPES: ReadonlySet<TermType> = new Set(['person', 'org', 'place', 'event']);

function joinOnSharedForm(terms: readonly Term[], keys: readonly Keys[], union: (a: number, b: number) => void): void {
  const byForm = new Map<string, number>();
  for (const [i, term] of terms.entries()) {
    const k = keys[i] as Keys;
    const forms = NAME_TYPES.has(term.type) ? [`en\t${term.type}\t${k.en}`, `zh\t${term.type}\t${k.zh}`] : [`both\t${k.singular}\t${k.zh}`];
    for (const form of forms) {
      const seen = byForm.get(form);
      if (seen === undefined) byForm.set(form, i);
      else union(seen, i);
    }
  }
}

/** Join a short form to the one longer name (same type) that contains it on both sides. */
function joinShortForms(terms: readonly Term[], keys: readonly Keys[], union: (a: number, b: number) => void, find: (i: number) => number): void {
  const byType = new Map<TermType, number[]>();
  for (const [i, term] of terms.entries()) {
    if (!NAME_TYPES.has(term.type)) continue;
    const list = byType.get(term.type);
    if (list) list.push(i);
    else byType.set(term.type, [i]);
  }
  for (const members of byType.values()) {
    for (const short of members) {
      const s = keys[short] as Keys;
      const hosts = new Set<number>();
      for (const long of members) {
        const l = keys[long] as Keys;
        if (long === short || l.zh.length <= s.zh.length || !l.zh.includes(s.zh)) continue;
        const type = (terms[short] as Term).type;
        if (l.en.startsWith(`${s.en} of `) || l.en.startsWith(`${s.en} for `) || (type === 'person' && l.en.endsWith(` ${s.en}`))) hosts.add(find(long));
      }
      const [host] = hosts;
      if (hosts.size === 1 && host !== undefined) union(short, host);
    }
  }
}

/** An English key without a plural ending, for titles ("foreign ministers" ~ "foreign minister"). */
function singularKey(key: string): string {
  return key.replace(/(?<=\w{3})s$/u, '');
}
