import { describe, expect, it } from 'vitest';
import { ENGLISH_WORD, tokenizeEnglish } from './tokenize-english';

const words = (text: string): string[] => tokenizeEnglish(text).map((t) => t.text);

describe('tokenizeEnglish', () => {
  it('runs its TSDoc examples', () => {
    expect('Consul-General of 1,000.5 U.S. firms'.match(ENGLISH_WORD)).toEqual(['Consul-General', 'of', '1,000.5', 'U.S', 'firms']);
    expect('Chongqing.重慶'.match(ENGLISH_WORD)).toEqual(['Chongqing']);
    expect(words("Wang Wen's forum")).toEqual(['Wang', "Wen's", 'forum']);
    expect(tokenizeEnglish('on Nov. 15th, 2022').map((t) => t.span.start)).toEqual([0, 3, 8, 14]);
  });

  it('keeps inner apostrophes, hyphens and periods, drops outer punctuation', () => {
    expect(words('don’t Belarus’ "COVID-19" e-mail, (U.K.)')).toEqual(['don’t', 'Belarus', 'COVID-19', 'e-mail', 'U.K']);
  });

  it('reads numbers with separators and a letter suffix', () => {
    expect(words('1,000.5 10:30 15th 20thCPC ２０２２')).toEqual(['1,000.5', '10:30', '15th', '20thCPC', '２０２２']);
  });

  it('keeps accented letters and combining marks in the word', () => {
    expect(words('café naïve Zoë e\u0301te')).toEqual(['café', 'naïve', 'Zoë', 'e\u0301te']);
  });

  it('never puts Han or kana into an English word', () => {
    expect(words('Forum论坛 2022年 カタカナ')).toEqual(['Forum', '2022']);
  });

  it('gives spans that slice the input', () => {
    const text = 'The 3rd China-Arab City Forum, online.';
    for (const token of tokenizeEnglish(text)) expect(text.slice(token.span.start, token.span.end)).toBe(token.text);
  });
});
