// The main job as a function: raw bilingual text in, translation units out. Also the
// other calls that need CC-CEDICT prepared for alignment: load it once, share it.
import {
  alignSentences,
  build,
  buildCorpus,
  DEFAULT_BUILD_OPTIONS,
  createSentencePairScorer,
  DEFAULT_CORPUS_OPTIONS,
  loadLexicon,
  PAIR_SCORE_PARAMETERS,
  prepareAlignLexicon,
  renderReport,
  VERSION,
  ingest,
  type BuildStep,
} from 'bitext-tm';

// `build` is `bitext-tm build` as a function: it loads CC-CEDICT on first use
// (a few seconds, then kept for the process) and returns every output and every issue.
const text = `On May 3rd, 2023, the forum opened in Chongqing. Nearly 50 companies took part.
2023年5月3日，論壇在重慶開幕。近50家企業參加。`;
const steps = new Set<BuildStep>();
const result = build({ kind: 'mixed', source: { name: 'news.txt', text } }, { onProgress: (progress) => steps.add(progress.step) });

console.log(result.corpus.units.map((unit) => [unit.en, unit.zh, unit.status]));
//=> [['On May 3rd, 2023, the forum opened in Chongqing.', '2023年5月3日，論壇在重慶開幕。', 'accepted'],
//    ['Nearly 50 companies took part.', '近50家企業參加。', 'accepted']]
console.log(result.files.map((file) => file.name));
//=> ['news.document.json', 'news.units.json', 'news.tmx', 'news.terms.tsv', 'news.terms.tbx',
//    'news.terms.review.tsv', 'news.report.html', 'news.issues.json']
console.log([...steps]);
//=> ['ingest', 'dictionaries', 'align', 'tmx', 'terms', 'report']
console.log(DEFAULT_BUILD_OPTIONS);
//=> { lexicon: 'cc-cedict', confidenceThreshold: 0.5, recoverMinScore: 0.9, zhLang: 'zh-CN' }

// Every stage's issues, each with its stage and its place in the input: here a form feed
// (pdftotext's page break) that cleaning replaced, and a sentence without translation.
const damaged = build({ kind: 'mixed', source: { name: 'damaged.txt', text: `The forum opened.\fNearly 50 companies took part.
論壇開幕。近50家企業參加。
Source: Chongqing Foreign Affairs Office` } });
console.log(damaged.issues.map((issue) => [issue.stage, issue.code, issue.place?.line, issue.place?.column]));
//=> [['ingest', 'INGEST_CONTROL_CHARACTER', 1, 18], ['corpus', 'CORPUS_UNALIGNED_SENTENCE', 3, 1], ['tmx', 'TMX_SCRIPT_CONVERTED', undefined, undefined]]

// The corpus stage alone, on a document you ingested (and maybe edited) yourself. A lexicon of
// your own replaces CC-CEDICT; 'none' aligns on lengths, numbers and names only.
const lexicon = prepareAlignLexicon(loadLexicon()); // a few seconds: once per process
console.log(lexicon.translations.has('友谊'));
//=> true
const corpus = buildCorpus(ingest({ kind: 'mixed', source: { name: 'news.txt', text } }), { lexicon });

console.log(corpus.units.map((unit) => [unit.en, unit.zh, unit.status]));
//=> [['On May 3rd, 2023, the forum opened in Chongqing.', '2023年5月3日，論壇在重慶開幕。', 'accepted'],
//    ['Nearly 50 companies took part.', '近50家企業參加。', 'accepted']]
console.log(corpus.summary.unaligned);
//=> { en: 0, zh: 0 }
console.log(corpus.generator === `bitext-tm ${VERSION}`);
//=> true

// Units below the confidence threshold go to review instead of the TMX; a sentence pair the
// monotone alignment skipped is recovered at or above recoverMinScore.
console.log(DEFAULT_CORPUS_OPTIONS);
//=> { lexicon: 'cc-cedict', confidenceThreshold: 0.5, recoverMinScore: 0.9 }

