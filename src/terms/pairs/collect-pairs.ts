/**
 * Gather the pairs read off every unit into corpus pairs: one per English
 * form (case and spacing aside) and Simplified Chinese form, with what the
 * corpus says about it: in how many units, how well each unit explained it,
 * how often the English appears with another Chinese or none.
 */
import { englishTermKey } from '../termbase/term-key';
import type { UnitPair } from './project-candidate';

/** One English–Chinese pair over the corpus, before it is scored. */
export interface CorpusPair {
  readonly key: string;
  readonly enKey: string;
  readonly zhHans: string;
  /** The pair in each unit that has it (one per unit: the best). */
  readonly occurrences: readonly UnitPair[];
  /** Units where the English form is a candidate at all. */
  readonly englishUnits: number;
  /** Units where the English form is a candidate that is not inside a longer name. */
  readonly englishUnnestedUnits: number;
  /** Distinct Chinese forms paired with this English form. */
  readonly renderings: number;
  /** Distinct English forms paired with this Chinese form. */
  readonly sources: number;
}

/** What the corpus counts of English candidates, by key. */
export interface CandidateCounts {
  /** Units with the candidate, and units with it not nested in a longer name. */
  readonly units: ReadonlyMap<string, { readonly all: number; readonly unnested: number }>;
}

/**
 * Count, per English key, the units where it is a candidate.
 * @example countCandidates([[{ text: 'Libya', nested: false }]]).units.get('libya') //=> { all: 1, unnested: 1 }
 */
export function countCandidates(candidatesByUnit: readonly (readonly { readonly text: string; readonly nested: boolean }[])[]): CandidateCounts {
  const units = new Map<string, { all: number; unnested: number }>();
  for (const candidates of candidatesByUnit) {
    const seen = new Map<string, boolean>();
    for (const c of candidates) {
      const key = englishTermKey(c.text);
      seen.set(key, (seen.get(key) ?? false) || !c.nested);
    }
    for (const [key, unnested] of seen) {
      const count = units.get(key) ?? { all: 0, unnested: 0 };
      count.all++;
      if (unnested) count.unnested++;
      units.set(key, count);
    }
  }
  return { units };
}

/**
 * Collect unit pairs into corpus pairs.
 */
export function collectPairs(unitPairs: readonly UnitPair[], counts: CandidateCounts): CorpusPair[] {
  const groups = new Map<string, UnitPair[]>();
  for (const pair of unitPairs) {
    const key = `${englishTermKey(pair.candidate.text)}\t${pair.zhHans}`;
    const list = groups.get(key);
    if (list) list.push(pair);
    else groups.set(key, [pair]);
  }
  const renderings = new Map<string, Set<string>>();
  const sources = new Map<string, Set<string>>();
  for (const key of groups.keys()) {
    const [en = '', zh = ''] = key.split('\t');
    addTo(renderings, en, zh);
    addTo(sources, zh, en);
  }
  const pairs: CorpusPair[] = [];
  for (const [key, list] of groups) {
    const [enKey = '', zhHans = ''] = key.split('\t');
    const count = counts.units.get(enKey) ?? { all: 0, unnested: 0 };
    pairs.push({
      key,
      enKey,
      zhHans,
      occurrences: bestPerUnit(list),
      englishUnits: count.all,
      englishUnnestedUnits: count.unnested,
      renderings: renderings.get(enKey)?.size ?? 1,
      sources: sources.get(zhHans)?.size ?? 1,
    });
  }
  return pairs;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** One pair per unit: the one that explains most. */
function bestPerUnit(list: readonly UnitPair[]): UnitPair[] {
  const best = new Map<number, UnitPair>();
  for (const pair of list) {
    const known = best.get(pair.unit);
    if (known === undefined || pair.enCoverage + pair.zhCoverage > known.enCoverage + known.zhCoverage) best.set(pair.unit, pair);
  }
  return [...best.values()].sort((a, b) => a.unit - b.unit);
}
