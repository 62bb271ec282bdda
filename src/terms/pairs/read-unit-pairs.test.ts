import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../lexicon/default-lexicon';
import { termDictionary, type TermDictionary } from '../dictionary/term-dictionary';
import { corpusWordFacts } from '../english/corpus-word-facts';
import { createReadings } from '../links/pinyin-key';
import { readUnitPairs } from './read-unit-pairs';

let dictionary: TermDictionary;
beforeAll(() => {
  dictionary = termDictionary(defaultLexicon());
});

/** The pairs read off one unit, as "English=Chinese". */
function pairsOf(en: string, zh: string): string[] {
  const units = [{ id: '1', en, zh }];
  const reading = readUnitPairs(units, { dictionary, readings: createReadings(), facts: corpusWordFacts(units, dictionary) });
  return reading.pairs.map((p) => `${p.candidate.text}=${p.zhHans}`);
}

describe('readUnitPairs with CC-CEDICT', () => {
  it('reads an abbreviation as what it abbreviates (中共 is the Communist Party of China, so CPC)', () => {
    expect(pairsOf('He joined the CPC in 1975.', '他于1975年加入中共。')).toContain('CPC=中共');
  });

  it('takes in 党的 before a numbered congress when the English names the Party', () => {
    expect(pairsOf('The 20th CPC National Congress will open in October.', '党的二十大将于十月开幕。')).toContain('20th CPC National Congress=党的二十大');
  });

  it('opens a name with a month or a day when a name word follows ("May Fourth Movement")', () => {
    expect(pairsOf('The May Fourth Movement marked a new beginning.', '五四运动标志着新的开端。')).toContain('May Fourth Movement=五四运动');
  });

  it('never widens a day into the transliterated name after it', () => {
    expect(pairsOf('On Monday Boris Johnson spoke to reporters.', '周一鲍里斯·约翰逊对记者发表讲话。')).toContain('Boris Johnson=鲍里斯·约翰逊');
  });

  it('meets a gloss verb with the English noun of the same root (cooperate ~ Cooperation)', () => {
    expect(pairsOf('The Regional Cooperation Agency opened an office.', '区域合作局开设了一个办事处。')).toContain('Regional Cooperation Agency=区域合作局');
  });
});