// A news item as sites publish it: an English paragraph, its Chinese translation,
// a caption line holding both languages, and a source line only in English.
const news = `The China (Chongqing)–Belarus Economic, Trade and Investment Forum was held online on November 15th, 2022. It was co-hosted by Wang Wen, Director-General of the Foreign Affairs Office, and Dmitry Emelyanov, Consul-General of Belarus in Chongqing.
2022年11月15日，中國（重慶）—白俄羅斯經貿投資論壇以線上形式舉行。論壇由重慶市政府外辦主任王雯主持。白俄羅斯駐重慶總領事葉梅利亞諾夫共同主持。
Nearly 50 business representatives attended the forum.雙方近50家企業代表出席論壇。
Source: Chongqing Foreign Affairs Office
`;
const forum = buildCorpus(ingest({ kind: 'mixed', source: { name: 'forum.en-zh.txt', text: news } }), { lexicon });

// Each unit: the pair, a confidence, how it was found, and where it came from.
console.log(forum.units.map((unit) => [unit.id, unit.origin.bead, Number(unit.confidence.toFixed(2)), unit.method, unit.status]));
//=> [['a0-u0', '1-1', 0.99, 'aligned', 'accepted'], ['a0-u1', '1-2', 0.84, 'aligned', 'accepted'], ['a0-u2', '1-1', 1, 'caption', 'accepted']]
console.log(forum.units[1]?.zh);
//=> '論壇由重慶市政府外辦主任王雯主持。白俄羅斯駐重慶總領事葉梅利亞諾夫共同主持。'
console.log(forum.units[1]?.origin);
//=> { document: 'forum.en-zh', article: 0, bead: '1-2', lines: { en: [1, 1], zh: [2, 2] },
//     spans: { en: { start: 107, end: 246 }, zh: { start: 284, end: 322 } } }

// Nothing is dropped silently: the source line is listed, with a reason.
console.log(forum.unaligned.map((u) => [u.sentence.text, u.sentence.line, u.reason]));
//=> [['Source: Chongqing Foreign Affairs Office', 4, 'its English block has no Chinese counterpart in this article']]
console.log(forum.summary);
//=> { articles: 1, sentences: { en: 4, zh: 4 }, units: { accepted: 3, review: 0 }, beadTypes: { '1-1': 2, '1-2': 1 },
//     meanConfidence: 0.9456, unaligned: { en: 1, zh: 0 }, confidenceThreshold: 0.5 }

// The review report: one self-contained HTML page, beads side by side, coloured by confidence.
const html = renderReport(forum);
console.log(html.startsWith('<!doctype html>'));
//=> true
console.log(html.includes('Source: Chongqing Foreign Affairs Office'));
//=> true

// The aligner and the pair scorer on their own, with the same lexicon (the news item of
// examples/align-sentences.ts: with CC-CEDICT the source line becomes a 1-0 bead).
console.log(
  alignSentences(
    [
      'The China (Chongqing)–Belarus Economic, Trade and Investment Forum was held online on November 15th, 2022.',
      'It was co-hosted by Wang Wen, Director-General of the Foreign Affairs Office, and Dmitry Emelyanov, Consul-General of Belarus in Chongqing.',
      'Nearly 50 companies from both sides attended the forum.',
      'Source: Chongqing Foreign Affairs Office',
    ],
    ['2022年11月15日，中國（重慶）—白俄羅斯經貿投資論壇以線上形式舉行。', '論壇由重慶市政府外辦主任王雯主持。', '白俄羅斯駐重慶總領事葉梅利亞諾夫共同主持。', '雙方近50家企業代表出席論壇。'],
    { lexicon },
  ).map((b) => [b.source, b.target, Number(b.confidence.toFixed(2))]),
);
//=> [[[0], [0], 1], [[1], [1, 2], 0.94], [[2], [3], 0.54], [[3], [], 0.54]]

const score = createSentencePairScorer({ lexicon });
console.log(Number(score('The forum was held online.', '论坛以线上形式举行。').toFixed(2)));
//=> 0.95

// A near miss that shares a word (forum ↔ 論壇) scores low, not zero:
console.log(Number(score('The forum was held online.', '論壇由重慶市政府外辦主任王雯主持。').toFixed(2)));
//=> 0.23

// A stricter scorer: shift the bias down by 1 (odds × 1/e for every pair).
const strict = createSentencePairScorer({ lexicon }, { ...PAIR_SCORE_PARAMETERS, bias: PAIR_SCORE_PARAMETERS.bias - 1 });
console.log(Number(strict('The forum was held online.', '论坛以线上形式举行。').toFixed(2)));
//=> 0.87
