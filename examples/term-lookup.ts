// Term lookup goes through a termbase: one from createTermbase (or any object with lookupTerm), or a plain list of terms.
import { TranslationMemory, type Term } from 'bitext-tm';

const example = { unit: 'fao-22-4', en: 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.', zh: '重慶市政府外辦副主任周毅主持會議。' };
const terms: Term[] = [
  { type: 'title', en: 'Deputy Director-General', zh: '副主任', zhHans: '副主任', count: 4, confidence: 0.9, methods: ['appositive'], units: ['fao-22-4'], examples: [example] },
  { type: 'title', en: 'Consul-General', zh: '總領事', zhHans: '总领事', count: 1, confidence: 0.8, methods: ['cedict'], units: ['fao-2-2'], examples: [] },
];
const tm = TranslationMemory.fromUnits([{ id: example.unit, en: example.en, zh: example.zh }]).withTermbase(terms);

console.log(tm.lookupTerm('deputy director general').map((match) => [match.translation, match.exact]));
//=> [['副主任', true]]
console.log(tm.lookupTerm('总领事').map((match) => match.translation));
//=> ['Consul-General']
