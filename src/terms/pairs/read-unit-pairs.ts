/**
 * The per-unit half of term extraction: analyze every unit, link its words
 * (dictionary, sound, form), keep the links that win, and read a pair off
 * each English candidate. What the corpus learns (acronyms, known pairs) comes
 * in as extra links.
 */
import { detectChineseScript } from '../../chinese/detect-script';
import type { TranslationUnit } from '../../types';
import type { TermDictionary } from '../dictionary/term-dictionary';
import type { EnglishWordFacts } from '../english/classify-tokens';
import { completeNames } from '../links/complete-names';
import { corpusNameChars } from '../links/corpus-name-chars';
import { dictionaryLinks } from '../links/dictionary-links';
import type { Link } from '../links/link';
import { literalLinks } from '../links/literal-links';
import { nameLinks, type NameLinkContext } from '../links/name-links';
import { selectLinks } from '../links/select-links';
import type { ReadingsOf } from '../links/pinyin-key';
import { analyzeTermUnit, type TermUnit } from '../units/analyze-term-unit';
import { projectCandidate, type UnitPair } from './project-candidate';

/** What reading unit pairs needs. */
export interface UnitPairResources {
  readonly dictionary: TermDictionary;
  readonly readings: ReadingsOf;
  /** Facts about English words of this corpus (common words, demonyms). */
  readonly facts: EnglishWordFacts;
}

/** Every unit analyzed, its selected links, and the pairs read off it. */
export interface UnitPairReading {
  readonly units: readonly TermUnit[];
  /** Per unit, the links read from the unit alone (dictionary, sound, form), before selection. */
  readonly ownLinks: readonly (readonly Link[])[];
  /** Per unit, the links selected. */
  readonly links: readonly (readonly Link[])[];
  readonly pairs: readonly UnitPair[];
  readonly nameContext: NameLinkContext;
}

/** Extra links for a unit, from what the corpus has taught (known pairs, acronyms). */
export type ExtraLinks = (unit: TermUnit) => Link[];

/**
 * Analyze and pair every unit.
 */
export function readUnitPairs(units: readonly TranslationUnit[], resources: UnitPairResources, extra?: ExtraLinks): UnitPairReading {
  const simplified = detectChineseScript(sampleChinese(units)) === 'simplified';
  const analyzed = units.map((unit, i) => analyzeTermUnit(unit, i, resources.dictionary, resources.facts, simplified));
  return pairAnalyzedUnits(analyzed, resources, extra);
}

/** Most characters of Chinese read to tell the corpus's script. */
const SCRIPT_SAMPLE_CHARS = 200_000;

/** Chinese of units spread over the corpus, up to the sample size. */
function sampleChinese(units: readonly TranslationUnit[]): string {
  const total = units.reduce((n, u) => n + u.zh.length, 0);
  const step = Math.max(1, Math.ceil(total / SCRIPT_SAMPLE_CHARS));
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += step) parts.push((units[i] as TranslationUnit).zh);
  return parts.join('\n');
}

/**
 * Pair units already analyzed. A second pass passes the first's reading as
 * `before`: the links that do not depend on what the corpus taught
 * (dictionary, sound, form) are the same, so they are reused, not redone.
 */
export function pairAnalyzedUnits(analyzed: readonly TermUnit[], resources: UnitPairResources, extra?: ExtraLinks, before?: UnitPairReading): UnitPairReading {
  const nameContext: NameLinkContext = before?.nameContext ?? {
    readings: resources.readings,
    transliterationChars: corpusNameChars(resources.dictionary.transliterationChars, analyzed.map((a) => a.hans)),
  };
  const ownLinks: (readonly Link[])[] = [];
  const links: Link[][] = [];
  const pairs: UnitPair[] = [];
  analyzed.forEach((unit, i) => {
    const own = before?.ownLinks[i] ?? [...dictionaryLinks(unit), ...nameLinks(unit, nameContext), ...literalLinks(unit, nameContext)];
    ownLinks.push(own);
    const proposed = extra ? [...own, ...extra(unit)] : own;
    // Names are completed before selection: a dictionary name (特朗普 "Donald Trump") stands
    // for the whole name the text writes (唐纳德·特朗普), whichever link wins.
    const completed = completeNames(unit, proposed, nameContext);
    const kept = selectLinks(completed);
    links.push(kept);
    for (const candidate of unit.candidates) {
      const pair = projectCandidate(unit, candidate, kept, completed);
      if (pair) pairs.push(pair);
    }
  });
  return { units: analyzed, ownLinks, links, pairs, nameContext };
}
