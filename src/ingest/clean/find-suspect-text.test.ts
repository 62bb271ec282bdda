import { describe, expect, it } from 'vitest';
import { findSuspectText } from './find-suspect-text';

const spots = (text: string, lang: 'en' | 'zh'): string[] => findSuspectText(text, lang).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);

describe('findSuspectText', () => {
  it('finds the seed damage in English', () => {
    expect(spots('the 20thCPC National Congress.Professor Wu', 'en')).toEqual(['INGEST_MISSING_SPACE 20thCPC', 'INGEST_MISSING_SPACE Congress.Professor']);
    expect(spots('adopted theDeclaration in San Francisco.He said', 'en')).toEqual(['INGEST_MISSING_SPACE theDeclaration', 'INGEST_MISSING_SPACE Francisco.He']);
    expect(spots('Volunteers in COVlD-19 prevention', 'en')).toEqual(['INGEST_SUSPECT_TEXT COVlD']);
  });

  it('raises no alarm on names, abbreviations, numbers and addresses', () => {
    const clean = 'iPhone, eBay, McDonald, WeChat, YouTube, PowerPoint, HCl, NaCl, U.S., Ph.D., e.g. this, 1,000.5 yuan, 3.5%, www.Example.com, info@Chongqing.gov, Co.,Ltd., the 1st and 22nd, Mr. Wang, (Phase II), “quoted” text.';
    expect(spots(clean, 'en')).toEqual([]);
  });

  it('checks the ordinal suffix before calling a number glued', () => {
    expect(spots('the 21thCentury', 'en')).toEqual([]);
    expect(spots('the 21stCentury', 'en')).toEqual(['INGEST_MISSING_SPACE 21stCentury']);
  });

  it('offers a fix only where it is safe', () => {
    const fixes = (text: string): string[] => findSuspectText(text, 'en').flatMap((f) => f.fixes.map((x) => `${x.span.start}:${x.replacement}`));
    expect(fixes('October 30thto May')).toEqual(['12: ']);
    expect(fixes('the 50thanniversary')).toEqual([]);
    expect(fixes('COVlD')).toEqual(['3:I']);
  });

  it('finds broken question marks and ASCII commas in Chinese, one warning per paragraph for commas', () => {
    expect(spots('中日邦交正?;?0周年,中韓建交30周年,雙方', 'zh')).toEqual(['INGEST_SUSPECT_TEXT ?;?', 'INGEST_SUSPECT_TEXT ,中韓建交30周年,']);
    expect(spots('你好嗎?我很好。價格為1,000元。', 'zh')).toEqual([]);
    expect(findSuspectText('甲,乙,丙', 'zh')[0]?.fixes.map((f) => f.replacement)).toEqual(['，', '，']);
  });

  it('reports a pinyin-like note that does not read its character', () => {
    expect(spots('的(jīng)', 'zh')).toEqual(['INGEST_SUSPECT_TEXT (jīng)']);
  });

  it('finds mojibake and replacement characters in either language', () => {
    expect(spots('cafÃ© and â€œquotesâ€\u009d', 'en')).toEqual(['INGEST_SUSPECT_TEXT Ã©', 'INGEST_SUSPECT_TEXT â€œ', 'INGEST_SUSPECT_TEXT â€\u009d']);
    expect(spots('重慶\uFFFD\uFFFD外辦', 'zh')).toEqual(['INGEST_SUSPECT_TEXT \uFFFD\uFFFD']);
  });
});
