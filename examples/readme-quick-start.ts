// The README's first example: raw bilingual text in, translation units out.
import { buildCorpus, loadLexicon, prepareAlignLexicon } from 'bitext-tm';

const lexicon = prepareAlignLexicon(loadLexicon()); // CC-CEDICT for alignment: load once, reuse
const text = `On May 3rd, 2023, the forum opened in Chongqing. Nearly 50 companies took part.
2023年5月3日，論壇在重慶開幕。近50家企業參加。`;
const corpus = buildCorpus({ kind: 'mixed', source: { name: 'news.txt', text } }, { lexicon });

console.log(corpus.units.map((unit) => [unit.en, unit.zh, unit.status]));
//=> [['On May 3rd, 2023, the forum opened in Chongqing.', '2023年5月3日，論壇在重慶開幕。', 'accepted'],
//    ['Nearly 50 companies took part.', '近50家企業參加。', 'accepted']]
