// How is "Deputy Director-General of the Foreign Affairs Office" translated? Ask a translation memory.
// The units are aligned by hand from the seed text (corpus/raw/chongqing-fao-2022.en-zh.txt, lines 16–59).
import { TranslationMemory } from 'bitext-tm';

const tm = TranslationMemory.fromUnits([
  {
    id: 'fao-16-3',
    en: 'Zhou Yi, a member of the Leading Party Members’ Group and Deputy Director-General of the Foreign Affairs Office of Chongqing Municipal Government, moderated the session.',
    zh: '辦黨組成員、副主任周毅主持報告會。',
  },
  { id: 'fao-22-4', en: 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.', zh: '重慶市政府外辦副主任周毅主持會議。' },
  {
    id: 'fao-57-1',
    en: 'Li Mingquan, Deputy Director-General of the Foreign Affairs Office of Chongqing Municipal People’s Government, led a delegation to attend the meeting.',
    zh: '重慶市政府外辦副主任李明全率隊出席會議。',
  },
]);

// Concordance: every unit that contains the title, with its translation.
const hits = tm.concordance('Deputy Director-General of the Foreign Affairs Office');
console.log(hits.map((hit) => [hit.tuid, hit.target]));
//=> [['fao-16-3', '辦黨組成員、副主任周毅主持報告會。'], ['fao-57-1', '重慶市政府外辦副主任李明全率隊出席會議。']]

// Fuzzy lookup of a new sentence: the closest unit, its score, and what differs.
const query = 'Li Mingquan, Deputy Director-General of Chongqing FAO, presided over the meeting.';
const [best] = tm.lookup(query);
console.log([best?.tuid, best?.score, best?.target]);
//=> ['fao-22-4', 0.8333333333333334, '重慶市政府外辦副主任周毅主持會議。']
console.log(best?.edits.filter((edit) => edit.kind !== 'equal').map((edit) => [edit.kind, query.slice(edit.query.start, edit.query.end), best.source.slice(edit.stored.start, edit.stored.end)]));
//=> [['replace', 'Li Mingquan', 'Zhou Yi']]

// The other direction, in the other script: a Simplified query finds the Traditional unit.
console.log(tm.lookup('重庆市政府外办副主任周毅主持会议。').map((match) => [match.score, match.target]));
//=> [[1, 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.']]
