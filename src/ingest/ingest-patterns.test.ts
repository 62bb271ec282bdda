import { describe, expect, it } from 'vitest';
import * as patterns from './ingest-patterns';

/** Each pattern's documented examples: [text that matches, text that does not]. */
const EXAMPLES: Record<keyof typeof patterns, readonly [string, string]> = {
  PINYIN_NOTE_CANDIDATE: ['經(jīng)貿', '(重慶)'],
  PINYIN_LETTERS: ['jīng', 'ATO'],
  MISPLACED_PINYIN_NOTE: ['的(jīng)', '方案(a) A(jīng)'],
  ENGLISH_DATE_OPENER: ['On November 11th, 2022, Chongqing and San Francisco held', 'On the forum, representatives'],
  ENGLISH_YEAR_OPENER: ['2022 marks the 50th anniversary', '20 companies attended'],
  CHINESE_DATE_OPENER: ['2022年11月11日,重慶市與美國舊金山市', '自2020年以來,大賽已成功舉辦3屆'],
  CHINESE_YEAR_OPENER: ['2022年,是中日邦交正常化50周年', '2022川渝港澳青年論壇'],
  ARTICLE_CLOSER_EN: ['Source: Chongqing Foreign Affairs Official WeChat Account', 'Sources of growth were many.'],
  ARTICLE_CLOSER_ZH: ['來源/重慶外事微信公眾號', '來源於重慶的企業'],
  SENTENCE_END: ['attended the forum.', 'as Volunteers'],
  PART_END: ['。', '-'],
  GLUED_ORDINAL: ['20thCPC', 'the 20th CPC'],
  GLUED_SENTENCE: ['San Francisco.He said', 'U.S.A. and Ph.D.'],
  GLUED_COMMA: ['trade,investment', '1,000 and Co.,Ltd.'],
  GLUED_OPENING: ['Western China(Chongqing)', 'name(s) and China (Chongqing)'],
  GLUED_LIST_NUMBER: ['; 3)Officials', '1) Officials'],
  GLUED_FUNCTION_WORD: ['adopted theDeclaration of', 'iPhone, WeChat, McDonald, theory'],
  ACRONYM_WITH_L: ['COVlD-19', 'HCl, NaCl, Hello, COVID'],
  ADDRESS_TOKEN: ['www.Chongqing.gov.cn', 'Francisco.He'],
  BROKEN_QUESTION_MARK: ['正?;?0周年', '你好嗎?我很好'],
  ASCII_COMMA_IN_CHINESE: ['共識,促進', '1,000 和 A,B'],
  MOJIBAKE: ['cafÃ©', 'café Ânes'],
  CONTROL_CHARACTER: ['a\u0007b', 'a\tb\r\n'],
  BREAKING_CONTROL_CHARACTER: ['page\fbreak', 'a\u0007b'],
};

describe('ingest patterns', () => {
  it('has examples for every pattern', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(patterns).sort());
  });

  for (const [name, [yes, no]] of Object.entries(EXAMPLES)) {
    it(`${name} matches its example and not its counter-example`, () => {
      const pattern = patterns[name as keyof typeof patterns];
      expect(pattern.flags).toContain('u');
      expect(new RegExp(pattern.source, pattern.flags.replace('g', '')).test(yes)).toBe(true);
      expect(new RegExp(pattern.source, pattern.flags.replace('g', '')).test(no)).toBe(false);
    });
  }

  it('matches unpaired surrogates only', () => {
    expect(/[\uD800-\uDFFF]/u.test('𠮶')).toBe(false);
    expect(patterns.CONTROL_CHARACTER.test('a\uD800b')).toBe(true);
    patterns.CONTROL_CHARACTER.lastIndex = 0;
    expect(new RegExp(patterns.CONTROL_CHARACTER.source, 'u').test('𠮶')).toBe(false);
  });

  it('reads dates in the forms news leads use', () => {
    for (const lead of ['On 3 May 2021, the city', 'November 15, 2022 — The forum', 'In November 2022, Chongqing', 'On Dec. 5, the mayor']) {
      expect(patterns.ENGLISH_DATE_OPENER.test(lead), lead).toBe(true);
    }
    for (const lead of ['２０２２年１１月１１日，', '11月4日,中國人民', '二〇二二年十一月', '2022 年 11 月']) {
      expect(patterns.CHINESE_DATE_OPENER.test(lead) || patterns.CHINESE_YEAR_OPENER.test(lead), lead).toBe(true);
    }
  });
});
