import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { toSimplified, toTraditional } from '../../chinese/convert-script';
import { TmxWriteError, type Issue } from '../../errors';
import type { TranslationUnit } from '../../types';
import { VERSION } from '../../version';
import { createTmxWriter, type TmxWriteStats } from './create-tmx-writer';
import { serializeTmx } from './serialize-tmx';
import { formatTmxDate } from './tmx-prolog';
import type { TmxWriteOptions } from './tmx-write-options';

const UNIT: TranslationUnit = {
  id: '7',
  en: 'Save & exit <now> "quoted" \'single\' ]]>',
  zh: '保存並退出「現在」',
  confidence: 0.8125,
  origin: { document: 'doc & co', article: 1, bead: '1-2', lines: { en: [3, 3], zh: [9, 10] }, spans: { en: { start: 5, end: 45 }, zh: { start: 100, end: 120 } } },
  props: { 'x-domain': 'trade' },
};

/** fast-xml-parser as an independent reader of what we write. */
const oracle = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, trimValues: false, isArray: (name) => ['tu', 'tuv', 'prop'].includes(name) });

/** The shape the oracle gives a TMX with the options above (the tests check what they read). */
interface OracleTmx {
  readonly tmx: {
    readonly header: unknown;
    readonly body: {
      readonly tu: readonly {
        readonly tuid?: string;
        readonly tuv: readonly { readonly 'xml:lang': string; readonly seg: string }[];
        readonly prop: readonly { readonly type: string; readonly '#text': string }[];
      }[];
    };
  };
}
const readWithOracle = (xml: string): OracleTmx => oracle.parse(xml) as OracleTmx;

