// Units → TMX 1.4 → units: provenance and confidence survive the round trip as x- props.
import { formatTmxDate, parseTranslationUnits, PROVENANCE_PROP_TYPES, serializeTmx, type TranslationUnit } from 'bitext-tm';

// The writer escapes XML and converts the Chinese to match xml:lang (zh-CN: Simplified).
const { value, stats } = serializeTmx([{ id: '1', en: 'Trade & Investment Forum', zh: '經貿投資論壇', confidence: 0.97 }], { creationDate: 1668470400 });
console.log(value.split('\n').slice(5, 9));
//=> ['    <tu tuid="1">', '      <prop type="x-confidence">0.97</prop>',
//    '      <tuv xml:lang="en"><seg>Trade &amp; Investment Forum</seg></tuv>', '      <tuv xml:lang="zh-CN"><seg>经贸投资论坛</seg></tuv>']
console.log(stats.converted);
//=> 1
console.log(formatTmxDate(1668470400)); // the header's creationdate; pass SOURCE_DATE_EPOCH for reproducible files
//=> '20221115T000000Z'

// Units of the main job carry their origin: every fact becomes one x- prop.
const units: TranslationUnit[] = [
  {
    id: 'a0-u2',
    en: 'Nearly 50 business representatives attended the forum.',
    zh: '雙方近50家企業代表出席論壇。',
    confidence: 0.97,
    origin: { document: 'forum.en-zh', article: 0, bead: '1-1', lines: { en: [3, 3], zh: [3, 3] }, spans: { en: { start: 323, end: 377 }, zh: { start: 377, end: 392 } } },
  },
  { id: 'a0-u3', en: ' The forum was held online. ', zh: '論壇以線上形式舉行。\u0007' },
  { id: 'a0-u4', en: 'Source: Chongqing Foreign Affairs Office', zh: '' },
];
console.log(Object.values(PROVENANCE_PROP_TYPES));
//=> ['x-document', 'x-article', 'x-bead', 'x-en-lines', 'x-zh-lines', 'x-en-span', 'x-zh-span', 'x-confidence']

// Keep the Traditional text with zh-TW (or zh-Hant); the default zh-CN converts it.
const tmx = serializeTmx(units, { zhLang: 'zh-TW' });
console.log(tmx.value.includes('<prop type="x-en-span">323-377</prop>'));
//=> true

// Nothing is changed or dropped without an issue: edge white space trimmed, an
// XML-illegal control character removed, a unit with an empty side left out.
console.log(tmx.issues.map((issue) => [issue.code, issue.removed]));
//=> [['TMX_TRIMMED_WHITESPACE', '  '], ['TMX_ILLEGAL_CHAR', '\u0007'], ['TMX_EMPTY_SEG', undefined]]
console.log(tmx.stats);
//=> { units: 3, written: 2, empty: 1, duplicates: 0, trimmed: 1, illegalCharsRemoved: 1, converted: 0 }

// Read it back: the written units, equal to what went in (after the reported cleaning).
const back = parseTranslationUnits(tmx.value);
console.log(back.value);
//=> [{ id: 'a0-u2', en: 'Nearly 50 business representatives attended the forum.', zh: '雙方近50家企業代表出席論壇。', confidence: 0.97,
//     origin: { document: 'forum.en-zh', article: 0, bead: '1-1', lines: { en: [3, 3], zh: [3, 3] }, spans: { en: { start: 323, end: 377 }, zh: { start: 377, end: 392 } } },
//     props: {} },
//    { id: 'a0-u3', en: 'The forum was held online.', zh: '論壇以線上形式舉行。', props: {} }]
console.log(parseTranslationUnits(serializeTmx([{ id: '1', en: 'Save & exit', zh: '保存并退出' }]).value).value);
//=> [{ id: '1', en: 'Save & exit', zh: '保存并退出', props: {} }]
