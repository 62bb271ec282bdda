// Align English and Chinese sentences into beads (1-1, 1-2, 2-1, …, 1-0, 0-1), each with a confidence.
// This file runs without CC-CEDICT; examples/build-corpus.ts aligns the same news item
// with it (`{ lexicon: prepareAlignLexicon(loadLexicon()) }`), which is what you want
// for real work.
import {
  alignSentences,
  type Bead,
  createSentencePairScorer,
  DEFAULT_ALIGN_MODEL,
  DEFAULT_ALIGN_OPTIONS,
  DEFAULT_BEAD_STEPS,
  splitSentences,
} from 'bitext-tm';

// Any two lists of sentences; `source` and `target` hold sentence indices.
console.log(alignSentences(['他来了。', '我们走吧。'], ['He came.', "Let's go."], { sourceLang: 'zh', targetLang: 'en' }).map((b) => [b.source, b.target]));
//=> [[[0], [0]], [[1], [1]]]

// A news item: the Chinese splits the second English sentence in two, and the
// English ends with a source line that has no translation.
const en = splitSentences(
  'The China (Chongqing)–Belarus Economic, Trade and Investment Forum was held online on November 15th, 2022. ' +
    'It was co-hosted by Wang Wen, Director-General of the Foreign Affairs Office, and Dmitry Emelyanov, Consul-General of Belarus in Chongqing. ' +
    'Nearly 50 companies from both sides attended the forum.\n\nSource: Chongqing Foreign Affairs Office',
  'en',
).map((s) => s.text);
const zh = splitSentences(
  '2022年11月15日，中國（重慶）—白俄羅斯經貿投資論壇以線上形式舉行。論壇由重慶市政府外辦主任王雯主持。白俄羅斯駐重慶總領事葉梅利亞諾夫共同主持。雙方近50家企業代表出席論壇。',
  'zh',
).map((s) => s.text);
console.log([en.length, zh.length]);
//=> [4, 4]

const summary = (beads: Bead[]): unknown[] => beads.map((b) => [b.source, b.target, Number(b.confidence.toFixed(2))]);

// Without a lexicon the aligner has lengths, numbers, names and punctuation only. It
// finds the 1-1 and the 1-2 bead, but glues the source line to the last pair, and
// the confidence says to check those beads (with CC-CEDICT: [[2], [3]] and [[3], []]).
console.log(summary(alignSentences(en, zh)));
//=> [[[0], [0], 0.97], [[1], [1, 2], 0.54], [[2, 3], [3], 0.48]]
console.log([DEFAULT_ALIGN_OPTIONS.lexicon, DEFAULT_ALIGN_OPTIONS.bandWidth, DEFAULT_ALIGN_OPTIONS.skipPenalty]);
//=> [undefined, 8, 0]

// Options: DEFAULT_ALIGN_OPTIONS lists them all. Text with many untranslated sentences
// (news with source lines and photo credits) wants a lower skip penalty: here -4 makes the
// source line a 1-0 bead, as CC-CEDICT does.
console.log(summary(alignSentences(en, zh, { skipPenalty: -4 })));
//=> [[[0], [0], 0.95], [[1], [1, 2], 0.26], [[2], [3], 0.4], [[3], [], 0.48]]

// A softer confidence (higher temperature), the fitted rest of the model kept.
console.log(summary(alignSentences(en, zh, { model: { ...DEFAULT_ALIGN_MODEL, temperature: 2 } })));
//=> [[[0], [0], 0.93], [[1], [1, 2], 0.44], [[2, 3], [3], 0.39]]

// Bead types: without the 1-4 and 4-1 beads nothing changes here. Confidence is relative to
// the steps allowed: with 1-1 beads and skips only, three wrong 1-1 beads look certain.
console.log(summary(alignSentences(en, zh, { beadSteps: DEFAULT_BEAD_STEPS.filter((step) => step !== 'bead1to4' && step !== 'bead4to1') })));
//=> [[[0], [0], 0.97], [[1], [1, 2], 0.54], [[2, 3], [3], 0.48]]
console.log(summary(alignSentences(en, zh, { beadSteps: DEFAULT_BEAD_STEPS.filter((step) => step === 'bead1to1' || step.startsWith('skip')) })));
//=> [[[0], [0], 1], [[1], [1], 0.97], [[2], [2], 0.95], [[3], [3], 0.96]]

// Lengths only (lexical: false): every bead becomes a 1-1.
console.log(summary(alignSentences(en, zh, { lexical: false })));
//=> [[[0], [0], 0.81], [[1], [1], 0.37], [[2], [2], 0.48], [[3], [3], 0.76]]

// One side empty: every sentence of the other side is a skip.
console.log(alignSentences(en.slice(0, 2), []).map((b) => [b.source, b.target]));
//=> [[[0], []], [[1], []]]

// Is this a translation of that? A probability in [0, 1]. Without a lexicon only numbers
// and names speak: 50 ↔ 50 here, so the score stays well below a cautious 0.9.
const score = createSentencePairScorer();
console.log(Number(score('Nearly 50 companies from both sides attended the forum.', '雙方近50家企業代表出席論壇。').toFixed(2)));
//=> 0.7
