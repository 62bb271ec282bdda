import { describe, expect, test } from 'vitest';
import { TmxParseError } from '../../errors';
import { chineseScriptOfTag, isChineseTag, isEnglishTag } from './lang-tags';
import { parseTmx } from '../read/parse-tmx';
import { parseTranslationUnits } from './parse-translation-units';
import { toTranslationUnit } from './to-translation-unit';

const doc = (tus: string): string => `<tmx version="1.4"><header srclang="en"/><body>\n${tus}\n</body></tmx>`;

describe('language tags', () => {
  test.each([
    ['zh', 'simplified'],
    ['zh-CN', 'simplified'],
    ['ZH-sg', 'simplified'],
    ['zh-Hans', 'simplified'],
    ['zh_Hans_TW', 'simplified'],
    ['zh-TW', 'traditional'],
    ['zh-hk', 'traditional'],
    ['zh-MO', 'traditional'],
    ['zh-Hant', 'traditional'],
    ['zh-Hant-CN', 'traditional'],
    ['en', undefined],
  ] as const)('%s → %s', (tag, script) => {
    expect(chineseScriptOfTag(tag)).toBe(script);
  });
  test('English and Chinese tags in any case', () => {
    expect(['en', 'EN-US', 'en_GB', 'eng'].every(isEnglishTag)).toBe(true);
    expect(['enx', 'fr', 'zh'].some(isEnglishTag)).toBe(false);
    expect(['zh', 'ZH-tw', 'cmn-Hans', 'zho'].every(isChineseTag)).toBe(true);
    expect(['ja', 'yue', 'zha'].some(isChineseTag)).toBe(false);
  });
});

describe('toTranslationUnit', () => {
  test('picks English and Chinese from a multilingual unit; id from tuid or position', () => {
    const { value } = parseTmx(
      doc(
        '<tu><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="zh-TW"><seg>你好嗎</seg></tuv><tuv xml:lang="EN-GB"><seg>Hello</seg></tuv><tuv xml:lang="zh-CN"><seg>你好吗</seg></tuv></tu>',
      ),
    );
    const unit = value.units[0]!;
    expect(toTranslationUnit(unit).value).toEqual({ id: '1', en: 'Hello', zh: '你好嗎', props: {} });
    expect(toTranslationUnit(unit, { preferChineseScript: 'simplified' }).value?.zh).toBe('你好吗');
    expect(toTranslationUnit(unit, { convertChinese: 'simplified' }).value?.zh).toBe('你好吗');
  });

  test('reads origin and confidence from bitext-tm props, keeps other props', () => {
    const props = [
      ['x-document', 'doc'],
      ['x-article', '2'],
      ['x-bead', '1-2'],
      ['x-en-lines', '3-3'],
      ['x-zh-lines', '7-8'],
      ['x-en-span', '10-20'],
      ['x-zh-span', '30-45'],
      ['x-confidence', '0.875'],
      ['x-domain', 'trade'],
      ['x-domain', 'law'],
    ]
      .map(([type, value]) => `<prop type="${type}">${value}</prop>`)
      .join('');
    const { value, issues } = parseTranslationUnits(doc(`<tu tuid="u">${props}<tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="zh"><seg>甲</seg></tuv></tu>`));
    expect(issues).toEqual([]);
    expect(value).toEqual([
      {
        id: 'u',
        en: 'a',
        zh: '甲',
        confidence: 0.875,
        origin: { document: 'doc', article: 2, bead: '1-2', lines: { en: [3, 3], zh: [7, 8] }, spans: { en: { start: 10, end: 20 }, zh: { start: 30, end: 45 } } },
        props: { 'x-domain': 'trade\nlaw' },
      },
    ]);
  });

  test('unreadable provenance stays as plain props, with a warning', () => {
    const { value, issues } = parseTranslationUnits(
      doc('<tu><prop type="x-confidence">high</prop><prop type="x-document">d</prop><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="zh"><seg>甲</seg></tuv></tu>'),
    );
    expect(value[0]?.props).toEqual({ 'x-confidence': 'high', 'x-document': 'd' });
    expect(value[0]?.confidence).toBeUndefined();
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['TMX_INVALID_PROP', 'warning'],
      ['TMX_INVALID_PROP', 'warning'],
    ]);
  });

  test('a unit without English or Chinese, or with an empty side, is skipped with an Issue, or fatal', () => {
    const text = doc(
      '<tu><tuv xml:lang="en"><seg>only English</seg></tuv></tu>\n<tu><tuv xml:lang="en"><seg> </seg></tuv><tuv xml:lang="zh"><seg>甲</seg></tuv></tu>',
    );
    const { value, issues } = parseTranslationUnits(text);
    expect(value).toEqual([]);
    expect(issues.map((i) => [i.code, i.severity, i.place?.line])).toEqual([
      ['TMX_MISSING_LANG', 'error', 2],
      ['TMX_MISSING_SEG', 'error', 3],
    ]);
    expect(() => parseTranslationUnits(text, { onMissingLang: 'error' })).toThrow(TmxParseError);
  });
});
