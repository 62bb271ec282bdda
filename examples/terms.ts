// A bilingual termbase from translation units: people, organisations, places, titles;
// then lookup, TSV for spreadsheets and TBX for CAT tools.
import {
  createTermbase,
  DEFAULT_EXTRACT_TERMS_OPTIONS,
  DEFAULT_TBX_OPTIONS,
  extractTerms,
  isBitextError,
  loadChineseWordSegmenter,
  loadLexicon,
  parseTermsTsv,
  serializeTbx,
  serializeTermsTsv,
  TERMS_TSV_COLUMNS,
  type TranslationUnit,
} from 'bitext-tm';

// CC-CEDICT (required: organisations and titles are paired through it) and segmentit
// (optional: place names and a confirmation of person names). Load each once.
const lexicon = loadLexicon();
console.log(lexicon.bySimplified.get('总领事')?.[0]?.glosses);
//=> ['consul general']
const segmenter = loadChineseWordSegmenter();

const units: TranslationUnit[] = [
  {
    id: 'u1',
    en: 'The forum was co-hosted by Wang Wen, Director-General of the Foreign Affairs Office of the Chongqing Municipal Government, and Dmitry Emelyanov, Consul General of Belarus in Chongqing.',
    zh: '論壇由重慶市政府外辦主任王雯和白俄羅斯駐重慶總領事葉梅利亞諾夫共同主持。',
  },
  { id: 'u2', en: 'Wang Wen met Consul General Emelyanov in Chongqing on November 15th, 2022.', zh: '2022年11月15日，王雯在重慶會見葉梅利亞諾夫總領事。' },
  { id: 'u3', en: 'Xie Xiaoyong, Chinese Ambassador to Belarus, attended the forum.', zh: '中國駐白俄羅斯大使謝小用出席論壇。' },
];
const { terms, review, issues } = extractTerms(units, { lexicon, segmenter });

console.log(terms.find((t) => t.en === 'Wang Wen')?.zh);
//=> '王雯'

// Each term: its type, both forms (original script and Simplified), how many units support
// it, a confidence, and the methods that found it.
console.log(terms.filter((t) => t.type === 'person').map((t) => [t.en, t.zh, t.zhHans, t.count, t.methods]));
//=> [['Emelyanov', '葉梅利亞諾夫', '叶梅利亚诺夫', 2, ['association', 'transliteration']],
//    ['Wang Wen', '王雯', '王雯', 2, ['association', 'pinyin']],
//    ['Xie Xiaoyong', '謝小用', '谢小用', 1, ['pinyin']]]
console.log(terms.filter((t) => t.type === 'place' || t.type === 'org').map((t) => [t.type, t.en, t.zh]));
//=> [['org', 'Chongqing Municipal Government', '重慶市政府'], ['org', 'Foreign Affairs Office', '外辦'],
//    ['org', 'Foreign Affairs Office of the Chongqing Municipal Government', '重慶市政府外辦'],
//    ['place', 'Belarus', '白俄羅斯'], ['place', 'Chongqing', '重慶']]
console.log(terms.filter((t) => t.type === 'title').length);
//=> 6

// Pairs below the confidence threshold are held back for a person to check.
console.log(DEFAULT_EXTRACT_TERMS_OPTIONS);
//=> { minConfidence: 0.7, maxExamples: 3 }
console.log(review.map((t) => [t.en, t.zh, Number(t.confidence.toFixed(2))]));
//=> [['Director-General', '主任', 0.68]]
console.log(issues);
//=> []

// Lookup: English or Chinese, either script; exact matches first, then terms containing the query.
const termbase = createTermbase(terms);
console.log(termbase.lookupTerm('consul general').map((match) => [match.term.en, match.translation, match.exact]));
//=> [['Consul General', '總領事', true], ['Consul General of Belarus in Chongqing', '白俄羅斯駐重慶總領事', false]]
console.log(termbase.lookupTerm('总领事')[0]?.translation);
//=> 'Consul General'

// A TSV that a spreadsheet can edit, and back.
const tsv = serializeTermsTsv(terms);
console.log(tsv.split('\n')[0] === TERMS_TSV_COLUMNS.join('\t'));
//=> true
console.log(TERMS_TSV_COLUMNS.join('\t'));
//=> 'type\ten\tzh\tzh_hans\tcount\tconfidence\texample\tmethods\tunits'
console.log(parseTermsTsv(tsv).length === terms.length);
//=> true
const wangWen = { type: 'person', en: 'Wang Wen', zh: '王雯', zhHans: '王雯', count: 1, confidence: 0.9,
  methods: ['pinyin'], units: ['u1'], examples: [{ unit: 'u1', en: 'Wang Wen spoke.', zh: '王雯講話。' }] } as const;
console.log(serializeTermsTsv([wangWen]).split('\n')[1]);
//=> 'person\tWang Wen\t王雯\t王雯\t1\t0.9\tWang Wen spoke. ⟷ 王雯講話。\tpinyin\tu1'

// A hand-made glossary needs only type, en and zh.
const glossary = parseTermsTsv('type\ten\tzh\nperson\tWang Wen\t王雯\ntitle\tConsul General\t總領事\n');
console.log(parseTermsTsv('type\ten\tzh\nperson\tWang Wen\t王雯\n')[0]?.zhHans);
//=> '王雯'
console.log(createTermbase(glossary).lookupTerm('Consul-General')[0]?.translation);
//=> '總領事'

// TBX-Basic for CAT tools: v2 (martif, the default) or v3, Chinese as written or Simplified.
console.log(DEFAULT_TBX_OPTIONS);
//=> { version: 2, enLang: 'en', zhLang: 'zh-CN', zhForm: 'original', title: 'bitext-tm termbase' }
console.log(serializeTbx(glossary).includes('<term>王雯</term>'));
//=> true
const tbx3 = serializeTbx(terms, { version: 3, zhForm: 'simplified' });
console.log([tbx3.includes('<tbx type="TBX-Basic" style="dca"'), tbx3.includes('<term>总领事</term>')]);
//=> [true, true]

// A bad row: TermsError with the place of the first bad row, every problem in `issues`.
try {
  parseTermsTsv('type\ten\tzh\nperson\tWang Wen\t王雯\nminister\tXie Xiaoyong\t謝小用\n', 'terms.tsv');
} catch (error) {
  if (!isBitextError(error)) throw error;
  console.log([error.name, error.code, error.file, error.place, error.issues.length]);
}
//=> ['TermsError', 'TERMS_BAD_TERMBASE_FILE', 'terms.tsv', { line: 3, column: 1, offset: 30 }, 1]
