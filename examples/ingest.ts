// Ingest raw bilingual text: articles › language blocks › paragraphs, with every cleaning step reported.
import { decodeText, detectTextLanguage, ingest } from 'bitext-tm';

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
console.log(document.issues.map((issue) => [issue.code, issue.place?.line, issue.removed]));
//=> [['INGEST_PINYIN_NOTE_REMOVED', 2, '(liú)'], ['INGEST_CAPTION_LINE_SPLIT', 3, undefined]]
console.log(document.chineseScript);
//=> 'traditional'

// Which file of two is the English one (the CLI uses this for `build a.txt b.txt`):
console.log([detectTextLanguage('The forum was held online.'), detectTextLanguage('論壇在線上舉行。'), detectTextLanguage('論壇以線上形式舉行。 The forum was held online.')]);
//=> ['en', 'zh', 'mixed']
