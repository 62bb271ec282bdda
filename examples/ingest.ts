// Ingest raw bilingual text: articles › language blocks › paragraphs, with every cleaning step reported.
import { decodeText, DEFAULT_INGEST_OPTIONS, detectTextLanguage, ingest } from 'bitext-tm';

// Bytes as read from a file: UTF-8 (a byte-order mark is dropped) or UTF-16 with a BOM.
console.log(decodeText(new TextEncoder().encode('\uFEFF論壇在重慶舉行。'), 'news.txt'));
//=> '論壇在重慶舉行。'

// Not UTF-8 but Big5 (Taiwan, Hong Kong) or GB18030 (mainland): decoded, and reported.
const onIssue = (issue: { code: string }): void => {
  console.log(issue.code);
};
// (論壇在重慶舉行。 in Big5; a few characters alone can read as either encoding.)
const big5 = Uint8Array.of(0xbd, 0xd7, 0xbe, 0xc2, 0xa6, 0x62, 0xad, 0xab, 0xbc, 0x79, 0xc1, 0x7c, 0xa6, 0xe6, 0xa1, 0x43);
console.log(decodeText(big5, 'news.txt', { onIssue }));
//=> 'INGEST_LEGACY_ENCODING'
//=> '論壇在重慶舉行。'

// One text holding both languages, as news sites publish them: an English paragraph,
// its Chinese translation (with a pinyin note glued after 流), and a caption line
// holding both languages.
const text = decodeText(
  new TextEncoder().encode(
    'On May 3rd, 2023, Chongqing and Lyon signed a memorandum.\n' +
      '2023年5月3日，重慶與里昂簽署文化交流(liú)備忘錄。\n' +
      'Nearly 50 guests attended the signing.近50位嘉賓出席簽約儀式。\n',
  ),
  'lyon.en-zh.txt',
);
const document = ingest({ kind: 'mixed', source: { name: 'lyon.en-zh.txt', text } });

console.log(document.name);
//=> 'lyon.en-zh'
console.log(document.articles[0]?.blocks.map((block) => (block.kind === 'paired' ? 'paired' : block.lang)));
//=> ['en', 'zh', 'paired']
const chinese = document.articles[0]?.blocks[1];
console.log(chinese?.kind === 'monolingual' ? chinese.paragraphs[0]?.text : undefined);
//=> '2023年5月3日，重慶與里昂簽署文化交流備忘錄。'

// Nothing is removed without an issue; each issue points into the source text.
console.log(document.issues.map((issue) => [issue.code, issue.place?.line, issue.place?.column, issue.removed]));
//=> [['INGEST_PINYIN_NOTE_REMOVED', 2, 22, '(liú)'], ['INGEST_CAPTION_LINE_SPLIT', 3, 39, undefined]]
console.log(document.chineseScript);
//=> 'traditional'

// One file per language: each line is a paragraph; the pair's name titles its article.
const parallel = ingest({
  kind: 'parallel',
  en: { name: 'lyon.en.txt', text: 'Chongqing and Lyon signed a memorandum.\nNearly 50 guests attended.\n' },
  zh: { name: 'lyon.zh.txt', text: '重慶與里昂簽署備忘錄。\n近50位嘉賓出席。\n' },
});
console.log([parallel.name, parallel.articles[0]?.title, parallel.articles[0]?.blocks.length]);
//=> ['lyon', 'lyon', 2]

// Suspicious text is reported by default; `repair: true` also fixes the safe cases.
const ocr = { kind: 'mixed', source: { name: 'ocr.txt', text: 'The COVlD-19 forum was held online.\n論壇以線上形式舉行。' } } as const;
console.log(DEFAULT_INGEST_OPTIONS);
//=> { stripPinyinNotes: true, reportSuspectText: true, repair: false, maxLineLength: 1000000 }
console.log(ingest(ocr).issues.map((issue) => [issue.code, issue.place?.column]));
//=> [['INGEST_SUSPECT_TEXT', 5]]
const repaired = ingest(ocr, { repair: true });
console.log(repaired.issues.map((issue) => [issue.code, issue.removed]));
//=> [['INGEST_REPAIR_APPLIED', 'l']]
const english = repaired.articles[0]?.blocks[0];
console.log(english?.kind === 'monolingual' ? english.paragraphs[0]?.text : undefined);
//=> 'The COVID-19 forum was held online.'

// Which file of two is the English one (the CLI uses this for `build a.txt b.txt`):
console.log(detectTextLanguage('The forum was held online.'));
//=> 'en'
console.log(detectTextLanguage('論壇以線上形式舉行。'));
//=> 'zh'
console.log(detectTextLanguage('論壇以線上形式成功舉行。 The forum was held online.'));
//=> 'mixed'
