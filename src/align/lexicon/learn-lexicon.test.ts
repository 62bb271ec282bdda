import { describe, expect, it } from 'vitest';
import { learnLexicon } from './learn-lexicon';
import { EvidenceBuilder, ITEM_KIND, withLearnedWords } from '../evidence/sentence-evidence';

describe('learnLexicon', () => {
  // Concept ids: Chinese words 100 (韦), 101 (小宝), 102 (说); English 1 (trinket), 2 (say), 3 (cake).
  const beads = [
    { words: new Set([100, 101, 102]), concepts: new Set([1, 2]) },
    { words: new Set([100, 101]), concepts: new Set([1, 3]) },
    { words: new Set([100, 102]), concepts: new Set([1]) },
    { words: new Set([102]), concepts: new Set([2]) },
  ];

  it('keeps pairs that co-occur often enough with a high Dice coefficient (computed by hand)', () => {
    // 韦–trinket: together 3 times, c(韦) = 3, c(trinket) = 3 → Dice 1.
    // 小宝–trinket: 2 times (below a minimum count of 3).
    // 说–say: 2 times; 说–trinket: 2 times.
    expect(learnLexicon(beads, { minCount: 3, minDice: 0.3 })).toEqual(new Map([[100, [1]]]));
    // With a minimum count of 2: 说 (c = 3) and say (c = 2) meet twice → Dice 2·2 / 5 = 0.8.
    const looser = learnLexicon(beads, { minCount: 2, minDice: 0.7 });
    expect(looser.get(102)).toEqual([2]);
    expect(looser.get(101)).toEqual([1]); // 2·2 / (2 + 3) = 0.8
  });
});

describe('withLearnedWords', () => {
  it('adds learned translations to a word’s item, or makes an item for a word that had none', () => {
    const builder = new EvidenceBuilder();
    const item = builder.addItem(ITEM_KIND.word, [7]);
    builder.addWord(100, item); // a word with an item
    builder.addWord(101, builder.addItem(ITEM_KIND.pinyin, [])); // a word with no concepts: no item
    const evidence = builder.build({ chars: 2, bytes: 6, words: 2 });
    expect(evidence.itemCount).toBe(1);
    const learned = withLearnedWords(evidence, new Map([[100, [1]], [101, [1, 3]]]));
    expect(learned.itemCount).toBe(2);
    expect(Array.from(learned.concepts)).toEqual([1, 3, 7]);
    // Concept 1 is held by both items, 3 by the new one, 7 by the first.
    expect(Array.from(learned.conceptItems)).toEqual([0, 1, 1, 0]);
    expect(Array.from(learned.itemKind)).toEqual([ITEM_KIND.word, ITEM_KIND.word]);
  });
});
