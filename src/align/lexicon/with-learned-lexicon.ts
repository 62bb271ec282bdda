/** The second pass's lexicon: learned from the first pass, added to the document. */
import type { BandAlignment } from '../dp/align-band';
import type { AlignDocument } from '../evidence/describe-document';
import { learnLexicon, type ResidualBead } from './learn-lexicon';
import type { LexicalScore } from '../cost/lexical-score';
import { itemConcepts, withLearnedWords } from '../evidence/sentence-evidence';
import { at } from '../../checked';

/**
 * Only first-pass beads at least this confident are learned from. This and the
 * two thresholds below were chosen by a sweep of four settings on mac-dev + aca
 * (0.5/0.7/0.9 confidence, count 2–3, Dice 0.2–0.3): all within ±0.005 F1.
 */
const LEARN_MIN_CONFIDENCE = 0.5;
/** A learned translation pair must co-occur in this many first-pass beads … */
const LEARN_MIN_COUNT = 3;
/** … with at least this Dice coefficient. */
const LEARN_MIN_DICE = 0.3;

/**
 * Step 4 of alignment (optional): learn from the residue of the first pass's
 * confident beads (learn-lexicon.ts) and give the Chinese words their learned
 * translations, for a second pass.
 */
export function withLearnedLexicon(
  document: AlignDocument,
  pass: BandAlignment,
  confidence: readonly number[],
  lexical: LexicalScore,
  sourceIsZh: boolean,
): AlignDocument {
  const conceptsOf = new Map<number, number[][]>();
  const concepts = (sentence: number): number[][] => {
    let list = conceptsOf.get(sentence);
    if (!list) {
      const evidence = document.en[sentence];
      list = evidence ? itemConcepts(evidence) : [];
      conceptsOf.set(sentence, list);
    }
    return list;
  };
  const residue: ResidualBead[] = [];
  pass.beads.forEach((bead, k) => {
    if (at(confidence, k, 'withLearnedLexicon: confidence') < LEARN_MIN_CONFIDENCE || bead.source.length === 0 || bead.target.length === 0) return;
    const [zh, en] = sourceIsZh ? [bead.source, bead.target] : [bead.target, bead.source];
    const matchedItems = new Set<string>();
    const english = new Set<number>();
    // Both sides hold a sentence (checked above).
    lexical.forEachItem(at(zh, 0, 'withLearnedLexicon: first zh'), at(zh, zh.length - 1, 'withLearnedLexicon: last zh') + 1, at(en, 0, 'withLearnedLexicon: first en'), at(en, en.length - 1, 'withLearnedLexicon: last en') + 1, (side, _kind, matched, _chance, sentence, item) => {
      if (side === 'zh') {
        if (matched) matchedItems.add(`${sentence}:${item}`);
      } else if (!matched) {
        for (const concept of concepts(sentence)[item] ?? []) english.add(concept);
      }
    });
    // Chinese words whose item went unmatched, or that made no item at all.
    const words = new Set<number>();
    for (const s of zh) {
      const recorded = document.zh[s]?.words;
      if (!recorded) continue;
      recorded.concepts.forEach((word, w) => {
        if (!matchedItems.has(`${s}:${recorded.items[w]}`)) words.add(word);
      });
    }
    residue.push({ words, concepts: english });
  });
  const learned = learnLexicon(residue, { minCount: LEARN_MIN_COUNT, minDice: LEARN_MIN_DICE });
  return { ...document, zh: document.zh.map((sentence) => withLearnedWords(sentence, learned)) };
}

