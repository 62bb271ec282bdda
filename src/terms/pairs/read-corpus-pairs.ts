/**
 * Term pairs over the whole corpus, in two passes. The first reads each unit
 * on its own. From it the corpus learns: pairs some unit explains completely
 * and strongly (certain pairs), acronyms it defines in brackets, and
 * associations between words nothing else explains. The second pass reads
 * every unit again with that knowledge as extra links, so a pair found
 * clearly once helps wherever else it occurs.
 */
import type { TranslationUnit } from '../../types';
import { findAcronymDefinitions } from '../english/find-acronym-definitions';
import { associationLinks, learnAssociations, unitLeftovers } from '../links/association-links';
import { createKnownPairs, knownLinks } from '../links/known-links';
import type { TermUnit } from '../units/analyze-term-unit';
import { collectPairs, countCandidates, type CorpusPair } from './collect-pairs';
import { bestOccurrence } from './pair-features';
import { pairAnalyzedUnits, readUnitPairs, type UnitPairResources } from './read-unit-pairs';

/** The corpus pairs and the analyzed units they point into. */
export interface CorpusPairReading {
  readonly units: readonly TermUnit[];
  readonly pairs: readonly CorpusPair[];
}

/**
 * A pair is certain when one unit explains it completely on both sides with
 * links at least this strong on average (dictionary names, pinyin, a whole
 * gloss), and its English stands on its own somewhere.
 */
const CERTAIN_LINK_SCORE = 0.8;

/**
 * Read the corpus pairs. `userPairs` are (English, Simplified Chinese) pairs
 * of the user's own termbase: known from the start.
 */
export function readCorpusPairs(
  units: readonly TranslationUnit[],
  resources: UnitPairResources,
  userPairs: readonly (readonly [string, string])[],
): CorpusPairReading {
  const acronyms = definedAcronyms(units);
  const user = createKnownPairs(userPairs, acronyms);
  // 1. Each unit on its own (with the user's pairs, when there are any).
  const first = readUnitPairs(units, resources, userPairs.length > 0 ? (unit) => knownLinks(unit, user) : undefined);
  const firstPairs = collectPairs(first.pairs, countCandidates(first.units.map((u) => u.candidates)));
  // 2. What the corpus teaches.
  const known = createKnownPairs([...userPairs, ...certainPairs(firstPairs)], acronyms);
  const associations = learnAssociations(first.units.map((unit, i) => unitLeftovers(unit, first.links[i] ?? [])));
  // 3. Every unit again, with that knowledge.
  const second = pairAnalyzedUnits(first.units, resources, (unit) => [...knownLinks(unit, known), ...associationLinks(unit, associations)], first);
  return { units: second.units, pairs: collectPairs(second.pairs, countCandidates(second.units.map((u) => u.candidates))) };
}

/** Acronym (lower case) → phrase key of the long form, first definition wins. */
function definedAcronyms(units: readonly TranslationUnit[]): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const unit of units) {
    for (const definition of findAcronymDefinitions(unit.en)) {
      const key = definition.acronym.toLowerCase();
      if (!acronyms.has(key)) acronyms.set(key, definition.longForm.join(' '));
    }
  }
  return acronyms;
}

/** The pairs of the first pass that some unit explains completely and strongly. */
function certainPairs(pairs: readonly CorpusPair[]): [string, string][] {
  const certain: [string, string][] = [];
  for (const pair of pairs) {
    if (pair.englishUnnestedUnits === 0) continue;
    const best = bestOccurrence(pair.occurrences);
    const mean = best.links.reduce((n, l) => n + l.score, 0) / Math.max(1, best.links.length);
    if (best.enCoverage === 1 && best.zhCoverage === 1 && mean >= CERTAIN_LINK_SCORE) certain.push([best.candidate.text, pair.zhHans]);
  }
  return certain;
}
