import { describe, expect, it } from 'vitest';
import { LineIndex } from '../position';
import type { Paragraph } from '../types';
import { segmentParagraph } from './segment-paragraph';

describe('segmentParagraph', () => {
  it('runs its TSDoc example', () => {
    const source = 'Title\nHe left. She stayed.';
    const paragraph: Paragraph = { lang: 'en', text: 'He left. She stayed.', source: 0, span: { start: 6, end: 26 }, line: 2, offsets: { breakpoints: [[0, 6]] } };
    expect(segmentParagraph(paragraph, new LineIndex(source)).map((s) => [s.text, s.span.start, s.line])).toEqual([
      ['He left.', 6, 2],
      ['She stayed.', 15, 2],
    ]);
  });

  it('maps spans past text that cleaning removed, and reads lines of the source', () => {
    // Source line 3 holds "經(jīng)貿合作。論壇舉行。"; ingest removed the pinyin note "(jīng)" (6 units at 2..8 of the line).
    const source = 'English line\n\n經(jīng)貿合作。論壇舉行。';
    const lineStart = source.indexOf('經');
    const paragraph: Paragraph = {
      lang: 'zh',
      text: '經貿合作。論壇舉行。',
      source: 2,
      span: { start: lineStart, end: source.length },
      line: 3,
      offsets: { breakpoints: [[0, lineStart], [1, lineStart + 7]] },
    };
    const sentences = segmentParagraph(paragraph, new LineIndex(source));
    expect(sentences).toEqual([
      { lang: 'zh', text: '經貿合作。', span: { start: lineStart, end: lineStart + 11 }, source: 2, line: 3 },
      { lang: 'zh', text: '論壇舉行。', span: { start: lineStart + 11, end: lineStart + 16 }, source: 2, line: 3 },
    ]);
    expect(source.slice(sentences[0]!.span.start, sentences[0]!.span.end)).toBe('經(jīng)貿合作。');
  });

  it('reads the line of each sentence when a paragraph spans lines', () => {
    const source = 'One.\nTwo.';
    const paragraph: Paragraph = { lang: 'en', text: source, source: 0, span: { start: 0, end: 9 }, line: 1, offsets: { breakpoints: [[0, 0]] } };
    expect(segmentParagraph(paragraph, new LineIndex(source)).map((s) => s.line)).toEqual([1, 2]);
  });

  it('passes options on', () => {
    const paragraph: Paragraph = { lang: 'zh', text: '甲；乙。', source: 0, span: { start: 0, end: 4 }, line: 1, offsets: { breakpoints: [[0, 0]] } };
    expect(segmentParagraph(paragraph, new LineIndex('甲；乙。'), { splitAtSemicolons: true })).toHaveLength(2);
  });
});
