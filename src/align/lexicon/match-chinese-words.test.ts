import { describe, expect, it } from 'vitest';
import { buildWordTrie, matchChineseWords } from './match-chinese-words';

describe('matchChineseWords', () => {
  const trie = buildWordTrie(['伟大', '友谊', '伟大友谊之歌', '的', '中国', '中国人', '人民']);

  it('takes the longest headword at each position', () => {
    expect(matchChineseWords('我的伟大友谊', trie)).toEqual(['我', '的', '伟大', '友谊']);
    expect(matchChineseWords('中国人民', trie)).toEqual(['中国人', '民']);
  });

  it('falls back to a shorter word when the longer prefix is no headword', () => {
    // 伟大友谊之 is a prefix of 伟大友谊之歌 but no word: the match ends at 伟大.
    expect(matchChineseWords('伟大友谊之', trie)).toEqual(['伟大', '友谊', '之']);
  });

  it('keeps an astral character whole and loses nothing', () => {
    const words = matchChineseWords('甲𠮶乙的', trie);
    expect(words).toEqual(['甲', '𠮶', '乙', '的']);
    expect(words.join('')).toBe('甲𠮶乙的');
  });
});
