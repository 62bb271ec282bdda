// The TSDoc examples of TranslationMemory, run: build, look up, concordance, bytes.
import { DEFAULT_CONCORDANCE_OPTIONS, DEFAULT_LOOKUP_OPTIONS, DEFAULT_TRANSLATION_MEMORY_OPTIONS, TranslationMemory } from 'bitext-tm';

const tm = TranslationMemory.fromUnits([
  { id: 'fao-22-4', en: 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.', zh: '重慶市政府外辦副主任周毅主持會議。' },
]);
console.log(tm.lookup('Li Mingquan, Deputy Director-General of Chongqing FAO, presided over the meeting.').map((m) => [m.tuid, m.score, m.target]));
//=> [['fao-22-4', 0.8333333333333334, '重慶市政府外辦副主任周毅主持會議。']]
console.log(tm.lookup('重庆市政府外办副主任周毅主持会议。').map((m) => [m.score, m.target]));
//=> [[1, 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.']]
console.log(tm.concordance('deputy director general').map((hit) => [hit.tuid, hit.spans]));
//=> [['fao-22-4', [{ start: 9, end: 32 }]]]
console.log(TranslationMemory.fromUnits([{ id: '1', en: 'Consul-General', zh: '總領事' }]).size);
//=> 1
console.log(TranslationMemory.fromBytes(tm.toBytes()).size);
//=> 1
console.log(tm.unitAt(0).id);
//=> 'fao-22-4'

// A live memory: add and remove units without rebuilding the whole index.
const [index] = tm.add([{ id: 'fao-23-1', en: 'The Consul-General of Belarus visited Chongqing.', zh: '白俄羅斯總領事訪問重慶。' }]);
console.log(tm.unitAt(index ?? -1).id);
//=> 'fao-23-1'
console.log(tm.lookup('The Consul-General of Belarus visited Chengdu.').map((m) => [m.tuid, m.unitIndex]));
//=> [['fao-23-1', 1]]
console.log(tm.remove(index ?? -1));
//=> true
console.log([tm.size, tm.lookup('The Consul-General of Belarus visited Chengdu.').length]);
//=> [1, 0]

// The defaults: fuzzy matches from 75 %, five at most; fifty concordance hits; queries up to 4096 UTF-16 units.
console.log([DEFAULT_LOOKUP_OPTIONS, DEFAULT_CONCORDANCE_OPTIONS, DEFAULT_TRANSLATION_MEMORY_OPTIONS]);
//=> [{ minScore: 0.75, limit: 5 }, { limit: 50 }, { maxQueryLength: 4096 }]
