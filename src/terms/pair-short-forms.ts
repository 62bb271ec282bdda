/**
 * Pairs derived from pairs already found: the Chinese short form without the
 * leading place name (重庆市政府外办 → 市政府外办, kept beside the full form
 * when both occur with the same English), and acronyms defined in brackets
 * ("… Foreign Countries (CPAFFC)" ↔ the long form's Chinese).
 */
import { analysisAt, type UnitAnalysis } from './analyze-unit';
import { englishKey } from './aggregate-terms';
import { findAcronymDefinitions } from './find-acronyms';
import { findEnglishSpan } from './find-english-span';
import type { PairContext } from './pair-context';
import type { TermProposal } from './term-proposal';

/** A derived pair is as strong as what it derives from, times this. Set by hand. */
const SHORT_FORM_FACTOR = 0.9;
const ABBREVIATION_FACTOR = 0.95;
/** Shortest short form kept, in characters (外办 alone is too generic to key on). */
const MIN_SHORT_FORM = 3;

/**
 * Short-form and abbreviation proposals.
 * @example pairShortForms(analyses, proposals, context).map((p) => p.zhHans) //=> ['市政府外办', …]
 */
export function pairShortForms(analyses: readonly UnitAnalysis[], proposals: readonly TermProposal[], context: PairContext): TermProposal[] {
  return [...shortForms(analyses, proposals, context), ...abbreviations(analyses, proposals)];
}

function shortForms(analyses: readonly UnitAnalysis[], proposals: readonly TermProposal[], context: PairContext): TermProposal[] {
  const out: TermProposal[] = [];
  const bestByPair = bestProposals(proposals.filter((p) => p.type === 'org' || p.type === 'title'));
  for (const p of bestByPair) {
    const place = leadingPlace(p, analysisAt(analyses, p.unit), proposals);
    if (place === undefined) continue;
    const short = p.zhHans.slice(place.length);
    if (Array.from(short).length < MIN_SHORT_FORM || context.glossIndex.stemsOf(short) !== undefined) continue;
    for (const a of analyses) {
      const enSpan = findEnglishSpan(a.unit.en, p.en);
      if (enSpan === undefined) continue;
      let at = a.hans.indexOf(short);
      while (at !== -1 && a.hans.slice(0, at).endsWith(place)) at = a.hans.indexOf(short, at + 1);
      if (at === -1) continue;
      out.push({ ...p, zhHans: short, unit: a.index, method: 'short-form', score: p.score * SHORT_FORM_FACTOR, enSpan, hansSpan: { start: at, end: at + short.length } });
    }
  }
  return out;
}

/** The place name the Chinese form starts with, when the same unit pairs it as a place of the English term. */
function leadingPlace(p: TermProposal, analysis: UnitAnalysis, proposals: readonly TermProposal[]): string | undefined {
  for (const place of proposals) {
    if (place.unit !== p.unit || place.type !== 'place') continue;
    if (place.hansSpan.start !== p.hansSpan.start || place.hansSpan.end >= p.hansSpan.end) continue;
    if (place.enSpan.start < p.enSpan.start || place.enSpan.end > p.enSpan.end) continue;
    return analysis.hans.slice(place.hansSpan.start, place.hansSpan.end);
  }
  return undefined;
}

function abbreviations(analyses: readonly UnitAnalysis[], proposals: readonly TermProposal[]): TermProposal[] {
  const out: TermProposal[] = [];
  const units = analyses.map((a) => a.unit);
  const best = bestProposals(proposals);
  for (const d of findAcronymDefinitions(units)) {
    const longKey = englishKey(d.words.join(' '));
    for (const p of best) {
      if (englishKey(p.en).replace(/[^a-z0-9 ]/gu, '') !== longKey.replace(/[^a-z0-9 ]/gu, '')) continue;
      for (const a of analyses) {
        const enAt = a.unit.en.search(new RegExp(`\\b${d.acronym}\\b`, 'u'));
        const zhAt = a.hans.indexOf(p.zhHans);
        if (enAt === -1 || zhAt === -1) continue;
        out.push({ ...p, en: d.acronym, unit: a.index, method: 'abbreviation', score: p.score * ABBREVIATION_FACTOR, enSpan: { start: enAt, end: enAt + d.acronym.length }, hansSpan: { start: zhAt, end: zhAt + p.zhHans.length } });
      }
    }
  }
  return out;
}

/** The best-scored proposal of each (type, English, Chinese) pair. */
function bestProposals(proposals: readonly TermProposal[]): TermProposal[] {
  const best = new Map<string, TermProposal>();
  for (const p of proposals) {
    const key = `${p.type}\t${englishKey(p.en)}\t${p.zhHans}`;
    const b = best.get(key);
    if (!b || p.score > b.score) best.set(key, p);
  }
  return [...best.values()];
}
