// The README's first example: raw bilingual text in, translation units (and every other output) out.
import { build } from 'bitext-tm';

const text = `On May 3rd, 2023, the forum opened in Chongqing. Nearly 50 companies took part.
2023年5月3日，論壇在重慶開幕。近50家企業參加。`;
// What `bitext-tm build` does; CC-CEDICT loads on first use, then stays loaded.
const result = build({ kind: 'mixed', source: { name: 'news.txt', text } });

console.log(result.corpus.units.map((unit) => [unit.en, unit.zh, unit.status]));
//=> [['On May 3rd, 2023, the forum opened in Chongqing.', '2023年5月3日，論壇在重慶開幕。', 'accepted'],
//    ['Nearly 50 companies took part.', '近50家企業參加。', 'accepted']]
console.log(result.files.find((file) => file.name === 'news.tmx')?.content.includes('<seg>近50家企业参加。</seg>'));
//=> true
