// The pipeline's view: sentences of an ingested paragraph, with spans and lines in its source text.
import { ingest, LineIndex, segmentParagraph, type Paragraph } from 'bitext-tm';

const source = 'Title\nHe left. She stayed.';
const paragraph: Paragraph = { lang: 'en', text: 'He left. She stayed.', source: 0, span: { start: 6, end: 26 }, line: 2, offsets: { breakpoints: [[0, 6]] } };
console.log(segmentParagraph(paragraph, new LineIndex(source)).map((s) => [s.text, s.span.start, s.line]));
//=> [['He left.', 6, 2], ['She stayed.', 15, 2]]

// With ingest: one LineIndex per source text, built once; every paragraph of every block.
const text = 'The forum was held online. Nearly 50 companies took part.\n論壇以線上形式舉行。雙方近50家企業代表出席論壇，促進經(jīng)貿合作。\n';
const document = ingest({ kind: 'mixed', source: { name: 'forum.txt', text } });
const lines = document.sources.map((sourceText) => new LineIndex(sourceText.text));
const paragraphs = document.articles.flatMap((article) =>
  article.blocks.flatMap((block) => (block.kind === 'paired' ? [block.en, block.zh] : block.paragraphs)),
);
const sentences = paragraphs.flatMap((p) => segmentParagraph(p, lines[p.source] ?? new LineIndex('')));
console.log(sentences.map((s) => [s.lang, s.line, s.text]));
//=> [['en', 1, 'The forum was held online.'], ['en', 1, 'Nearly 50 companies took part.'],
//    ['zh', 2, '論壇以線上形式舉行。'], ['zh', 2, '雙方近50家企業代表出席論壇，促進經貿合作。']]

// `text` is the cleaned sentence; its span covers the source, pinyin note included.
const last = sentences[3];
console.log(last && [last.span, text.slice(last.span.start, last.span.end)]);
//=> [{ start: 68, end: 96 }, '雙方近50家企業代表出席論壇，促進經(jīng)貿合作。']
