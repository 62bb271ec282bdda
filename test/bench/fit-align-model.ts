/**
 * Fit the aligner's model on the dev gold sets and print it (npm run fit:align).
 *
 *   1. By counting, in general terms (align-fit.ts): bead-type priors,
 *      Gale–Church variance, genuine match rate per kind of evidence item.
 *   2. By a small grid on strict F1: the weights the counts cannot give
 *      (length weight, skip penalty, unsupported-sentence penalty; the lexical
 *      weight stays 0.5, see align-model.ts). Scored on the dev texts as they
 *      are AND with untranslated sentences added (align-untranslated.ts): the
 *      dev sets hold almost none, real input does, and the skip penalty is
 *      about exactly that.
 *   3. By log loss of confidence against strict correctness: the temperature.
 *
 * Usage: tsx test/bench/fit-align-model.ts [mac-dev|aca|both]   (default both)
 * Prints the fitted model as JSON, and F1 on each set (the set it was not
 * fitted on is the honest number).
 */
import { loadLexicon } from '../../src/lexicon/load-lexicon';
import { prepareAlignLexicon } from '../../src/align/align-lexicon';
import type { AlignModel } from '../../src/align/align-model';
import { scoreAlignment } from '../../src/align/eval/score-alignment';
import { beadKey, loadGoldSet, requireShared } from './align-data';
import { fitAlignModel } from './align-fit';
import { alignPrepared, prepareText, type PreparedText } from './align-run';
import { fitPairConstants, fitPairScore, labelledPairs } from './align-fit-pair';
import { withUntranslated } from './align-untranslated';
import type { GoldText } from './align-data';

/** The grid of step 2 (kept small: three knobs, a few values each). */
const GRID = {
  lengthWeight: [0.5, 0.7, 1],
  skipPenalty: [-2, 0, 2],
  unsupportedPenalty: [0, 1, 2],
} as const;
const TEMPERATURES = [0.75, 1, 1.25, 1.5, 2, 2.5, 3];

requireShared('fit:align');
const fitOn = process.argv[2] ?? 'both';
const lexicon = prepareAlignLexicon(loadLexicon());
const sets = { 'mac-dev': loadGoldSet('mac-dev'), aca: loadGoldSet('aca') };
if (fitOn !== 'both' && !Object.hasOwn(sets, fitOn)) throw new Error(`unknown set ${fitOn}; expected mac-dev, aca or both`);
const fitTexts = fitOn === 'both' ? [...sets['mac-dev'], ...sets.aca] : sets[fitOn as keyof typeof sets];
const prepared = { 'mac-dev': sets['mac-dev'].map((t) => prepareText(t, lexicon)), aca: sets.aca.map((t) => prepareText(t, lexicon)) };
const fitPrepared = fitOn === 'both' ? [...prepared['mac-dev'], ...prepared.aca] : prepared[fitOn as keyof typeof prepared];

const f1 = (texts: readonly PreparedText[], model: AlignModel): number =>
  scoreAlignment(texts.map((p) => ({ gold: p.text.gold, test: alignPrepared(p, model) }))).strict.f1;

// 1. Counting.
let model = fitAlignModel(fitTexts, lexicon);
// 2. Grid: best mean F1 over the fitted sets, each as it is and with untranslated
// sentences (foreign sentences come from the other set), every set weighing the same.
const englishOf = (t: GoldText): string[] => (t.sourceLang === 'zh' ? t.target : t.source);
const untranslated = {
  'mac-dev': sets['mac-dev'].map((t, k) => prepareText(withUntranslated(t, englishOf(sets.aca[0] as GoldText), k + 1), lexicon)),
  aca: sets.aca.map((t, k) => prepareText(withUntranslated(t, englishOf(sets['mac-dev'][0] as GoldText), k + 11), lexicon)),
};
const fitNames = fitOn === 'both' ? (['mac-dev', 'aca'] as const) : ([fitOn] as const);
const fitSets = fitNames.flatMap((name) => [prepared[name as keyof typeof prepared], untranslated[name as keyof typeof untranslated]]);
let best = { score: -1, model };
for (const lengthWeight of GRID.lengthWeight) {
  for (const skipPenalty of GRID.skipPenalty) {
    for (const unsupportedPenalty of GRID.unsupportedPenalty) {
      const candidate = { ...model, lengthWeight, skipPenalty, unsupportedPenalty };
      const score = fitSets.reduce((sum, texts) => sum + f1(texts, candidate), 0) / fitSets.length;
      if (score > best.score) best = { score, model: candidate };
    }
  }
}
model = best.model;
// 3. Temperature: lowest log loss of confidence vs strict correctness.
let bestLoss = { loss: Number.POSITIVE_INFINITY, temperature: 1 };
for (const temperature of TEMPERATURES) {
  let loss = 0;
  let count = 0;
  for (const p of fitPrepared) {
    const gold = new Set(p.text.gold.map(beadKey));
    for (const bead of alignPrepared(p, { ...model, temperature })) {
      const c = Math.min(1 - 1e-6, Math.max(1e-6, bead.confidence));
      loss -= gold.has(beadKey(bead)) ? Math.log(c) : Math.log(1 - c);
      count++;
    }
  }
  if (loss / count < bestLoss.loss) bestLoss = { loss: loss / count, temperature };
}
model = { ...model, temperature: bestLoss.temperature };

console.log(`fitted on ${fitOn}`);
console.log(JSON.stringify(model, null, 2));
console.log(
  `strict F1: mac-dev ${f1(prepared['mac-dev'], model).toFixed(3)}, aca ${f1(prepared.aca, model).toFixed(3)}, ` +
    `with untranslated sentences: mac-dev ${f1(untranslated['mac-dev'], model).toFixed(3)}, aca ${f1(untranslated.aca, model).toFixed(3)}`,
);
console.log(`confidence log loss ${bestLoss.loss.toFixed(3)} at temperature ${bestLoss.temperature}`);

// 4. The pair scorer's constants and logistic weights (sentence-pair-scorer.ts).
const pairParameters = fitPairScore(labelledPairs(fitTexts), lexicon, model, fitPairConstants(fitTexts, lexicon, model));
console.log(`pair scorer: ${JSON.stringify(pairParameters)}`);
