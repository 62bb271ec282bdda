// The review report of a corpus: colours derived from the confidence threshold, and the
// Chinese shown as in the source with the TMX's script one click away.
import { buildCorpus, DEFAULT_REPORT_OPTIONS, ingest, renderReport } from 'bitext-tm';

const text = `On May 3rd, 2023, the forum opened in Chongqing. Nearly 50 companies took part.
2023年5月3日，論壇在重慶開幕。近50家企業參加。`;
const corpus = buildCorpus(ingest({ kind: 'mixed', source: { name: 'forum.txt', text } }), { confidenceThreshold: 0.9 });

console.log(DEFAULT_REPORT_OPTIONS);
//=> { zhLang: 'zh-CN' }

// The legend's bands follow the threshold: above 0.9 in the TMX, 0.5-0.9 kept out but more
// likely right than wrong (orange, not red), below 0.5 more likely wrong (red).
const html = renderReport(corpus);
console.log([...html.matchAll(/data-band="(\w+)" data-min="([\d.]+)"/gu)].map((m) => [m[1], Number(m[2])]));
//=> [['high', 0.95], ['good', 0.9], ['check', 0.5], ['low', 0]]

// The source is Traditional; the TMX of `build` (zh-CN) holds Simplified: the page says so
// and carries both, with a switch.
console.log(html.includes('shown as in the source: Traditional'), html.includes('論壇在重慶開幕'), html.includes('论坛在重庆开幕'));
//=> [true, true, true]

// A TMX written with --zh-lang zh-TW keeps Traditional: nothing to switch to.
const kept = renderReport(corpus, { zhLang: 'zh-TW' });
console.log(kept.includes('id="show-tmx-script"'), kept.includes('论坛在重庆开幕'));
//=> [false, false]
