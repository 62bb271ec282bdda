import { describe, expect, it } from 'vitest';
import { learnAssociations } from './association-links';

describe('learnAssociations', () => {
  it('links a word and a stretch that share units and rarely occur apart', () => {
    const leftovers = [
      { words: new Set(['heineken']), stretches: new Set(['喜力', '冠军']) },
      { words: new Set(['heineken', 'cup']), stretches: new Set(['喜力', '奖杯']) },
      { words: new Set(['cup']), stretches: new Set(['奖杯']) },
      { words: new Set(['cup']), stretches: new Set(['冠军']) },
    ];
    const associations = learnAssociations(leftovers);
    expect(associations.get('heineken')?.zh).toBe('喜力');
    expect(associations.get('heineken')?.dice).toBe(1);
  });

  it('never links on one shared unit', () => {
    expect(learnAssociations([{ words: new Set(['zeta']), stretches: new Set(['泽塔']) }]).size).toBe(0);
  });
});
