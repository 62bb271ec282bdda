import { describe, expect, it } from 'vitest';
import { findEnglishCandidates } from './english-candidates';

const list = (text: string): string[] => findEnglishCandidates(text).map((c) => `${c.kind}:${c.text}`);

describe('findEnglishCandidates', () => {
  it('types spans by their head and keeps bare names', () => {
    const found = list('Wang Wen, Director-General of the Foreign Affairs Office of the Chongqing Municipal Government, spoke.');
    expect(found).toContain('name:Wang Wen');
    expect(found).toContain('title:Director-General of the Foreign Affairs Office of the Chongqing Municipal Government');
    expect(found).toContain('title:Director-General');
    expect(found).toContain('org:Foreign Affairs Office of the Chongqing Municipal Government');
    expect(found).toContain('org:Foreign Affairs Office');
    expect(found).toContain('org:Chongqing Municipal Government');
  });

  it('takes the head of "X of Y" from X', () => {
    expect(list('the Political and Legal Affairs Committee of Liangjiang New Area')).toContain(
      'org:Political and Legal Affairs Committee of Liangjiang New Area',
    );
    expect(list('Hong Kong and Macao Affairs Office')).not.toContain('org:Macao Affairs Office');
  });

  it('splits names joined by "and the", by "and" before a title, and after a head', () => {
    const found = list('the Foreign Affairs Office of the Chongqing Municipal Government and the Consulate General of Belarus');
    expect(found.some((c) => c.includes('Government and'))).toBe(false);
    expect(list('Deputy Secretary of the Party Working Committee and Secretary of the Committee')).not.toContain(
      'title:Deputy Secretary of the Party Working Committee and Secretary of the Committee',
    );
    expect(list('Wanzhou District and Yubei District')).toEqual(expect.arrayContaining(['place:Wanzhou District', 'place:Yubei District']));
  });

  it('drops a sentence opener and does not take a longer name for a person', () => {
    expect(list('The Forum on Innovation was held.')).toContain('event:Forum on Innovation');
    expect(list('Chongqing Jinkang New Energy Co., Ltd. attended')).not.toContain('name:Chongqing Jinkang');
  });

  it('finds a bare title before a name and a place inside a longer name', () => {
    expect(list('Professor Wu Yandong spoke.')).toEqual(['title:Professor', 'name:Wu Yandong']);
    expect(list('Group of Beibei District Government')).toContain('place:Beibei District');
  });
});
