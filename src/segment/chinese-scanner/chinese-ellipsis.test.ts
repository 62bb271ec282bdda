import { describe, expect, it } from 'vitest';
import { ellipsisEndsSentence, omissionMarkAfter } from './chinese-ellipsis';
import { closingMarkAfterSpace, isChineseSpeechDash, MarkRole, markRole } from './chinese-marks';

describe('Chinese ellipsis and mark helpers (their TSDoc examples and edges)', () => {
  it('ends at an ellipsis before a new clause, not at a stammer', () => {
    expect(ellipsisEndsSentence('没好运……轿夫们', 3, 5)).toBe(true);
    expect(ellipsisEndsSentence('不过……不过', 2, 4)).toBe(false);
    expect(ellipsisEndsSentence('苍蝇……“小娘子', 2, 4)).toBe(true);
    expect(ellipsisEndsSentence('苍蝇……，', 2, 4)).toBe(false);
  });

  it('gives an ellipsis set apart to the sentence before it', () => {
    expect(omissionMarkAfter('传奇。” ……他们', 4)).toBe(7);
    expect(omissionMarkAfter('传奇。”他们', 4)).toBe(4);
  });

  it('reads the roles of marks', () => {
    expect(markRole('「'.charCodeAt(0)) === MarkRole.quoteOpen).toBe(true);
    expect(markRole('》'.charCodeAt(0))).toBe(MarkRole.titleClose);
    expect(markRole('（'.charCodeAt(0))).toBe(MarkRole.none);
    expect(closingMarkAfterSpace('好。 ”他', 2)).toBe(3);
    expect(closingMarkAfterSpace('好。 他', 2)).toBe(2);
    expect(isChineseSpeechDash('—'.charCodeAt(0))).toBe(true);
  });
});
