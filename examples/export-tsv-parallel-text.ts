// Units → TSV for spreadsheets, and → two line-aligned files (NAME.en / NAME.zh) for MT training.
import {
  DEFAULT_PARALLEL_TEXT_EXPORT_OPTIONS,
  DEFAULT_TSV_EXPORT_OPTIONS,
  escapeTsvField,
  FORMULA_START,
  exportParallelText,
  exportTsv,
  LINE_BREAKS,
  TSV_COLUMNS,
  tsvRow,
  type TranslationUnit,
} from 'bitext-tm';

const units: TranslationUnit[] = [
  {
    id: 'a0-u0',
    en: 'The forum was held online on November 15th, 2022.',
    zh: '2022年11月15日，論壇以線上形式舉行。',
    confidence: 0.99,
    origin: { document: 'forum.en-zh', article: 0, bead: '1-1', lines: { en: [1, 1], zh: [2, 2] }, spans: { en: { start: 0, end: 50 }, zh: { start: 120, end: 142 } } },
  },
  { id: 'a0-u1', en: 'Attendees included:\n1) officials of Minsk Oblast;\n2) nearly 50 companies.', zh: '出席者包括：1）明斯克州官員；2）近50家企業。', confidence: 0.81 },
  { id: 'a0-u2', en: 'Source: Chongqing Foreign Affairs Office', zh: '' },
];

// TSV: a header, then one line per unit. Tabs, newlines and backslashes are escaped
// (\t, \n, \\), so a row never spans lines and nothing is lost.
console.log(DEFAULT_TSV_EXPORT_OPTIONS);
//=> { bom: false, convertChinese: 'none', formulas: 'keep' }
console.log(TSV_COLUMNS);
//=> ['en', 'zh', 'confidence', 'id', 'document', 'article', 'bead', 'en_lines', 'zh_lines']
console.log(exportTsv(units).split('\n'));
//=> ['en\tzh\tconfidence\tid\tdocument\tarticle\tbead\ten_lines\tzh_lines',
//    'The forum was held online on November 15th, 2022.\t2022年11月15日，論壇以線上形式舉行。\t0.99\ta0-u0\tforum.en-zh\t0\t1-1\t1-1\t2-2',
//    'Attendees included:\\n1) officials of Minsk Oblast;\\n2) nearly 50 companies.\t出席者包括：1）明斯克州官員；2）近50家企業。\t0.81\ta0-u1\t\t\t\t\t',
//    'Source: Chongqing Foreign Affairs Office\t\t\ta0-u2\t\t\t\t\t', '']
console.log(exportTsv([{ id: '1', en: 'Save & exit', zh: '保存並退出', confidence: 0.9 }], { convertChinese: 'simplified' }));
//=> 'en\tzh\tconfidence\tid\tdocument\tarticle\tbead\ten_lines\tzh_lines\nSave & exit\t保存并退出\t0.9\t1\t\t\t\t\t\n'

// A cell starting with = + - @ is a formula to a spreadsheet: each is reported, and
// formulas: 'escape' writes it with a leading ' (which spreadsheets read as "text").
const risky: TranslationUnit = { id: 'u9', en: '=HYPERLINK("http://example.com","Forum")', zh: '論壇', confidence: 0.9 };
const warnings: string[] = [];
const onIssue = (issue: { code: string }): void => {
  warnings.push(issue.code);
};
console.log(tsvRow(risky, { formulas: 'escape', onIssue }));
//=> '\'=HYPERLINK("http://example.com","Forum")\t論壇\t0.9\tu9\t\t\t\t\t\n'
console.log([warnings, FORMULA_START.test('- a list item')]);
//=> [['EXPORT_FORMULA_CELL'], true]

// Excel needs a byte-order mark to read UTF-8.
console.log(exportTsv([], { bom: true }).startsWith('\uFEFFen\tzh'));
//=> true

// One row at a time, for memories too large for one string.
console.log(tsvRow({ id: '1', en: 'Save', zh: '保存', confidence: 0.9 }));
//=> 'Save\t保存\t0.9\t1\t\t\t\t\t\n'
console.log(escapeTsvField('a\tb\\c\nd'));
//=> 'a\\tb\\\\c\\nd'

// Parallel text: line i of one file translates line i of the other. Line breaks inside a
// unit become spaces and a unit with an empty side is left out of both files, each reported.
console.log(DEFAULT_PARALLEL_TEXT_EXPORT_OPTIONS);
//=> { convertChinese: 'none' }
const parallel = exportParallelText(units, { convertChinese: 'simplified' });
console.log(parallel.value.en);
//=> 'The forum was held online on November 15th, 2022.\nAttendees included: 1) officials of Minsk Oblast; 2) nearly 50 companies.\n'
console.log(parallel.value.zh);
//=> '2022年11月15日，论坛以线上形式举行。\n出席者包括：1）明斯克州官员；2）近50家企业。\n'
console.log(parallel.issues.map((issue) => [issue.code, issue.removed]));
//=> [['EXPORT_NEWLINE_REPLACED', '\n\n'], ['EXPORT_EMPTY_TEXT', undefined]]
console.log(exportParallelText([{ id: '1', en: 'Save.\nNow.', zh: '保存。' }]).value);
//=> { en: 'Save. Now.\n', zh: '保存。\n' }

// Every character some line reader splits on (Python's str.splitlines splits on all of them).
console.log('a\r\nb\u2028c'.replace(LINE_BREAKS, ' '));
//=> 'a b c'
