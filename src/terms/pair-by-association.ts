/**
 * Association over the corpus (Dice over aligned units, Smadja et al. 1996):
 * a pair whose two sides occur in the same units and rarely apart is
 * supported by every unit they share. It adds evidence to pairs other
 * methods found, and pairs foreign names that sound too different for the
 * transliteration method alone (Khamphao Ernthavanh ↔ 坎葆·恩塔万) when they
 * co-occur in several units and still sound alike.
 */
import { analysisAt, type UnitAnalysis } from './analyze-unit';
import { englishKey } from './aggregate-terms';
import { findEnglishSpan } from './find-english-span';
import type { PairContext } from './pair-context';
import type { TermProposal } from './term-proposal';
import { transliterationSimilarity } from './transliteration-similarity';

/**
 * Least Dice coefficient, and least number of shared units, for association
 * to count: one shared unit proves nothing in a corpus of paragraphs.
 */
export const MIN_DICE = 0.8;
export const MIN_SHARED_UNITS = 2;
/** Least sound similarity for a name paired by association alone (half the transliteration method's). */
const MIN_NAME_SIMILARITY = 0.5;
/** Score of one shared unit: supporting evidence, never enough alone for the termbase. */
const SUPPORT_SCORE = 0.6;
const NAME_BASE = 0.5;
const NAME_WEIGHT = 0.25;

/**
 * Association proposals over all units.
 * @example pairByAssociation(analyses, proposals, context).filter((p) => p.en === 'Khamphao Ernthavanh').length //=> 3
 */
export function pairByAssociation(analyses: readonly UnitAnalysis[], proposals: readonly TermProposal[], context: PairContext): TermProposal[] {
  return [...supportKnownPairs(analyses, proposals), ...pairUnexplainedNames(analyses, proposals, context)];
}

/** English keys of the units' English sides, computed once per analyses array. */
const englishKeys = new WeakMap<readonly UnitAnalysis[], readonly string[]>();

/** Units holding each side, by plain text search. */
function occurrences(analyses: readonly UnitAnalysis[], en: string, zhHans: string): { en: number[]; zh: number[]; both: number[] } {
  const key = englishKey(en);
  let keys = englishKeys.get(analyses);
  if (!keys) {
    keys = analyses.map((a) => englishKey(a.unit.en));
    englishKeys.set(analyses, keys);
  }
  const enUnits: number[] = [];
  const zhUnits: number[] = [];
  const both: number[] = [];
  for (const a of analyses) {
    // `keys` has one key per analysis, at its index; the fallback computes the same key.
    const hasEn = (keys[a.index] ?? englishKey(a.unit.en)).includes(key);
    const hasZh = a.hans.includes(zhHans);
    if (hasEn) enUnits.push(a.index);
    if (hasZh) zhUnits.push(a.index);
    if (hasEn && hasZh) both.push(a.index);
  }
  return { en: enUnits, zh: zhUnits, both };
}

function dice(o: { en: readonly number[]; zh: readonly number[]; both: readonly number[] }): number {
  return (2 * o.both.length) / Math.max(1, o.en.length + o.zh.length);
}

function supportKnownPairs(analyses: readonly UnitAnalysis[], proposals: readonly TermProposal[]): TermProposal[] {
  const out: TermProposal[] = [];
  const seen = new Set<string>();
  for (const p of proposals) {
    const key = `${p.type}\t${englishKey(p.en)}\t${p.zhHans}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const o = occurrences(analyses, p.en, p.zhHans);
    if (o.both.length < MIN_SHARED_UNITS || dice(o) < MIN_DICE) continue;
    for (const u of o.both) {
      const a = analysisAt(analyses, u);
      const enSpan = findEnglishSpan(a.unit.en, p.en);
      const zhStart = a.hans.indexOf(p.zhHans);
      if (enSpan === undefined) continue;
      out.push({ ...p, unit: u, method: 'association', score: SUPPORT_SCORE, enSpan, hansSpan: { start: zhStart, end: zhStart + p.zhHans.length } });
    }
  }
  return out;
}

/** Bare English names and Chinese transliteration runs that no proposal explains, paired by co-occurrence. */
function pairUnexplainedNames(analyses: readonly UnitAnalysis[], proposals: readonly TermProposal[], context: PairContext): TermProposal[] {
  const explainedEn = new Set(proposals.map((p) => englishKey(p.en)));
  const explainedZh = new Set(proposals.map((p) => p.zhHans));
  const names = new Map<string, string>();
  const runs = new Set<string>();
  for (const a of analyses) {
    for (const c of a.english) if (c.kind === 'name' && c.tokens.length > 1 && !explainedEn.has(englishKey(c.text))) names.set(englishKey(c.text), c.text);
    for (const c of a.chinese) if (c.source === 'transliteration' && !explainedZh.has(c.text) && context.glossIndex.stemsOf(c.text) === undefined) runs.add(c.text);
  }
  const out: TermProposal[] = [];
  for (const name of [...names.values()].sort()) {
    for (const run of [...runs].sort()) {
      const similarity = transliterationSimilarity(name, run, context.readings);
      if (similarity < MIN_NAME_SIMILARITY) continue;
      const o = occurrences(analyses, name, run);
      if (o.both.length < MIN_SHARED_UNITS || dice(o) < MIN_DICE) continue;
      for (const u of o.both) {
        const a = analysisAt(analyses, u);
        const enSpan = findEnglishSpan(a.unit.en, name);
        const zhStart = a.hans.indexOf(run);
        if (enSpan === undefined) continue;
        const hansSpan = { start: zhStart, end: zhStart + run.length };
        out.push({ type: 'person', en: name, zhHans: run, unit: u, method: 'association', score: NAME_BASE + NAME_WEIGHT * similarity, enSpan, hansSpan });
      }
    }
  }
  return out;
}
