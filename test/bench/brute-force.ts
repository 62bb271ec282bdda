/**
 * The reference for the benchmark: a length-pruned brute-force scan with
 * fastest-levenshtein, over the same tokens as the memory (each distinct
 * token key becomes one UTF-16 code unit, so a string distance is a token
 * distance). Independent of the index, the candidate filter and the banded
 * edit distance under test.
 */
import { distance } from 'fastest-levenshtein';
import { tokenizeForMatch } from '../../src/tm/tokenize-for-match';
import type { Lang, TranslationUnit } from '../../src/types';

/** A unit and its score. */
export interface BruteMatch {
  readonly unit: number;
  readonly score: number;
}

export class BruteForce {
  private readonly codes = new Map<string, string>();
  private readonly encoded: Record<Lang, string[]>;

  constructor(units: readonly TranslationUnit[]) {
    this.encoded = { en: units.map((u) => this.encode(u.en)), zh: units.map((u) => this.encode(u.zh)) };
  }

  /** Distinct token keys seen. */
  get keyCount(): number {
    return this.codes.size;
  }

  encode(text: string): string {
    let out = '';
    for (const token of tokenizeForMatch(text)) {
      let code = this.codes.get(token.key);
      if (code === undefined) {
        let point = 0x100 + this.codes.size;
        if (point >= 0xd800) point += 0x800; // skip the surrogate range
        if (point > 0xffff) throw new Error('More distinct tokens than one UTF-16 code unit can name');
        code = String.fromCharCode(point);
        this.codes.set(token.key, code);
      }
      out += code;
    }
    return out;
  }

  /** The best `limit` units scoring ≥ minScore (score descending, then unit index). */
  search(text: string, lang: Lang, minScore: number, limit: number): BruteMatch[] {
    const query = this.encode(text);
    const m = query.length;
    const found: BruteMatch[] = [];
    const side = this.encoded[lang];
    for (let unit = 0; unit < side.length; unit++) {
      const stored = side[unit] ?? '';
      const longer = Math.max(m, stored.length);
      // Length pruning: the length difference alone is a lower bound on the distance.
      if (longer > 0 && 1 - Math.abs(m - stored.length) / longer < minScore) continue;
      const score = longer === 0 ? 1 : 1 - distance(query, stored) / longer;
      if (score >= minScore) found.push({ unit, score });
    }
    found.sort((a, b) => b.score - a.score || a.unit - b.unit);
    return found.slice(0, limit);
  }
}
