/**
 * Sentence alignment, English ↔ Chinese: the table of contents of the stage.
 *
 *   0. check the input                       check-align-input.ts
 *   1. describe both sides                   describe-document.ts
 *   2. find anchors, estimate the length ratio, set the search band
 *                                            find-anchors.ts, length-ratio.ts, search-band.ts
 *   3. DP in the band: fill, trace back       bead-cost.ts, align-band.ts
 *   4. (optional) learn a lexicon from the first pass, align again
 *                                            learn-lexicon.ts
 *   5. confidence of each bead               confidence.ts
 */
import type { Bead, Sentence } from '../types';
import { alignBand, type BandAlignment } from './align-band';
import { type AlignOptions, DEFAULT_ALIGN_OPTIONS } from './align-options';
import { BEAD_TYPES, type BeadType } from './bead-type';
import { createBeadCost } from './bead-cost';
import { checkAlignInput } from './check-align-input';
import { beadConfidence } from './confidence';
import type { SearchBand } from './cost-table';
import { type AlignDocument, describeDocument } from './describe-document';
import { type Anchor, findAnchors } from './find-anchors';
import { estimateLengthRatio } from './length-ratio';
import { learnLexicon, type ResidualBead } from './learn-lexicon';
import type { LexicalScore } from './lexical-score';
import { bandAroundPath, fullBand } from './search-band';
import { itemConcepts, withLearnedWords } from './sentence-evidence';

/**
 * Concepts held by more Chinese sentences than this are not looked up when
 * searching anchors (they prove little and cost much). Chosen, not fitted:
 * anchor precision on both dev sets is 99.7% (test/bench/align.md).
 */
const ANCHOR_MAX_POSTINGS = 50;
/** Anchors must share at least this much inverse document frequency (nats). Chosen like the above. */
const ANCHOR_MIN_SCORE = 6;
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
 * Align two lists of sentences into beads that cover every sentence exactly
 * once, in order (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-4, 4-1, and 1-0/0-1 for a
 * sentence without translation), each with a cost and a confidence in [0, 1].
 *
 * @param source - Source sentences (strings or `Sentence`s), in text order.
 * @param target - Target sentences.
 * @param options - Languages, the prepared lexicon, and more ({@link DEFAULT_ALIGN_OPTIONS}).
 * @returns Beads in order; `source`/`target` hold 0-based sentence indices.
 * @throws AlignError `ALIGN_INVALID_INPUT` or `ALIGN_UNKNOWN_LANG` for bad input.
 * @example
 * alignSentences(['他来了。', '我们走吧。'], ['He came.', "Let's go."], { sourceLang: 'zh', targetLang: 'en' })
 *   .map((b) => [b.source, b.target])
 * //=> [[[0], [0]], [[1], [1]]]
 */
export function alignSentences(
  source: readonly (string | Sentence)[],
  target: readonly (string | Sentence)[],
  options: AlignOptions = {},
): Bead[] {
  const input = checkAlignInput(source, target, options);
  const merged = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const model = { ...merged.model, skipPenalty: options.skipPenalty ?? merged.model.skipPenalty };
  const settings = { ...merged, model };
  const n = input.sourceTexts.length;
  const m = input.targetTexts.length;
  if (n === 0 || m === 0) return onlySkips(n, m);
  const sourceIsZh = input.sourceLang === 'zh';
  const types = settings.beadSteps.map((step) => BEAD_TYPES[step]);
  const describeOptions = { lexicon: settings.lexicon, names: settings.names, lengthUnit: settings.lengthUnit, learnable: settings.secondPass };
  let document = sourceIsZh
    ? describeDocument(input.sourceTexts, input.targetTexts, describeOptions)
    : describeDocument(input.targetTexts, input.sourceTexts, describeOptions);
  const costOptions = { sourceIsZh, lexical: settings.lexical };
  const anchors = findAnchors(document.zh, document.en, document.concepts.size, { maxPostings: ANCHOR_MAX_POSTINGS, minScore: ANCHOR_MIN_SCORE });
  document = { ...document, lengthRatio: estimateLengthRatio(document, anchors) };
  const band = Number.isFinite(settings.bandWidth) ? anchorBand(anchors, n, m, sourceIsZh, settings.bandWidth) : fullBand(n, m);
  const firstCost = createBeadCost(document, settings.model, types, { ...costOptions, band });
  let pass = alignBand(n, m, types, firstCost.cost, band);
  let confidence = beadConfidence(pass, types, settings.model.temperature);
  if (settings.secondPass && firstCost.lexical) {
    document = withLearnedLexicon(document, pass, confidence, firstCost.lexical, sourceIsZh);
    const pathBand = bandAroundPath(pass.beads.map((bead) => bead.end), n, m, Number.isFinite(settings.bandWidth) ? settings.bandWidth : Math.max(n, m));
    pass = alignBand(n, m, types, createBeadCost(document, settings.model, types, { ...costOptions, band: pathBand }).cost, pathBand);
    confidence = beadConfidence(pass, types, settings.model.temperature);
  }
  return pass.beads.map((bead, k) => ({ source: bead.source, target: bead.target, cost: bead.cost, confidence: confidence[k] ?? 0 }));
}

/** Step 2: a band around the chain of anchors (each anchor is a 1-1 bead). */
function anchorBand(anchors: readonly Anchor[], n: number, m: number, sourceIsZh: boolean, width: number): SearchBand {
  const path = anchors.flatMap((anchor) => {
    const [i, j] = sourceIsZh ? [anchor.zh, anchor.en] : [anchor.en, anchor.zh];
    return [[i, j], [i + 1, j + 1]] as const;
  });
  return bandAroundPath(path, n, m, width);
}

/**
 * Step 4: learn from the residue of the first pass's confident beads, and add
 * the learned pairs to the English sentences' concepts.
 */
function withLearnedLexicon(
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
    if ((confidence[k] ?? 0) < LEARN_MIN_CONFIDENCE || bead.source.length === 0 || bead.target.length === 0) return;
    const [zh, en] = sourceIsZh ? [bead.source, bead.target] : [bead.target, bead.source];
    const matchedItems = new Set<string>();
    const english = new Set<number>();
    lexical.forEachItem(zh[0] as number, (zh.at(-1) as number) + 1, en[0] as number, (en.at(-1) as number) + 1, (side, _kind, matched, _chance, sentence, item) => {
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

/** With one side empty, every sentence of the other side is a skip. */
function onlySkips(n: number, m: number): Bead[] {
  const beads: Bead[] = [];
  for (let i = 0; i < n; i++) beads.push({ source: [i], target: [], cost: 0, confidence: 1 });
  for (let j = 0; j < m; j++) beads.push({ source: [], target: [j], cost: 0, confidence: 1 });
  return beads;
}