describe('serializeTmx', () => {
  test('writes the header the DTD requires, version 1.4, no creationdate without a date', () => {
    const { value } = serializeTmx([UNIT]);
    expect(value.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n')).toBe(true);
    const header = readWithOracle(value).tmx.header;
    expect(header).toEqual({ creationtool: 'bitext-tm', creationtoolversion: VERSION, segtype: 'sentence', 'o-tmf': 'bitext-tm', adminlang: 'en', srclang: 'en', datatype: 'plaintext' });
  });

  test('creationdate from a Date or SOURCE_DATE_EPOCH seconds', () => {
    expect(formatTmxDate(0)).toBe('19700101T000000Z');
    expect(formatTmxDate(new Date(Date.UTC(2022, 10, 15, 8, 5, 9)))).toBe('20221115T080509Z');
    expect(serializeTmx([], { creationDate: 1668470400 }).value).toContain('creationdate="20221115T000000Z"');
    expect(() => serializeTmx([], { creationDate: Number.NaN })).toThrow(TmxWriteError);
  });

  test('is deterministic', () => {
    expect(serializeTmx([UNIT, UNIT]).value).toBe(serializeTmx([UNIT, UNIT]).value);
  });

  test('escapes text so another XML parser reads back exactly the text (after zh-CN conversion)', () => {
    const tus = readWithOracle(serializeTmx([UNIT]).value).tmx.body.tu;
    expect(tus).toHaveLength(1);
    const tu = tus[0]!;
    expect(tu.tuid).toBe('7');
    expect(tu.tuv.map((tuv: { 'xml:lang': string; seg: string }) => [tuv['xml:lang'], tuv.seg])).toEqual([
      ['en', UNIT.en],
      ['zh-CN', '保存并退出「现在」'],
    ]);
    expect(tu.prop.map((p: { type: string; '#text': string }) => [p.type, p['#text']])).toEqual([
      ['x-document', 'doc & co'],
      ['x-article', '1'],
      ['x-bead', '1-2'],
      ['x-en-lines', '3-3'],
      ['x-zh-lines', '9-10'],
      ['x-en-span', '5-45'],
      ['x-zh-span', '100-120'],
      ['x-confidence', '0.8125'],
      ['x-domain', 'trade'],
    ]);
  });

  test('props come before the tuvs (DTD order), the source tuv first', () => {
    const { value } = serializeTmx([UNIT], { sourceLanguage: 'zh', zhLang: 'zh-TW' });
    expect(value).toContain('srclang="zh-TW"');
    expect(value.lastIndexOf('<prop')).toBeLessThan(value.indexOf('<tuv'));
    expect(value.indexOf('<tuv xml:lang="zh-TW"><seg>保存並退出「現在」</seg>')).toBeLessThan(value.indexOf('<tuv xml:lang="en">'));
  });

  test('Chinese conversion follows zhLang unless told otherwise', () => {
    const unit = { id: '1', en: 'Chongqing', zh: '重慶' };
    expect(serializeTmx([unit]).value).toContain('<seg>重庆</seg>');
    expect(serializeTmx([unit], { zhLang: 'zh-Hant' }).value).toContain('<seg>重慶</seg>');
    expect(serializeTmx([{ ...unit, zh: '重庆' }], { zhLang: 'zh-TW' }).value).toContain('<seg>重慶</seg>');
    expect(serializeTmx([unit], { zhLang: 'zh' }).value).toContain('<seg>重慶</seg>');
    expect(serializeTmx([unit], { convertChinese: 'none' }).value).toContain('<seg>重慶</seg>');
    const { issues, stats } = serializeTmx([unit, unit]);
    expect(stats.converted).toBe(2);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['TMX_SCRIPT_CONVERTED', 'info']]);
  });

  test('trims edges and removes XML-illegal characters, reporting each', () => {
    const { value, issues, stats } = serializeTmx([{ id: 'a\u0001', en: ' \u0002Hi\uFFFF ', zh: '\u3000好\uD800' }], { convertChinese: 'none' });
    expect(value).toContain('<tu tuid="a">');
    expect(value).toContain('<seg>Hi</seg>');
    expect(value).toContain('<seg>好</seg>');
    expect(issues.map((i) => [i.code, i.removed])).toEqual([
      ['TMX_ILLEGAL_CHAR', '\u0002\uFFFF'],
      ['TMX_TRIMMED_WHITESPACE', '  '],
      ['TMX_ILLEGAL_CHAR', '\uD800'],
      ['TMX_TRIMMED_WHITESPACE', '\u3000'],
      ['TMX_ILLEGAL_CHAR', '\u0001'],
    ]);
    expect(stats).toMatchObject({ trimmed: 2, illegalCharsRemoved: 4 });
  });

  test('illegal characters are a TmxWriteError on request', () => {
    expect(() => serializeTmx([{ id: '1', en: 'a\u0000', zh: '甲' }], { illegalChars: 'error' })).toThrow(expect.objectContaining({ code: 'TMX_ILLEGAL_CHAR' }));
  });

  test('keeps CR, tabs and newlines inside text; attributes escape them', () => {
    const { value } = serializeTmx([{ id: 'a\tb\nc', en: 'line 1\r\nline\t2', zh: '甲', props: { 'k\n': 'v\r' } }]);
    expect(value).toContain('tuid="a&#x9;b&#xA;c"');
    expect(value).toContain('<seg>line 1&#xD;\nline\t2</seg>');
    expect(value).toContain('<prop type="k&#xA;">v&#xD;</prop>');
  });

  test('skips units with an empty side, duplicates (dedupe) and reserved props, reporting each', () => {
    const units: TranslationUnit[] = [
      { id: '1', en: 'a', zh: '甲' },
      { id: '2', en: ' ', zh: '乙' },
      { id: '3', en: 'a ', zh: '甲' },
      { id: '4', en: 'b', zh: '乙', props: { 'x-confidence': '1' } },
    ];
    const { value, issues, stats } = serializeTmx(units, { dedupe: true });
    expect(value.match(/<tu /gu)).toHaveLength(2);
    expect(value).not.toContain('<prop');
    expect(issues.map((i) => i.code)).toEqual(['TMX_TRIMMED_WHITESPACE', 'TMX_EMPTY_SEG', 'TMX_TRIMMED_WHITESPACE', 'TMX_DUPLICATE_UNIT', 'TMX_RESERVED_PROP']);
    expect(stats).toMatchObject({ units: 4, written: 2, empty: 1, duplicates: 1 });
    // What the user reads: which unit, which side, what happened to it.
    expect(issues.filter((i) => i.code !== 'TMX_TRIMMED_WHITESPACE').map((i) => [i.severity, i.message])).toEqual([
      ['warning', 'Expected text on both sides of unit "2", found the English side empty; the unit was not written.'],
      ['info', 'Skipped unit "3": the same English and Chinese were already written.'],
      ['warning', "Expected unit props other than bitext-tm's own x-confidence, found it in unit \"4\"; it was not written (use confidence or origin)."],
    ]);
    const noChinese = serializeTmx([{ id: '5', en: 'c', zh: '\u3000' }]);
    expect(noChinese.issues.map((i) => i.message)).toContain('Expected text on both sides of unit "5", found the Chinese side empty; the unit was not written.');
    expect(noChinese.stats).toMatchObject({ units: 1, written: 0, empty: 1, converted: 0 });
  });

  test('says what it converted, to which script, for which tag', () => {
    const unit = { id: '1', en: 'Chongqing', zh: '重慶' };
    expect(serializeTmx([unit, { ...unit, id: '2', zh: '北京' }]).issues.map((i) => i.message)).toEqual(['Converted the Chinese text of 1 unit(s) to Simplified script to match xml:lang="zh-CN".']);
    expect(serializeTmx([{ ...unit, zh: '重庆' }], { zhLang: 'zh-Hant' }).issues.map((i) => i.message)).toEqual(['Converted the Chinese text of 1 unit(s) to Traditional script to match xml:lang="zh-Hant".']);
    expect(serializeTmx([unit], { zhLang: 'zh-Hans' }).value).toContain('<seg>重庆</seg>');
    expect(serializeTmx([unit], { zhLang: 'zh-TW', convertChinese: 'simplified' }).value).toContain('<tuv xml:lang="zh-TW"><seg>重庆</seg>');
    expect(serializeTmx([{ ...unit, zh: '重庆' }], { convertChinese: 'traditional' }).value).toContain('<tuv xml:lang="zh-CN"><seg>重慶</seg>');
    // Nothing to convert: no issue, no count.
    const same = serializeTmx([{ ...unit, zh: '北京' }]);
    expect([same.issues, same.stats.converted]).toEqual([[], 0]);
  });

  test('tuid and provenance can be left out', () => {
    const { value } = serializeTmx([UNIT], { tuid: false, provenance: false });
    expect(value).toContain('<tu>\n');
    expect(value).not.toContain('x-confidence');
    expect(value).toContain('x-domain');
  });

  test.each([
    [{ enLang: 'fr' }, 'Expected enLang to be an English language tag such as en or en-US, found "fr".'],
    [{ enLang: 'en-' }, 'Expected enLang to be an English language tag such as en or en-US, found "en-".'],
    [{ enLang: 'en-US-toolongvariant' }, 'Expected enLang to be an English language tag such as en or en-US, found "en-US-toolongvariant".'],
    [{ zhLang: 'zh-HK' }, 'Expected zhLang to be one of zh-CN, zh-TW, zh-Hans, zh-Hant, zh, found "zh-HK".'],
    [{ sourceLanguage: 'fr' }, 'Expected sourceLanguage to be en or zh, found "fr".'],
    [{ convertChinese: 'pinyin' }, 'Expected convertChinese to be auto, none, simplified or traditional, found "pinyin".'],
    [{ adminLang: 'en-' }, 'Expected adminLang to be a language tag such as en, found "en-".'],
    [{ adminLang: 'x en' }, 'Expected adminLang to be a language tag such as en, found "x en".'],
    [{ originalFormat: 'a\u0001b' }, 'Expected originalFormat without XML-illegal characters.'],
    [{ illegalChars: 'keep' }, 'Expected illegalChars to be remove or error, found "keep".'],
  ])('bad option %o: TMX_INVALID_OPTION saying what it found', (options, message) => {
    expect(() => createTmxWriter(options as never)).toThrow(expect.objectContaining({ code: 'TMX_INVALID_OPTION', message }));
  });

  test('good tags pass: a region, a script, an admin language with a subtag', () => {
    expect(() => createTmxWriter({ enLang: 'en-GB', adminLang: 'zh-Hans-CN', zhLang: 'zh-Hant' })).not.toThrow();
  });

  test.each([{ enLang: 'fr' }, { enLang: 'en US' }, { zhLang: 'zh-HK' }, { sourceLanguage: 'fr' }, { convertChinese: 'pinyin' }, { illegalChars: 'keep' }, { adminLang: '' }])('bad option %o is TMX_INVALID_OPTION', (options) => {
    expect(() => createTmxWriter(options as never)).toThrow(expect.objectContaining({ code: 'TMX_INVALID_OPTION' }));
  });

  test('onIssue receives issues instead of the issues array', () => {
    const seen: string[] = [];
    const { issues } = serializeTmx([{ id: '1', en: ' a', zh: '甲' }], { onIssue: (issue) => seen.push(issue.code) });
    expect(issues).toEqual([]);
    expect(seen).toEqual(['TMX_TRIMMED_WHITESPACE']);
  });
});

