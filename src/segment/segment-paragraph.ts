/**
 * The segment stage as the pipeline calls it: one ingested paragraph in,
 * sentences with spans and line numbers in the paragraph's source text out.
 */
import { mapSpan } from '../offset-map';
import type { LineIndex } from '../position';
import type { Paragraph, Sentence } from '../types';
import { splitSentences } from './split-sentences';
import type { SplitOptions } from './split-options';

/**
 * Split a paragraph into sentences of the pipeline: each sentence's span is
 * mapped through `paragraph.offsets` into the source text (so it points past
 * anything cleaning removed, such as pinyin notes), and its line is read
 * from `lines`, the {@link LineIndex} of that source text.
 *
 * @param paragraph - A paragraph from ingest.
 * @param lines - Line index of `document.sources[paragraph.source].text`, built once per source.
 * @param options - Splitting options; see {@link SplitOptions}.
 * @returns The sentences in order; `text` is the cleaned paragraph text of the sentence.
 * @example
 * const source = 'Title\nHe left. She stayed.';
 * const paragraph = { lang: 'en', text: 'He left. She stayed.', source: 0, span: { start: 6, end: 26 }, line: 2, offsets: { breakpoints: [[0, 6]] } };
 * segmentParagraph(paragraph, new LineIndex(source)).map((s) => [s.text, s.span.start, s.line])
 * //=> [['He left.', 6, 2], ['She stayed.', 15, 2]]
 */
export function segmentParagraph(paragraph: Paragraph, lines: LineIndex, options?: SplitOptions): Sentence[] {
  return splitSentences(paragraph.text, paragraph.lang, options).map((sentence) => {
    const span = mapSpan(paragraph.offsets, sentence.span);
    return { lang: paragraph.lang, text: sentence.text, span, source: paragraph.source, line: lines.lineOf(span.start) };
  });
}
