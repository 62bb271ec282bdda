import { describe, expect, it } from 'vitest';
import type { Term, TermType } from '../../types';
import { groupEntries } from './group-entries';

const term = (type: TermType, en: string, zh: string): Term => ({ type, en, zh, zhHans: zh, count: 1, confidence: 0.9, methods: [], units: ['u'], examples: [] });

describe('groupEntries', () => {
  it('joins a short form to the one longer name it is part of, on both sides', () => {
    const { terms, entries } = groupEntries([term('org', 'Foreign Affairs Office', '外办'), term('org', 'Foreign Affairs Office of the Chongqing Municipal Government', '重庆市政府外办'), term('person', 'Wang Wen', '王雯')]);
    expect(entries).toHaveLength(2);
    expect(terms[0]?.entry).toBe(terms[1]?.entry);
    expect(terms[2]?.entry).not.toBe(terms[0]?.entry);
    expect(entries.flatMap((e) => e.terms).sort()).toEqual([0, 1, 2]);
  });

  it('joins variants of a name in either language, and acronyms through their Chinese', () => {
    const { entries } = groupEntries([term('event', 'Brexit', '英国脱欧'), term('event', 'Brexit', '英国退欧'), term('org', 'WFP', '世界粮食计划署'), term('org', 'World Food Programme', '世界粮食计划署')]);
    expect(entries.map((e) => e.terms)).toEqual([[0, 1], [2, 3]]);
  });

  it('keeps titles apart unless both forms agree (a president is 总统 or 主席)', () => {
    const { entries } = groupEntries([term('title', 'president', '总统'), term('title', 'president', '主席'), term('title', 'foreign ministers', '外长'), term('title', 'foreign minister', '外长')]);
    expect(entries.map((e) => e.terms)).toEqual([[0], [1], [2, 3]]);
  });

  it('leaves a short form alone when it fits several longer names', () => {
    const { entries } = groupEntries([
      term('org', 'Standing Committee', '常委会'),
      term('org', 'Standing Committee of the National People’s Congress', '全国人大常委会'),
      term('org', 'Standing Committee of the Chongqing Municipal People’s Congress', '重庆市人大常委会'),
    ]);
    expect(entries).toHaveLength(3);
  });
});
