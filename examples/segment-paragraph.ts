// The pipeline's view: sentences of an ingested paragraph, with spans and lines in its source text.
import { LineIndex, segmentParagraph, type Paragraph } from 'bitext-tm';

const source = 'Title\nHe left. She stayed.';
const paragraph: Paragraph = { lang: 'en', text: 'He left. She stayed.', source: 0, span: { start: 6, end: 26 }, line: 2, offsets: { breakpoints: [[0, 6]] } };
console.log(segmentParagraph(paragraph, new LineIndex(source)).map((s) => [s.text, s.span.start, s.line]));
//=> [['He left.', 6, 2], ['She stayed.', 15, 2]]
