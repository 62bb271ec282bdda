// A bilingual termbase from translation units: people, organisations, places, titles, events,
// the variants of one concept grouped into entries; then lookup, TSV for spreadsheets and TBX
// for CAT tools, and your own termbase read back.
import {
  createTermbase,
  DEFAULT_EXTRACT_TERMS_OPTIONS,
  DEFAULT_TBX_OPTIONS,
  extractTerms,
  isBitextError,
  loadLexicon,
  parseTbx,
  parseTermsTsv,
  serializeTbx,
  serializeTermsTsv,
  TERMS_TSV_COLUMNS,
  type TranslationUnit,
} from 'bitext-tm';

// CC-CEDICT is loaded once, on first use (or pass your own: { lexicon: loadLexicon('mine.tsv') }).
console.log(loadLexicon().bySimplified.get('总领事')?.[0]?.glosses);
//=> ['consul general']

const units: TranslationUnit[] = [
  {
    id: 'u1',
    en: 'The forum was co-hosted by Wang Wen, Director-General of the Foreign Affairs Office of the Chongqing Municipal Government, and Dmitry Emelyanov, Consul General of Belarus in Chongqing.',
    zh: '論壇由重慶市政府外辦主任王雯和白俄羅斯駐重慶總領事葉梅利亞諾夫共同主持。',
  },
  { id: 'u2', en: 'Wang Wen met Consul General Emelyanov in Chongqing on November 15th, 2022.', zh: '2022年11月15日，王雯在重慶會見葉梅利亞諾夫總領事。' },
  { id: 'u3', en: 'Xie Xiaoyong, Chinese Ambassador to Belarus, attended the forum.', zh: '中國駐白俄羅斯大使謝小用出席論壇。' },
  { id: 'u4', en: 'The Foreign Affairs Office of the Chongqing Municipal Government (Chongqing FAO) held a briefing.', zh: '重慶市政府外辦舉行了吹風會。' },
];
const { terms, review, entries, issues } = extractTerms(units);

console.log(terms.find((t) => t.en === 'Wang Wen')?.zh);
//=> '王雯'

// Each term: its type, both forms (original script and Simplified), how many units support it,
// a confidence, the kinds of evidence, and the concept entry it belongs to.
console.log(terms.filter((t) => t.type === 'person').map((t) => [t.en, t.zh, t.zhHans, t.count, t.methods]));
//=> [['Wang Wen', '王雯', '王雯', 2, ['pinyin']], ['Xie Xiaoyong', '謝小用', '谢小用', 1, ['pinyin']]]
console.log(terms.filter((t) => t.type === 'org').map((t) => [t.en, t.zh, t.entry]));
//=> [['Foreign Affairs Office', '外辦', 'e3'], ['Foreign Affairs Office of the Chongqing Municipal Government', '重慶市政府外辦', 'e3']]
console.log(entries.length === new Set(terms.map((t) => t.entry)).size);
//=> true

// Pairs below the confidence threshold are held back for a person to check.
console.log(DEFAULT_EXTRACT_TERMS_OPTIONS);
//=> { minConfidence: 0.66, minReviewConfidence: 0.2, maxExamples: 3 }
console.log(review.map((t) => [t.en, t.zh]));
//=> [['Dmitry Emelyanov', '葉梅利亞諾夫'], ['Chongqing Municipal Government', '重慶市政府'], ['Ambassador', '大使'], ['Director-General', '主任']]
console.log(issues);
//=> []

// Lookup: English or Chinese, either script; exact matches first, then terms containing the
// query, each group most confident first; each match carries the whole concept entry.
const termbase = createTermbase(terms);
console.log(termbase.lookupTerm('外办').map((match) => [match.matched, match.translation, match.exact]));
//=> [['外辦', 'Foreign Affairs Office', true],
//    ['外辦主任', 'Director-General of the Foreign Affairs Office', false],
//    ['重慶市政府外辦主任', 'Director-General of the Foreign Affairs Office of the Chongqing Municipal Government', false],
//    ['重慶市政府外辦', 'Foreign Affairs Office of the Chongqing Municipal Government', false]]
console.log(termbase.lookupTerm('Wang Wen')[0]?.translation);
//=> '王雯'

