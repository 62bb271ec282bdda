import { describe, expect, it } from 'vitest';
import { findChineseSentenceEnds } from './find-chinese-sentence-ends';
import { resolveSplitOptions } from '../split-options';

const RESOLVED = resolveSplitOptions(undefined);
/** The pieces between the ends the scanner finds. */
function pieces(text: string): string[] {
  const ends = findChineseSentenceEnds(text, RESOLVED);
  return [...ends, text.length].map((end, k) => text.slice(k === 0 ? 0 : ends[k - 1], end));
}

describe('findChineseSentenceEnds', () => {
  it('runs its TSDoc example', () => {
    expect(findChineseSentenceEnds('他說：「好。」我們走吧。', RESOLVED)).toEqual([7]);
  });

  it('splits quoted speech inside the quotation, and keeps the closing mark with the last sentence', () => {
    expect(pieces('她说：“天晚了。回去吧。”走了。')).toEqual(['她说：“天晚了。', '回去吧。”', '走了。']);
  });

  it('does not split a quotation embedded in a clause', () => {
    expect(pieces('他喊了一声“救命！”就跑了。')).toEqual(['他喊了一声“救命！”就跑了。']);
    expect(pieces('他说“我们走吧。”然后走了。')).toEqual(['他说“我们走吧。”然后走了。']);
  });

  it('treats a closing quote with no opening one as the end of speech begun before the text', () => {
    expect(pieces('回去吧。”他走了。')).toEqual(['回去吧。”', '他走了。']);
  });

  it('takes a closing quote after a stray space, and an ellipsis set apart after a sentence', () => {
    expect(pieces('“好的。 ”他说。')).toEqual(['“好的。 ”', '他说。']);
    expect(pieces('传奇中的传奇。” ……他们又谈了一会儿。')).toEqual(['传奇中的传奇。” ……', '他们又谈了一会儿。']);
  });

  it('ends at an ellipsis before a new clause, not at a stammer or before a comma', () => {
    expect(pieces('没好运……轿夫们笑了。')).toEqual(['没好运……', '轿夫们笑了。']);
    expect(pieces('不过……不过他没说。')).toEqual(['不过……不过他没说。']);
    expect(pieces('苹果……，都有。')).toEqual(['苹果……，都有。']);
    expect(pieces('我…… 我不知道。')).toEqual(['我…… 我不知道。']);
  });

  it('ends after a closing quote that follows a dash, before new speech', () => {
    expect(pieces('“咚——咚——”“猛捅——”有人笑了。')).toEqual(['“咚——咚——”', '“猛捅——”', '有人笑了。']);
  });

  it('does not end inside a title, unless the title mark is never closed', () => {
    expect(pieces('看《摔跤吧！爸爸》好吗？好！')).toEqual(['看《摔跤吧！爸爸》好吗？', '好！']);
    expect(pieces(`《没有结尾！${'长'.repeat(90)}。`)).toEqual(['《没有结尾！', `${'长'.repeat(90)}。`]);
  });

  it('reads ASCII . ! ? as sentence ends only after Chinese or before non-Latin text', () => {
    expect(pieces('增长3.5%。U.S. Army很大。')).toEqual(['增长3.5%。', 'U.S. Army很大。']);
    expect(pieces('Yahoo!Japan在这里。真的?!是的.')).toEqual(['Yahoo!Japan在这里。', '真的?!', '是的.']);
  });
});
