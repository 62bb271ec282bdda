/**
 * The evidence of a corpus pair as numbers, for the confidence model: how
 * completely the best unit explains the pair on each side, by which kinds of
 * link, how often the pair recurs and how consistently the English is given
 * this Chinese, and what the English looks like.
 */
import type { LinkMethod } from '../links/link';
import type { TermUnit } from '../units/analyze-term-unit';
import type { CorpusPair } from './collect-pairs';
import type { UnitPair } from './project-candidate';

/** Feature names, in the order of the vector {@link pairFeatures} returns. */
export const PAIR_FEATURES = [
  'enCoverage',
  'zhCoverage',
  'bothCovered',
  'logUnits',
  'consistency',
  'linkScore',
  'name',
  'dictionary',
  'pinyin',
  'transliteration',
  'identity',
  'number',
  'shapeName',
  'shapeHeaded',
  'shapeTitle',
  'nestedOnly',
  'oneWord',
  'oneCommonWord',
  'uncertainStart',
  'oneHanChar',
  'logRenderings',
  'logSources',
  'acronym',
  'cue',
  'allCapitalised',
  'latinChinese',
  'commonChineseWord',
  'properChineseWord',
  'peopleSuffix',
  'coordinated',
  'known',
  'zhCutsWord',
  'unlinkedEnglish',
  'unlinkedChinese',
  'wholeChunk',
  'association',
  'nestedName',
] as const;

/** One feature's name. */
export type PairFeature = (typeof PAIR_FEATURES)[number];

/**
 * The feature vector of a corpus pair.
 */
export function pairFeatures(pair: CorpusPair, units: readonly TermUnit[]): number[] {
  const best = bestOccurrence(pair.occurrences);
  const candidate = best.candidate;
  const unit = units[best.unit];
  if (unit === undefined) throw new Error(`No unit ${best.unit} for a pair.`);
  const tokens = unit.tokens.slice(candidate.start, candidate.end);
  const methods = new Set<LinkMethod>(pair.occurrences.flatMap((o) => o.methods));
  const oneWord = candidate.end - candidate.start === 1;
  // The Chinese is one dictionary word: a name (proper pinyin) or a common noun (增值税 "VAT").
  const wholeWord = unit.hits.find((h) => h.start === best.zh.start && h.end === best.zh.end);
  const values: Record<PairFeature, number> = {
    enCoverage: best.enCoverage,
    zhCoverage: best.zhCoverage,
    bothCovered: best.enCoverage === 1 && best.zhCoverage === 1 ? 1 : 0,
    logUnits: Math.log(pair.occurrences.length),
    consistency: pair.occurrences.length / Math.max(pair.occurrences.length, pair.englishUnits),
    linkScore: meanLinkScore(best),
    name: methods.has('name') ? 1 : 0,
    dictionary: methods.has('dictionary') ? 1 : 0,
    pinyin: methods.has('pinyin') ? 1 : 0,
    transliteration: methods.has('transliteration') ? 1 : 0,
    identity: methods.has('identity') ? 1 : 0,
    number: methods.has('number') ? 1 : 0,
    shapeName: candidate.shape === 'name' ? 1 : 0,
    shapeHeaded: candidate.shape === 'headed' ? 1 : 0,
    shapeTitle: candidate.shape === 'title' ? 1 : 0,
    // A name inside a longer one ("Laos" of "Ambassador of Laos") is a name; a piece of a
    // headed name ("National Army" of "Libyan National Army") usually is not.
    nestedOnly: pair.englishUnnestedUnits === 0 && candidate.shape !== 'name' ? 1 : 0,
    oneWord: oneWord ? 1 : 0,
    oneCommonWord: oneWord && tokens[0]?.common === true ? 1 : 0,
    uncertainStart: candidate.uncertainStart ? 1 : 0,
    oneHanChar: Array.from(pair.zhHans).filter((c) => /\p{sc=Han}/u.test(c)).length <= 1 ? 1 : 0,
    logRenderings: Math.log(pair.renderings),
    logSources: Math.log(pair.sources),
    acronym: oneWord && tokens[0]?.acronym === true ? 1 : 0,
    cue: candidate.cue === undefined ? 0 : 1,
    allCapitalised: tokens.every((t) => t.capitalised || t.acronym || t.number || t.connector || t.particle) ? 1 : 0,
    latinChinese: /^[\p{Script=Latin}\d\s.&'’-]+$/u.test(pair.zhHans) ? 1 : 0,
    commonChineseWord: wholeWord?.entry.proper === false ? 1 : 0,
    properChineseWord: wholeWord?.entry.proper === true ? 1 : 0,
    peopleSuffix: /[人徒者派]$/u.test(pair.zhHans) ? 1 : 0,
    coordinated: candidate.coordinated ? 1 : 0,
    known: methods.has('known') ? 1 : 0,
    zhCutsWord: cutsCommonWord(unit, best.zh.start, best.zh.end) ? 1 : 0,
    unlinkedEnglish: Math.min(3, Math.round((1 - best.enCoverage) * contentWords(tokens))),
    unlinkedChinese: Math.min(4, Math.round((1 - best.zhCoverage) * Array.from(pair.zhHans).length)),
    wholeChunk: candidate.nested ? 0 : 1,
    association: methods.has('association') ? 1 : 0,
    nestedName: pair.englishUnnestedUnits === 0 && candidate.shape === 'name' ? 1 : 0,
  };
  return PAIR_FEATURES.map((name) => values[name]);
}

/** True when a common dictionary word of two or more characters crosses an edge of [start, end). */
function cutsCommonWord(unit: TermUnit, start: number, end: number): boolean {
  return unit.hits.some(
    (h) => h.end - h.start >= 2 && !h.entry.proper && ((h.start < start && start < h.end) || (h.start < end && end < h.end)),
  );
}

function contentWords(tokens: readonly { readonly connector: boolean; readonly capitalised: boolean; readonly particle: boolean }[]): number {
  return tokens.filter((t) => !(t.connector && !t.capitalised) && !t.particle).length;
}

/** The occurrence that explains the pair best. */
export function bestOccurrence(occurrences: readonly UnitPair[]): UnitPair {
  let best = occurrences[0];
  if (best === undefined) throw new Error('A corpus pair without occurrences.');
  for (const o of occurrences) if (o.enCoverage + o.zhCoverage + meanLinkScore(o) > best.enCoverage + best.zhCoverage + meanLinkScore(best)) best = o;
  return best;
}

/** Mean strength of the links that make a unit pair, weighted by the English words each covers. */
function meanLinkScore(pair: UnitPair): number {
  let weight = 0;
  let total = 0;
  for (const link of pair.links) {
    const w = link.en.end - link.en.start;
    weight += w;
    total += w * link.score;
  }
  return weight === 0 ? 0 : total / weight;
}
