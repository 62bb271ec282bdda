import { describe, expect, it } from 'vitest';
import { parseLexicon } from './lexicon';
import { loadLexicon } from './load-lexicon';

describe('lexicon', () => {
  it('parses the extract format, skipping comments', () => {
    const lexicon = parseLexicon('# header\n外办\t外辦\twai4 ban4\tforeign affairs office\n主任\t主任\tzhu3 ren4\tdirector/head\n');
    expect(lexicon.bySimplified.get('主任')?.[0]?.glosses).toEqual(['director', 'head']);
    expect(lexicon.maxWordLength).toBe(2);
  });

  it('loads the shipped CC-CEDICT extract', () => {
    const lexicon = loadLexicon();
    expect(lexicon.bySimplified.size).toBeGreaterThan(100_000);
    expect(lexicon.bySimplified.get('总领事')?.[0]).toEqual({ simplified: '总领事', traditional: '總領事', pinyin: 'zong3 ling3 shi4', glosses: ['consul general'] });
  });
});
