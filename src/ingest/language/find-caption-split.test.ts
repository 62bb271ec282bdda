import { describe, expect, it } from 'vitest';
import { findCaptionSplit } from './find-caption-split';

const split = (text: string): { first: string; head: string; tail: string } | undefined => {
  const found = findCaptionSplit(text, { start: 0, end: text.length });
  return found === undefined ? undefined : { first: found.first, head: text.slice(0, found.at).trim(), tail: text.slice(found.at).trim() };
};

describe('findCaptionSplit', () => {
  it('splits English then Chinese after the sentence end', () => {
    expect(split('Nearly 50 business representatives attended the forum.雙方近50家企業代表出席論壇。')).toEqual({
      first: 'en',
      head: 'Nearly 50 business representatives attended the forum.',
      tail: '雙方近50家企業代表出席論壇。',
    });
  });

  it('splits a headline with no punctuation right before the first Han character', () => {
    expect(split('CPC Members Volunteer Against COVID-19重慶市外辦黨員下沉一線')).toMatchObject({ head: 'CPC Members Volunteer Against COVID-19', tail: '重慶市外辦黨員下沉一線' });
  });

  it('gives a number after the sentence end to the second part', () => {
    expect(split('The meeting was held online.2023年3月會議在線上舉行。')).toMatchObject({ head: 'The meeting was held online.', tail: '2023年3月會議在線上舉行。' });
    expect(split('The budget grew to 3.5 billion yuan this year.今年預算增至35億元。')).toMatchObject({ tail: '今年預算增至35億元。' });
  });

  it('splits Chinese then English', () => {
    expect(split('外事志願者服務進社區 Foreign Affairs Volunteers Serve the Community')).toEqual({
      first: 'zh',
      head: '外事志願者服務進社區',
      tail: 'Foreign Affairs Volunteers Serve the Community',
    });
  });

  it('leaves lines with a quotation of the other language alone', () => {
    expect(split('Chongqing (重慶) is a municipality in southwest China.')).toBeUndefined();
    expect(split('The city is known in Chinese as 重慶市 and is famous for hot pot.')).toBeUndefined();
    expect(split('重慶外辦在WeChat公眾號發布了COVID-19防控信息。')).toBeUndefined();
    expect(split('市民可以通過重慶國際交往平台查詢相關的政策信息 Chongqing Connect Platform')).toBeUndefined();
    expect(split('A very long English sentence about many things that happened in the city last year, with only a short gloss 重慶市政')).toBeUndefined();
  });

  it('ignores skipped spans (pinyin notes) when it counts', () => {
    const text = 'The two sides signed trade deals.雙方簽署經(jīng)貿協議。';
    const at = text.indexOf('(');
    expect(findCaptionSplit(text, { start: 0, end: text.length }, [{ start: at, end: at + 6 }])?.at).toBe(text.indexOf('雙'));
  });
});
