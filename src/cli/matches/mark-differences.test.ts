import { describe, expect, it } from 'vitest';
import { TranslationMemory } from '../../tm/translation-memory';
import { markDifferences } from './mark-differences';

const tm = TranslationMemory.fromUnits([
  { id: 'a', en: 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.', zh: '重慶市政府外辦副主任周毅主持會議。' },
  { id: 'b', en: 'The forum was held online.', zh: '論壇以線上形式舉行。' },
]);
const marked = (query: string, lang?: 'en' | 'zh'): string => {
  const match = tm.lookup(query, { minScore: 0.5, ...(lang ? { lang } : {}) })[0];
  if (!match) throw new Error('no match');
  return markDifferences(match, query);
};

describe('markDifferences', () => {
  it('marks a replaced name in the stored text with the query words after it', () => {
    expect(marked('Li Mingquan, Deputy Director-General of Chongqing FAO, presided over the meeting.')).toBe(
      '[-Zhou Yi-]{+Li Mingquan+}, Deputy Director-General of Chongqing FAO, presided over the meeting.',
    );
  });

  it('marks inserted and deleted words, spaced in English', () => {
    expect(marked('The new forum was held.')).toBe('The {+new+} forum was held [-online-].');
    expect(marked('Yesterday the forum was held online.')).toBe('{+Yesterday+} The forum was held online.');
  });

  it('marks Chinese characters in the stored script, whatever script the query uses', () => {
    expect(marked('重庆市政府外办主任周毅主持会议。', 'zh')).toBe('重慶市政府外辦[-副-]主任周毅主持會議。');
  });

  it('leaves an identical match unmarked', () => {
    expect(marked('the forum was held online')).toBe('The forum was held online.');
  });
});
