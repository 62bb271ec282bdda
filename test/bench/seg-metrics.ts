/**
 * The metrics of ../shared/tools/seg_score.mjs, ported line by line so the
 * benchmark can score several splitters in one process: exact-paragraph rate,
 * micro-averaged boundary precision/recall/F1 on whitespace-free offsets,
 * recall by how the previous gold sentence ends, and the "altered" count.
 * test/bench/segment.md records the check that both give the same numbers.
 */
import { performance } from 'node:perf_hooks';

/** One scored item: a paragraph (jsonl) or a golden-rule case (json). */
export interface SegItem {
  readonly id?: string;
  readonly lang?: string;
  readonly text: string;
  readonly expected: readonly string[];
}

/** A splitter as seg_score.mjs calls it. */
export type Splitter = (text: string, lang: 'en' | 'zh') => readonly string[];

/** The numbers seg_score.mjs prints for one file. */
export interface FileScore {
  readonly items: number;
  readonly exactCount: number;
  readonly exact: number;
  readonly gold: number;
  readonly pred: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly altered: number;
  readonly errors: number;
  readonly recallByKind: Readonly<Record<string, { readonly n: number; readonly recall: number }>>;
  readonly misses: readonly { readonly id: string; readonly expected: string[]; readonly got: string[] }[];
}

const WS = /\s+/gu;
const nonws = (s: string): string => s.replace(WS, '');
const normSentences = (list: readonly string[]): string[] =>
  list.map((s) => s.replace(WS, ' ').trim()).filter((s) => s.length > 0);
const CLOSERS = '"\'”’」』）)]】》〉>»›';
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** seg_score's boundaryKind: how a gold sentence ends. */
export function boundaryKind(sentence: string): string {
  const t = sentence.trimEnd();
  const closer = t.length > 0 && CLOSERS.includes(t[t.length - 1]!);
  let core = t;
  while (core.length && (CLOSERS.includes(core[core.length - 1]!) || core[core.length - 1] === ' ')) core = core.slice(0, -1);
  const last = core.slice(-1);
  let k: string;
  if ('.!?。！？．'.includes(last) && last) k = 'terminal';
  else if (last === '…' || core.endsWith('...')) k = 'ellipsis';
  else if (last && ':：'.includes(last)) k = 'colon';
  else if (last && ';；'.includes(last)) k = 'semicolon';
  else if (last && ',，、'.includes(last)) k = 'comma';
  else if (last && '—–-―'.includes(last)) k = 'dash';
  else if (last && LETTER_OR_NUMBER.test(last)) k = 'none';
  else k = 'other';
  return closer && k !== 'none' ? `${k}+closer` : k;
}

/** seg_score's locate: start offsets (whitespace-free) of every sentence but the first. */
export function locate(text: string, sentences: readonly string[]): { starts: number[]; altered: boolean } {
  const T = nonws(text);
  const starts: number[] = [];
  let cursor = 0;
  let altered = nonws(sentences.join('')) !== T;
  let first = true;
  for (const s of sentences) {
    const p = nonws(s);
    if (!p) continue;
    let at = T.startsWith(p, cursor) ? cursor : -1;
    if (at < 0) {
      altered = true;
      const near = (x: number): boolean => x >= 0 && x - cursor <= Math.max(20, p.length);
      const found = T.indexOf(p, cursor);
      if (near(found)) at = found;
      else {
        const head = T.indexOf(p.slice(0, 8), cursor);
        at = near(head) ? head : cursor;
      }
    }
    if (!first && at > 0 && at < T.length) starts.push(at);
    first = false;
    cursor = Math.min(T.length, at + p.length);
  }
  return { starts, altered };
}

function goldBoundaries(item: SegItem): Map<number, string> {
  const { starts } = locate(item.text, item.expected);
  const kinds = new Map<number, string>();
  let k = 0;
  for (let i = 0; i < item.expected.length - 1; i++) {
    if (!nonws(item.expected[i + 1]!)) continue;
    if (k < starts.length) kinds.set(starts[k++]!, boundaryKind(item.expected[i]!));
  }
  return kinds;
}

/** seg_score's scoreFile, synchronous. `keepMisses` caps the non-exact items kept for display. */
export function scoreItems(split: Splitter, items: readonly SegItem[], lang: 'en' | 'zh', keepMisses = 0): FileScore {
  let exact = 0;
  let gold = 0;
  let pred = 0;
  let correct = 0;
  let altered = 0;
  let errors = 0;
  const byKind = new Map<string, { n: number; hit: number }>();
  const misses: { id: string; expected: string[]; got: string[] }[] = [];
  for (const item of items) {
    let got: readonly string[];
    try {
      got = split(item.text, lang);
    } catch {
      errors++;
      got = [item.text];
    }
    const g = goldBoundaries(item);
    const { starts, altered: alt } = locate(item.text, got);
    const p = new Set(starts);
    altered += alt ? 1 : 0;
    gold += g.size;
    pred += p.size;
    for (const [off, kind] of g) {
      const hit = p.has(off);
      correct += hit ? 1 : 0;
      const b = byKind.get(kind) ?? { n: 0, hit: 0 };
      b.n++;
      b.hit += hit ? 1 : 0;
      byKind.set(kind, b);
    }
    const e = normSentences(item.expected);
    const s = normSentences(got);
    const ok = e.length === s.length && e.every((x, i) => x === s[i]);
    exact += ok ? 1 : 0;
    if (!ok && misses.length < keepMisses) misses.push({ id: item.id ?? '?', expected: e, got: s });
  }
  const precision = pred ? correct / pred : gold ? 0 : 1;
  const recall = gold ? correct / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    items: items.length,
    exactCount: exact,
    exact: exact / items.length,
    gold,
    pred,
    correct,
    precision,
    recall,
    f1,
    altered,
    errors,
    recallByKind: Object.fromEntries(
      [...byKind].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => [k, { n: v.n, recall: v.hit / v.n }]),
    ),
    misses,
  };
}

/** Characters per second, as seg_score --speed measures: whole passes in rounds; best and median round. */
export interface SpeedScore {
  readonly chars: number;
  readonly passes: number;
  readonly seconds: number;
  readonly best: number;
  readonly median: number;
}

/** seg_score's timeIt: `rounds` rounds of whole passes over all texts, together at least `seconds`. */
export function timeSplitter(split: Splitter, texts: readonly string[], lang: 'en' | 'zh', seconds: number, rounds: number): SpeedScore {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const perRound = (seconds * 1000) / rounds;
  const rates: number[] = [];
  let passes = 0;
  let elapsed = 0;
  for (let r = 0; r < rounds; r++) {
    let rp = 0;
    let re = 0;
    while (rp === 0 || re < perRound) {
      const t0 = performance.now();
      for (const t of texts) {
        try {
          split(t, lang);
        } catch {
          // counted in scoring
        }
      }
      re += performance.now() - t0;
      rp++;
    }
    rates.push((chars * rp) / (re / 1000));
    passes += rp;
    elapsed += re;
  }
  const sorted = [...rates].sort((a, b) => a - b);
  return { chars, passes, seconds: elapsed / 1000, best: sorted[sorted.length - 1]!, median: sorted[Math.floor(sorted.length / 2)]! };
}
