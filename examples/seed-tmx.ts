// How is "Deputy Director-General of the Foreign Affairs Office" translated in the seed's memory?
// corpus/out/chongqing-fao-2022.en-zh.tmx is the TMX the main job (`npm run corpus`) builds from the seed text.
import { fileURLToPath } from 'node:url';
import { TranslationMemory } from 'bitext-tm';

const tm = await TranslationMemory.fromTmx(fileURLToPath(new URL('../corpus/out/chongqing-fao-2022.en-zh.tmx', import.meta.url)));
const hits = tm.concordance('Deputy Director-General of the Foreign Affairs Office');
console.log(hits.map((hit) => [hit.tuid, hit.target.includes('副主任')]));
//=> [['a1-u0', true], ['a4-u2', true], ['a7-u2', true]]

// A new sentence: the closest unit, in either direction and either script.
console.log(tm.lookup('Li Mingquan, Deputy Director-General of Chongqing FAO, presided over the meeting.').map((m) => [m.tuid, m.score, m.target]));
//=> [['a2-u2', 0.8333333333333334, '重庆市政府外办副主任周毅主持会议。']]
console.log(tm.lookup('重慶市政府外辦副主任周毅主持會議。').map((m) => [m.score, m.target]));
//=> [[1, 'Zhou Yi,Deputy Director-General of Chongqing FAO, presided over the meeting.']]
