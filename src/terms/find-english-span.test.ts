import { describe, expect, it } from 'vitest';
import { findEnglishSpan } from './find-english-span';

describe('findEnglishSpan', () => {
  it('finds a term whatever its case, quotes and spacing', () => {
    const text = 'The  People’s Government met';
    expect(findEnglishSpan(text, "people's government")).toEqual({ start: 5, end: 24 });
    expect(text.slice(5, 24)).toBe('People’s Government');
  });

  it('treats regex characters literally and says when the term is absent', () => {
    expect(findEnglishSpan('Trade & Commerce (Co.)', 'Commerce (Co.)')).toEqual({ start: 8, end: 22 });
    expect(findEnglishSpan('Trade', 'Tr.de')).toBeUndefined();
    expect(findEnglishSpan('Trade', '  ')).toBeUndefined();
  });
});