// A TSV that a spreadsheet can edit (one row per pair, with its entry), and back.
const tsv = serializeTermsTsv(terms);
console.log(TERMS_TSV_COLUMNS.join('\t'));
//=> 'type\ten\tzh\tzh_hans\tcount\tconfidence\texample\tmethods\tunits\tentry'
console.log(parseTermsTsv(tsv).length === terms.length);
//=> true
const wangWen = {
  type: 'person', en: 'Wang Wen', zh: '王雯', zhHans: '王雯', count: 1, confidence: 0.9,
  methods: ['pinyin'], units: ['u1'], examples: [{ unit: 'u1', en: 'Wang Wen spoke.', zh: '王雯講話。' }],
} as const;
console.log(serializeTermsTsv([wangWen]).split('\n')[1]);
//=> 'person\tWang Wen\t王雯\t王雯\t1\t0.9\tWang Wen spoke. ⟷ 王雯講話。\tpinyin\tu1\t'

// A hand-made glossary needs only type, en and zh.
const glossary = parseTermsTsv('type\ten\tzh\nperson\tWang Wen\t王雯\ntitle\tConsul General\t總領事\n');
console.log(parseTermsTsv('type\ten\tzh\nperson\tWang Wen\t王雯\n')[0]?.zhHans);
//=> '王雯'
console.log(createTermbase(glossary).lookupTerm('Consul-General')[0]?.translation);
//=> '總領事'

// TBX-Basic for CAT tools: v2 (martif, the default) or v3, one entry per concept with all its
// forms; a TBX file (yours, MultiTerm's, OmegaT's) reads back as a termbase.
console.log(DEFAULT_TBX_OPTIONS);
//=> { version: 2, enLang: 'en', zhLang: 'zh-CN', zhForm: 'original', title: 'bitext-tm termbase' }
console.log(serializeTbx(glossary).includes('<term>王雯</term>'));
//=> true
const tbx3 = serializeTbx(terms, { version: 3, zhForm: 'simplified' });
console.log([tbx3.includes('<tbx type="TBX-Basic" style="dca"'), tbx3.includes('<term>外办</term>')]);
//=> [true, true]
console.log(parseTbx(serializeTbx(parseTermsTsv('type\ten\tzh\nperson\tWang Wen\t王雯\n')))[0]?.zh);
//=> '王雯'
const fromTbx = createTermbase(parseTbx(serializeTbx(terms)));
console.log(fromTbx.lookupTerm('外辦')[0]?.entry.map((t) => t.en));
//=> ['Foreign Affairs Office', 'Foreign Affairs Office of the Chongqing Municipal Government']

// Your termbase as known pairs: found wherever both sides occur in a unit.
const withMine = extractTerms(units, { termbase: parseTermsTsv('type\ten\tzh\ntitle\tConsul General\t總領事\n') });
console.log(withMine.terms.some((t) => t.en === 'Consul General' && t.methods.includes('known')));
//=> true

// A bad row: TermsError with the place of the first bad row, every problem in `issues`.
try {
  parseTermsTsv('type\ten\tzh\nperson\tWang Wen\t王雯\nminister\tXie Xiaoyong\t謝小用\n', 'terms.tsv');
} catch (error) {
  if (!isBitextError(error)) throw error;
  console.log([error.name, error.code, error.file, error.place, error.issues.length]);
}
//=> ['TermsError', 'TERMS_BAD_TERMBASE_FILE', 'terms.tsv', { line: 3, column: 1, offset: 30 }, 1]

// A broken TBX: the line and column of the problem.
try {
  parseTbx('<martif>\n  <text><body>\n    <termEntry></body>\n</martif>\n', 'mine.tbx');
} catch (error) {
  if (!isBitextError(error)) throw error;
  console.log([error.code, error.place?.line]);
}
//=> ['TBX_MALFORMED', 3]
