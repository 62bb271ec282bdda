/**
 * Sentence alignment, English ↔ Chinese: the table of contents of the stage.
 * Each step's files sit in the sub-folder named beside it.
 *
 *   0. check the input                       check-align-input.ts
 *   1. describe both sides                   evidence/describe-document.ts
 *      (alignDescribed starts from sentences described already)
 *      (words → concept keys: concepts/; CC-CEDICT words: lexicon/)
 *   2. find anchors, estimate the length ratio, set the search band
 *                                            anchors/find-anchors.ts, anchors/length-ratio.ts, dp/search-band.ts
 *   3. DP in the band: fill, trace back       cost/bead-cost.ts, dp/align-band.ts
 *   4. (optional) learn a lexicon from the first pass, align again
 *                                            lexicon/with-learned-lexicon.ts, lexicon/learn-lexicon.ts
 *   5. confidence of each bead               dp/confidence.ts
 *
 * Beside the aligner: the pair scorer the corpus stage uses to pair blocks and
 * recover moved sentences (sentence-pair-scorer.ts), and the evaluation
 * against gold alignments (eval/).
 */
import type { Bead, Sentence } from '../types';
import { alignBand } from './dp/align-band';
import { type AlignOptions, DEFAULT_ALIGN_OPTIONS } from './align-options';
import { BEAD_TYPES } from './dp/bead-type';
import { createBeadCost } from './cost/bead-cost';
import { checkAlignInput } from './check-align-input';
import { beadConfidence } from './dp/confidence';
import type { SearchBand } from './dp/cost-table';
import { type AlignDocument, alignDocumentOf, describeDocument } from './evidence/describe-document';
import type { DescribedTexts } from './evidence/sentence-description';
import { type Anchor, findAnchors } from './anchors/find-anchors';
import { estimateLengthRatio } from './anchors/length-ratio';
import { bandAroundPath, fullBand } from './dp/search-band';
import { withLearnedLexicon } from './lexicon/with-learned-lexicon';
import { at } from '../checked';

/**
 * Concepts held by more Chinese sentences than this are not looked up when
 * searching anchors (they prove little and cost much). Chosen, not fitted:
 * anchor precision is 98.6% on mac-dev and 99.7% on aca (test/bench/align.md).
 */
const ANCHOR_MAX_POSTINGS = 50;
/** Anchors must share at least this much inverse document frequency (nats). Chosen like the above. */
const ANCHOR_MIN_SCORE = 6;

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
  const settings = alignSettings(options);
  const n = input.sourceTexts.length;
  const m = input.targetTexts.length;
  if (n === 0 || m === 0) return onlySkips(n, m);
  const sourceIsZh = input.sourceLang === 'zh';
  const [zhTexts, enTexts] = sourceIsZh ? [input.sourceTexts, input.targetTexts] : [input.targetTexts, input.sourceTexts];
  const describeOptions = { lexicon: settings.lexicon, names: settings.names, lengthUnit: settings.lengthUnit, learnable: settings.secondPass };
  return alignDocument(describeDocument(zhTexts, enTexts, describeOptions), sourceIsZh, settings);
}

/**
 * {@link alignSentences} for sentences described already (`describeTexts`
 * with the same `lexicon` and `names`), for a caller that describes a text
 * once and aligns parts of it: the corpus. The source is English unless
 * `options.sourceLang` is `'zh'`; the beads are those alignSentences gives
 * for the same texts.
 */
export function alignDescribed(described: DescribedTexts, options: AlignOptions = {}): Bead[] {
  const input = checkAlignInput([], [], options);
  const settings = alignSettings(options);
  const sourceIsZh = input.sourceLang === 'zh';
  const n = sourceIsZh ? described.zh.length : described.en.length;
  const m = sourceIsZh ? described.en.length : described.zh.length;
  if (n === 0 || m === 0) return onlySkips(n, m);
  return alignDocument(alignDocumentOf(described, { lexicon: settings.lexicon, lengthUnit: settings.lengthUnit, learnable: settings.secondPass }), sourceIsZh, settings);
}

type AlignSettings = Required<Omit<AlignOptions, 'lexicon'>> & { readonly lexicon: AlignOptions['lexicon'] };

function alignSettings(options: AlignOptions): AlignSettings {
  const merged = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const model = { ...merged.model, skipPenalty: options.skipPenalty ?? merged.model.skipPenalty };
  return { ...merged, model };
}

/** Steps 2–5 on a described text pair (both sides non-empty). */
function alignDocument(described: AlignDocument, sourceIsZh: boolean, settings: AlignSettings): Bead[] {
  let document = described;
  const n = sourceIsZh ? document.zh.length : document.en.length;
  const m = sourceIsZh ? document.en.length : document.zh.length;
  const types = settings.beadSteps.map((step) => BEAD_TYPES[step]);
  const costOptions = { sourceIsZh, lexical: settings.lexical };
  const anchors = findAnchors(document.zh, document.en, { maxPostings: ANCHOR_MAX_POSTINGS, minScore: ANCHOR_MIN_SCORE });
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
  return pass.beads.map((bead, k) => ({ source: bead.source, target: bead.target, cost: bead.cost, confidence: at(confidence, k, 'alignSentences: confidence') }));
}

/** Step 2: a band around the chain of anchors (each anchor is a 1-1 bead). */
function anchorBand(anchors: readonly Anchor[], n: number, m: number, sourceIsZh: boolean, width: number): SearchBand {
  const path = anchors.flatMap((anchor) => {
    const [i, j] = sourceIsZh ? [anchor.zh, anchor.en] : [anchor.en, anchor.zh];
    return [[i, j], [i + 1, j + 1]] as const;
  });
  return bandAroundPath(path, n, m, width);
}

/** With one side empty, every sentence of the other side is a skip. */
function onlySkips(n: number, m: number): Bead[] {
  const beads: Bead[] = [];
  for (let i = 0; i < n; i++) beads.push({ source: [i], target: [], cost: 0, confidence: 1 });
  for (let j = 0; j < m; j++) beads.push({ source: [], target: [j], cost: 0, confidence: 1 });
  return beads;
}
