import { describe, expect, it } from 'vitest';
import { groupTextFiles } from './group-text-files';

describe('groupTextFiles', () => {
  it('groups pairs (any case), lone halves and other .txt files, in name order, leaving other files out', () => {
    expect(groupTextFiles(['news.ZH.txt', 'b.txt', 'notes.md', 'news.en.txt', 'a.zh.txt', 'A.txt'])).toEqual({
      pairs: [{ name: 'news', en: 'news.en.txt', zh: 'news.ZH.txt' }],
      lone: [{ name: 'a', file: 'a.zh.txt', missing: 'en' }],
      others: ['A.txt', 'b.txt'],
    });
  });

  it('finds nothing in a folder without .txt files', () => {
    expect(groupTextFiles(['report.pdf', 'README'])).toEqual({ pairs: [], lone: [], others: [] });
  });
});
