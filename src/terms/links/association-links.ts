/**
 * Association over the corpus (Dice over aligned units with competitive
 * linking, after Smadja et al. 1996 and Melamed 2000): an English word of a
 * term candidate that nothing else explains, and a stretch of Chinese that
 * nothing else explains, which keep turning up in the same units and rarely
 * apart, translate each other ("Heineken" ↔ 喜力 when the corpus has it twice).
 * Learned from the first pass's leftovers; linked in the second pass.
 */
import { stemEnglish } from '../../align/concepts/stem-english';
import type { TermUnit } from '../units/analyze-term-unit';
import type { Link } from './link';

/** English word stem → the Chinese it is associated with, and how strongly (Dice). */
export type Associations = ReadonlyMap<string, { readonly zh: string; readonly dice: number }>;

/** Least units a pair must share: one shared unit proves nothing. */
const MIN_SHARED_UNITS = 2;
/** Least Dice coefficient for an association. */
const MIN_DICE = 0.6;
/** Lengths of the Chinese stretches considered, in characters. */
const MIN_ZH = 2;
const MAX_ZH = 4;
/** An association link is weaker than the dictionary's: from 0.4 at the least Dice to 0.8. */
const BASE_SCORE = 0.4;
const DICE_WEIGHT = 0.4;

/** One-character words that do not begin or end a term (与 and, 的 of, 在 at, …). */
const EDGE_FUNCTION_CHAR = /^[和与及当在由对向被把将是的了等说称请让给跟同从为以于而且或但则即也都就很更最又再还已]$/u;

/** What one unit leaves unexplained after the first pass. */
export interface Leftovers {
  /** Stems of candidate words no kept link explains. */
  readonly words: ReadonlySet<string>;
  /** Chinese stretches (2–4 Han characters) that no kept link touches. */
  readonly stretches: ReadonlySet<string>;
}

/**
 * The leftovers of one unit: candidate words without a link, Chinese without one.
 */
export function unitLeftovers(unit: TermUnit, kept: readonly Link[]): Leftovers {
  const linkedEn = new Set<number>();
  const linkedZh = new Set<number>();
  for (const link of kept) {
    for (let i = link.en.start; i < link.en.end; i++) linkedEn.add(i);
    for (let i = link.zh.start; i < link.zh.end; i++) linkedZh.add(i);
  }
  const words = new Set<string>();
  for (const candidate of unit.candidates) {
    for (let i = candidate.start; i < candidate.end; i++) {
      const token = unit.tokens[i];
      if (token === undefined || linkedEn.has(i) || token.connector || token.functionWord || token.number || token.lower.length < 3) continue;
      words.add(stemEnglish(token.lower));
    }
  }
  // Stretches that read as words: no common word cut at either edge, no function character at an edge.
  const commonWords = unit.hits.filter((h) => h.end - h.start >= 2 && !h.entry.proper);
  const cuts = (i: number): boolean => commonWords.some((w) => w.start < i && i < w.end);
  const stretches = new Set<string>();
  for (let start = 0; start < unit.hans.length; start++) {
    if (cuts(start) || EDGE_FUNCTION_CHAR.test(unit.hans.charAt(start))) continue;
    for (let length = MIN_ZH; length <= MAX_ZH && start + length <= unit.hans.length; length++) {
      const text = unit.hans.slice(start, start + length);
      if (!/^\p{sc=Han}+$/u.test(text)) break;
      let free = true;
      for (let i = start; i < start + length; i++) if (linkedZh.has(i)) free = false;
      if (!free) break;
      if (cuts(start + length) || EDGE_FUNCTION_CHAR.test(text.charAt(text.length - 1))) continue;
      stretches.add(text);
    }
  }
  return { words, stretches };
}

/**
 * Associations over the corpus: count how often each leftover word and each
 * leftover stretch share a unit, then link greedily by Dice, each word and
 * each stretch once.
 */
export function learnAssociations(leftovers: readonly Leftovers[]): Associations {
  const wordUnits = new Map<string, number>();
  const zhUnits = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const unit of leftovers) {
    for (const w of unit.words) wordUnits.set(w, (wordUnits.get(w) ?? 0) + 1);
    for (const z of unit.stretches) zhUnits.set(z, (zhUnits.get(z) ?? 0) + 1);
  }
  for (const unit of leftovers) {
    // Only words seen at least twice can reach the minimum; skip the rest early.
    const words = [...unit.words].filter((w) => (wordUnits.get(w) ?? 0) >= MIN_SHARED_UNITS);
    if (words.length === 0) continue;
    const stretches = [...unit.stretches].filter((z) => (zhUnits.get(z) ?? 0) >= MIN_SHARED_UNITS);
    for (const w of words) for (const z of stretches) shared.set(`${w}\t${z}`, (shared.get(`${w}\t${z}`) ?? 0) + 1);
  }
  const scored: { w: string; z: string; dice: number }[] = [];
  for (const [key, n] of shared) {
    if (n < MIN_SHARED_UNITS) continue;
    const [w = '', z = ''] = key.split('\t');
    const dice = (2 * n) / ((wordUnits.get(w) ?? n) + (zhUnits.get(z) ?? n));
    if (dice >= MIN_DICE) scored.push({ w, z, dice });
  }
  // Longer stretches first among equals: 喜力啤酒 over 喜力 when both always co-occur.
  scored.sort((a, b) => b.dice - a.dice || b.z.length - a.z.length || (a.w < b.w ? -1 : a.w > b.w ? 1 : a.z < b.z ? -1 : 1));
  const usedZh = new Set<string>();
  const associations = new Map<string, { zh: string; dice: number }>();
  for (const { w, z, dice } of scored) {
    if (associations.has(w) || usedZh.has(z)) continue;
    associations.set(w, { zh: z, dice });
    // A stretch and every piece of it are taken: 喜力啤酒 leaves neither 喜力 nor 啤酒 to another word.
    for (let a = 0; a < z.length; a++) for (let b = a + 1; b <= z.length; b++) usedZh.add(z.slice(a, b));
  }
  return associations;
}

/**
 * The association links of one unit: each candidate word with an association,
 * to every place its Chinese stands.
 */
export function associationLinks(unit: TermUnit, associations: Associations): Link[] {
  if (associations.size === 0) return [];
  const links: Link[] = [];
  for (const [i, token] of unit.tokens.entries()) {
    const found = associations.get(stemEnglish(token.lower));
    if (found === undefined) continue;
    for (let at = unit.hans.indexOf(found.zh); at !== -1; at = unit.hans.indexOf(found.zh, at + 1)) {
      links.push({ en: { start: i, end: i + 1 }, zh: { start: at, end: at + found.zh.length }, method: 'association', score: BASE_SCORE + DICE_WEIGHT * found.dice });
    }
  }
  return links;
}
