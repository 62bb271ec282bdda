import { describe, expect, it } from 'vitest';
import { findPinyinNotes } from './find-pinyin-notes';
import { sourceContext } from '../source-context';

const removedFrom = (text: string): (string | undefined)[] =>
  findPinyinNotes(sourceContext({ name: 't.txt', text }, 0), { start: 0, end: text.length }).map((edit) => edit.issue.removed);

describe('findPinyinNotes', () => {
  it('finds tone-marked syllables after the character they read', () => {
    expect(removedFrom('經(jīng)貿(mào)')).toEqual(['(jīng)', '(mào)']);
    expect(removedFrom('區（qū）和區(qū）')).toEqual(['（qū）', '(qū）']);
    expect(removedFrom('綠(lǜ)色')).toEqual(['(lǜ)']);
  });

  it('finds a toneless syllable only when it reads the character', () => {
    expect(removedFrom('我們的(de)合作')).toEqual(['(de)']);
    expect(removedFrom('方案(a)和方案(b)')).toEqual([]);
  });

  it('never touches real parentheses', () => {
    expect(removedFrom('西部(重慶)科學城(第二期)中國(重慶)友協(CPAFFC)組織(ATO)')).toEqual([]);
    expect(removedFrom('Western China(Chongqing) A(jīng) 的(jīng) 經(Jīng) 經(jīng mào)')).toEqual([]);
  });

  it('reports each removal with its span, place and removed text', () => {
    const text = 'The forum\n經(jīng)貿';
    const [edit] = findPinyinNotes(sourceContext({ name: 't.txt', text }, 0), { start: 10, end: text.length });
    expect(edit?.span).toEqual({ start: 11, end: 17 });
    expect(edit?.replacement).toBe('');
    expect(edit?.issue).toMatchObject({ severity: 'info', code: 'INGEST_PINYIN_NOTE_REMOVED', file: 't.txt', place: { line: 2, column: 2, offset: 11 }, removed: '(jīng)' });
  });
});