/** The reference: `write` on one unit at a time, each Chinese text converted by its own OpenCC call. */
function writeOneByOne(units: readonly TranslationUnit[], options: TmxWriteOptions = {}): { value: string; issues: readonly Issue[]; stats: TmxWriteStats } {
  const writer = createTmxWriter(options);
  const value = writer.start() + units.map((unit) => writer.write(unit)).join('') + writer.end();
  return { value, issues: writer.issues, stats: writer.stats };
}

describe('createTmxWriter().writeMany', () => {
  // Neighbouring units whose Chinese would form an OpenCC phrase if joined (著|作, 乾|隆, 里|昂, 周|年),
  // a description character (⿰) before a unit starting with a convertible character, text the writer normalises first.
  const zhs = ['著', '作', '乾', '隆', '里', '昂', '周', '年', '木⿰', '體', ' 重慶\u0001 ', '\u0000著', '作', '重慶', '重慶', '', '臺灣'];
  const units: TranslationUnit[] = zhs.map((zh, i) => ({ id: String(i), en: `Unit ${i}`, zh }));

  test.each([{}, { zhLang: 'zh-TW' as const }, { convertChinese: 'simplified' as const, dedupe: true }, { convertChinese: 'none' as const }])(
    'writes what write writes unit by unit, issues and stats included (%o)',
    (options) => {
      const writer = createTmxWriter(options);
      const value = writer.start() + writer.writeMany(units) + writer.end();
      const expected = writeOneByOne(units, options);
      expect(value).toBe(expected.value);
      expect(writer.issues).toEqual(expected.issues);
      expect(writer.stats).toEqual(expected.stats);
    },
  );

  test('premise: the units above convert differently when joined', () => {
    expect(toSimplified('著作乾隆')).not.toBe(toSimplified('著') + toSimplified('作') + toSimplified('乾') + toSimplified('隆'));
    expect(toTraditional('里昂周年')).not.toBe(toTraditional('里') + toTraditional('昂') + toTraditional('周') + toTraditional('年'));
    expect(writeOneByOne(units).value).toContain('<seg>着</seg>');
  });
});

describe('createTmxWriter().chunks', () => {
  test('streams the same document serializeTmx writes, from sync and async iterables', async () => {
    const units = Array.from({ length: 500 }, (_, i) => ({ ...UNIT, id: String(i) }));
    const expected = serializeTmx(units).value;
    expect(expected).toBe(writeOneByOne(units).value);
    // eslint-disable-next-line @typescript-eslint/require-await -- an async source with nothing to wait for is the case under test
    async function* asyncUnits(): AsyncGenerator<TranslationUnit> {
      yield* units;
    }
    for (const source of [units, asyncUnits()]) {
      const chunks: string[] = [];
      for await (const chunk of createTmxWriter().chunks(source)) chunks.push(chunk);
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks.join('')).toBe(expected);
    }
  });
});
