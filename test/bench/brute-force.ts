/**
 * The reference for the benchmark: a length-pruned brute-force scan with
 * fastest-levenshtein, over the same tokens as the memory. Independent of the
 * index, the candidate filters and the banded edit distance under test.
 *
 * fastest-levenshtein compares UTF-16 code units, so each token key becomes
 * one code unit. There are fewer code units (63k) than keys in a large memory
 * (personal names are an open vocabulary), so the most frequent keys get their
 * own code and the rest share one OVERFLOW code. That stays exact: a distance
 * only ever compares a query token with a unit token, and a query token never
 * equals OVERFLOW — when the query itself holds overflow keys, they get
 * private codes, and the few units holding those same keys are re-encoded
 * with them for that query.
 */
import { distance } from 'fastest-levenshtein';
import { tokenizeForMatch } from '../../src/tm/tokens/tokenize-for-match';
import type { Lang, TranslationUnit } from '../../src/types';

/** A unit and its score. */
export interface BruteMatch {
  readonly unit: number;
  readonly score: number;
}

const FIRST_CODE = 0x100;
/** Private codes for a query's overflow keys (at most this many per query). */
const PRIVATE_CODES = 256;
const OVERFLOW = String.fromCharCode(0xffff);

/** Code point of the n-th code, skipping the surrogate range. */
const codeAt = (n: number): number => {
  const point = FIRST_CODE + n;
  return point >= 0xd800 ? point + 0x800 : point;
};
/** Codes for keys: everything below the private block at the top. */
const KEY_CODES = 0xffff - 0x800 - FIRST_CODE - PRIVATE_CODES;

const keysOf = (text: string): string[] => tokenizeForMatch(text).map((token) => token.key);

export class BruteForce {
  private readonly codes = new Map<string, string>();
  private readonly encoded: Record<Lang, string[]>;
  private readonly keys: Record<Lang, (readonly string[])[]> = { en: [], zh: [] };
  /** Units (per language) holding each overflow key. */
  private readonly overflowUnits = new Map<string, { lang: Lang; unit: number }[]>();

  constructor(units: readonly TranslationUnit[]) {
    const frequency = new Map<string, number>();
    for (const lang of ['en', 'zh'] as const) {
      for (const unit of units) {
        const keys = keysOf(unit[lang]);
        for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
      }
    }
    [...frequency.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, KEY_CODES)
      .forEach(([key], n) => this.codes.set(key, String.fromCharCode(codeAt(n))));
    this.encoded = { en: [], zh: [] };
    for (const lang of ['en', 'zh'] as const) {
      units.forEach((unit, index) => {
        const keys = keysOf(unit[lang]);
        this.encoded[lang].push(this.encodeKeys(keys));
        if (keys.some((key) => !this.codes.has(key))) {
          this.keys[lang][index] = keys;
          for (const key of new Set(keys)) {
            if (this.codes.has(key)) continue;
            let list = this.overflowUnits.get(key);
            if (!list) this.overflowUnits.set(key, (list = []));
            list.push({ lang, unit: index });
          }
        }
      });
    }
  }

  private encodeKeys(keys: readonly string[], privateCodes?: ReadonlyMap<string, string>): string {
    let out = '';
    for (const key of keys) out += this.codes.get(key) ?? privateCodes?.get(key) ?? OVERFLOW;
    return out;
  }

  /** Score of two encoded texts (1 − distance / longer length). */
  score(a: string, b: string): number {
    const longer = Math.max(a.length, b.length);
    return longer === 0 ? 1 : 1 - distance(a, b) / longer;
  }

  /** Score of two texts, exactly as the memory scores them. */
  scoreTexts(a: string, b: string): number {
    const aKeys = keysOf(a);
    const bKeys = keysOf(b);
    const local = new Map<string, string>();
    for (const key of [...aKeys, ...bKeys]) if (!this.codes.has(key) && !local.has(key)) local.set(key, String.fromCharCode(0xffff - 1 - local.size));
    return this.score(this.encodeKeys(aKeys, local), this.encodeKeys(bKeys, local));
  }

  /** The best `limit` units scoring ≥ minScore (score descending, then unit index). */
  search(text: string, lang: Lang, minScore: number, limit: number): BruteMatch[] {
    const queryKeys = keysOf(text);
    const privateCodes = new Map<string, string>();
    for (const key of queryKeys) {
      if (this.codes.has(key) || privateCodes.has(key)) continue;
      if (privateCodes.size >= PRIVATE_CODES) throw new Error('Too many rare tokens in one query');
      privateCodes.set(key, String.fromCharCode(0xffff - 1 - privateCodes.size));
    }
    const query = this.encodeKeys(queryKeys, privateCodes);
    // Units holding one of the query's overflow keys are re-encoded with its private codes.
    const reencoded = new Map<number, string>();
    for (const key of privateCodes.keys()) {
      for (const holder of this.overflowUnits.get(key) ?? []) {
        if (holder.lang === lang) reencoded.set(holder.unit, this.encodeKeys(this.keys[lang][holder.unit] ?? [], privateCodes));
      }
    }
    const m = query.length;
    const found: BruteMatch[] = [];
    const side = this.encoded[lang];
    for (let unit = 0; unit < side.length; unit++) {
      const stored = reencoded.get(unit) ?? side[unit] ?? '';
      const longer = Math.max(m, stored.length);
      // Length pruning: the length difference alone is a lower bound on the distance.
      if (longer > 0 && 1 - Math.abs(m - stored.length) / longer < minScore) continue;
      const score = longer === 0 ? 1 : 1 - distance(query, stored) / longer;
      if (score >= minScore) found.push({ unit, score });
    }
    found.sort((a, b) => b.score - a.score || a.unit - b.unit);
    return found.slice(0, limit);
  }

  /** Mean token count of one side. */
  meanTokens(lang: Lang): number {
    const side = this.encoded[lang];
    return side.reduce((sum, text) => sum + text.length, 0) / Math.max(1, side.length);
  }
}
