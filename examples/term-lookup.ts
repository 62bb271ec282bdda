// Term lookup goes through a termbase: any object with lookupTerm(query), or a plain list of terms.
import { TranslationMemory, type Term } from 'bitext-tm';

const terms: Term[] = [
  { type: 'title', en: 'Deputy Director-General', zh: '副主任', zhHans: '副主任', count: 4, confidence: 0.9, methods: ['appositive'], units: ['fao-22-4'] },
  { type: 'title', en: 'Consul-General', zh: '總領事', zhHans: '总领事', count: 1, confidence: 0.8, methods: ['cedict'], units: ['fao-2-2'] },
];
const tm = TranslationMemory.fromUnits([{ id: 'fao-22-4', en: 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.', zh: '重慶市政府外辦副主任周毅主持會議。' }]).withTermbase(terms);

console.log(tm.lookupTerm('deputy director general').map((hit) => [hit.term.zh, hit.lang, hit.exact]));
//=> [['副主任', 'en', true]]
console.log(tm.lookupTerm('總領事').map((hit) => hit.term.en));
//=> ['Consul-General']
