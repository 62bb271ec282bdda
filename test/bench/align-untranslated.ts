/**
 * Dev texts with sentences that have no translation, for measuring what the
 * lead's news job needs (an untranslated sentence must come out as 1-0 or
 * 0-1, not glued to a neighbour's bead). Built deterministically from a gold
 * text: in 5% of the 1-1 gold beads the translation is deleted (a 1-0 bead),
 * and after 5% of the beads an English sentence from another text is
 * inserted (a 0-1 bead). The gold beads are renumbered to match.
 */
import type { BeadLink } from '../../src/align/eval/bead-file';
import type { GoldText } from './align-data';
import { seededRandom } from '../helpers/seeded-random';

/**
 * A copy of `text` with untranslated sentences on the English side, taking
 * inserted sentences from `foreign` (English sentences of another text).
 * @example withUntranslated(text, foreignSentences, 1).gold.filter((b) => b.target.length === 0).length // ≈ 5% of the 1-1 beads
 */
export function withUntranslated(text: GoldText, foreign: readonly string[], seed: number): GoldText {
  const next = seededRandom(seed);
  const sourceIsZh = text.sourceLang === 'zh';
  const zh = sourceIsZh ? text.source : text.target;
  const en = sourceIsZh ? text.target : text.source;
  const newEn: string[] = [];
  const gold: BeadLink[] = [];
  let foreignIndex = Math.floor(next() * foreign.length);
  for (const bead of text.gold) {
    const [zs, es] = sourceIsZh ? [bead.source, bead.target] : [bead.target, bead.source];
    const drop = zs.length === 1 && es.length === 1 && next() < 0.05;
    const enIndices: number[] = [];
    if (!drop) {
      for (const e of es) {
        enIndices.push(newEn.length);
        newEn.push(en[e] ?? '');
      }
    }
    if (zs.length > 0 || enIndices.length > 0) gold.push(sourceIsZh ? { source: zs, target: enIndices } : { source: enIndices, target: zs });
    if (next() < 0.05 && foreign.length > 0) {
      const inserted = newEn.length;
      newEn.push(foreign[foreignIndex % foreign.length] ?? '');
      foreignIndex += 7;
      gold.push(sourceIsZh ? { source: [], target: [inserted] } : { source: [inserted], target: [] });
    }
  }
  return {
    ...text,
    set: `${text.set}+untranslated`,
    source: sourceIsZh ? [...zh] : newEn,
    target: sourceIsZh ? newEn : [...zh],
    gold,
  };
}
