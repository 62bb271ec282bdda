import { describe, expect, test } from 'vitest';
import { TmxParseError } from '../../errors';
import { parseTmx } from './parse-tmx';

const tmx = (body: string, header = '<header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n${header}\n<body>\n${body}\n</body>\n</tmx>\n`;

const tu = (en: string, zh: string, attrs = ''): string =>
  `<tu${attrs}><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv></tu>`;

function parseError(input: string | Uint8Array, options = {}): TmxParseError {
  try {
    parseTmx(input, options);
  } catch (error) {
    if (error instanceof TmxParseError) return error;
    throw error;
  }
  throw new Error('expected a TmxParseError');
}

describe('parseTmx', () => {
  test('reads header, tuid, props, notes and variants', () => {
    const text = tmx(
      '<tu tuid="a1" creationdate="20220101T000000Z"><note>checked</note><prop type="x-domain">trade</prop>' +
        '<tuv xml:lang="en"><prop type="x-q">1</prop><seg>Save &amp; exit</seg></tuv>' +
        '<tuv xml:lang="zh-CN"><note xml:lang="en">n</note><seg>保存并退出</seg></tuv>' +
        '<tuv xml:lang="ja"><seg>保存して終了</seg></tuv></tu>',
    );
    const { value, issues } = parseTmx(text);
    expect(issues).toEqual([]);
    expect(value.header.version).toBe('1.4');
    expect(value.header.srclang).toBe('en');
    expect(value.header.attributes['creationtool']).toBe('t');
    const unit = value.units[0];
    expect(unit?.tuid).toBe('a1');
    expect(unit?.index).toBe(1);
    expect({ ...unit?.attributes }).toEqual({ creationdate: '20220101T000000Z' });
    expect(unit?.notes).toEqual([{ text: 'checked' }]);
    expect(unit?.props).toEqual([{ type: 'x-domain', value: 'trade' }]);
    expect(unit?.variants.map((v) => [v.lang, v.text])).toEqual([
      ['en', 'Save & exit'],
      ['zh-CN', '保存并退出'],
      ['ja', '保存して終了'],
    ]);
    expect(unit?.variants[0]?.props).toEqual([{ type: 'x-q', value: '1' }]);
    expect(unit?.variants[1]?.notes).toEqual([{ text: 'n', lang: 'en' }]);
    expect(unit?.place).toEqual({ line: 5, column: 1, offset: text.indexOf('<tu ') });
  });

  test('decodes references, CDATA and line breaks as XML 1.0 does', () => {
    const { value } = parseTmx(tmx(tu('a &lt;b&gt; &#x1F600;&#20013; &quot;&apos;<![CDATA[<i>&amp;</i>]]>\r\nz', '中')));
    expect(value.units[0]?.variants[0]?.text).toBe('a <b> 😀中 "\'<i>&amp;</i>\nz');
  });

  test('keeps white space inside seg exactly', () => {
    const { value } = parseTmx(tmx(tu('  two  spaces\t', '\u3000中')));
    expect(value.units[0]?.variants.map((v) => v.text)).toEqual(['  two  spaces\t', '\u3000中']);
  });

  test('TMX 1.1 lang attribute and any case of language codes', () => {
    const { value } = parseTmx(tmx('<tu><tuv lang="EN-US"><seg>a</seg></tuv><tuv lang="ZH_tw"><seg>乙</seg></tuv></tu>'));
    expect(value.units[0]?.variants.map((v) => v.lang)).toEqual(['EN-US', 'ZH_tw']);
  });

  test('inline markup is flattened or kept as tags', () => {
    const seg = 'Click <bpt i="1" x="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept> <ph>&lt;br/&gt;</ph><hi type="x">now</hi><it pos="begin">&lt;i&gt;</it>';
    const text = tmx(tu(seg, '点击'));
    expect(parseTmx(text).value.units[0]?.variants[0]).toMatchObject({ text: 'Click OK now', hasMarkup: true });
    expect(parseTmx(text, { inline: 'tags' }).value.units[0]?.variants[0]?.text).toBe(seg);
    expect(parseTmx(text).value.units[0]?.variants[1]?.hasMarkup).toBe(false);
  });

  test('UTF-16 with a byte-order mark, both byte orders, and UTF-8 with one', () => {
    const text = tmx(tu('Hello', '你好😀'));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    for (const bytes of [le, be, utf8]) expect(parseTmx(bytes).value.units[0]?.variants[1]?.text).toBe('你好😀');
  });

  test('an encoding named in the XML declaration', () => {
    const text = tmx(tu('caf\u00e9', '咖啡')).replace('UTF-8', 'ISO-8859-1');
    expect(text.includes('café')).toBe(true);
    const latin1 = Buffer.from(text.replace('咖啡', 'x'), 'latin1');
    expect(parseTmx(latin1).value.units[0]?.variants[0]?.text).toBe('café');
  });

  test('invalid UTF-8 is an error at the bad byte', () => {
    const text = tmx(tu('abc', '中'));
    const at = Buffer.byteLength(text.slice(0, text.indexOf('abc') + 1));
    const bytes = Buffer.from(text);
    bytes[at] = 0xff;
    const error = parseError(bytes);
    expect(error.code).toBe('TMX_INVALID_ENCODING');
    expect(error.place).toEqual({ line: 5, column: text.split('\n')[4]!.indexOf('abc') + 2, offset: text.indexOf('abc') + 1 });
  });

  test('units without a language or a seg are skipped with an error Issue, or fatal', () => {
    const text = tmx(`${tu('one', '一')}\n<tu><tuv><seg>x</seg></tuv></tu>\n<tu><tuv xml:lang="en"/></tu>\n<tu/>\n${tu('five', '五')}`);
    const { value, issues } = parseTmx(text);
    expect(value.units.map((u) => u.index)).toEqual([1, 5]);
    expect(issues.map((i) => [i.code, i.severity, i.place?.line, i.place?.column])).toEqual([
      ['TMX_MISSING_LANG', 'error', 6, 5],
      ['TMX_MISSING_SEG', 'error', 7, 5],
      ['TMX_MISSING_SEG', 'error', 8, 1],
    ]);
    const error = parseError(text, { onInvalidUnit: 'error' });
    expect([error.code, error.place?.line, error.place?.column]).toEqual(['TMX_MISSING_LANG', 6, 5]);
  });

  test('illegal characters are fatal by default, removed with a warning on request', () => {
    const text = tmx(tu('a\u0001b&#x2;', '中'));
    const error = parseError(text);
    expect([error.code, error.place?.line, error.place?.column]).toEqual(['TMX_ILLEGAL_CHAR', 5, 30]); // <tu><tuv xml:lang="en"><seg>a is 29 columns
    const { value, issues } = parseTmx(text, { illegalChars: 'remove' });
    expect(value.units[0]?.variants[0]?.text).toBe('ab');
    expect(issues.map((i) => [i.code, i.removed, i.place?.column])).toEqual([
      ['TMX_ILLEGAL_CHAR', '\u0001', 30],
      ['TMX_ILLEGAL_CHAR', '\u0002', 32],
    ]);
  });

  test('unknown elements and stray text are ignored with a warning', () => {
    const { value, issues } = parseTmx(tmx(`<foo><tu/></foo>stray ${tu('a', '甲')}`));
    expect(value.units).toHaveLength(1);
    expect(issues.map((i) => i.code)).toEqual(['TMX_UNEXPECTED_CONTENT', 'TMX_UNEXPECTED_CONTENT']);
  });

  test('a missing header is a warning', () => {
    const { value, issues } = parseTmx(tmx(tu('a', '甲'), ''));
    expect(value.units).toHaveLength(1);
    expect(issues.map((i) => i.code)).toEqual(['TMX_MISSING_HEADER']);
  });

  test('an oversized unit is refused at its start', () => {
    const error = parseError(tmx(tu('x'.repeat(2000), '甲')), { maxElementLength: 1000 });
    expect([error.code, error.place?.line, error.place?.column]).toEqual(['TMX_OVERSIZED_ELEMENT', 5, 1]);
  });

  test('bad options are a TMX_INVALID_OPTION error', () => {
    expect(parseError(tmx(''), { maxElementLength: 0 }).code).toBe('TMX_INVALID_OPTION');
    expect(parseError(tmx(''), { inline: 'xml' }).code).toBe('TMX_INVALID_OPTION');
  });

  test('__proto__ as an attribute or prop type is plain data', () => {
    const { value } = parseTmx(tmx(`<tu __proto__="p"><prop type="__proto__">v</prop>${tu('a', '甲').slice(4)}`));
    expect(value.units[0]?.attributes['__proto__']).toBe('p');
  });
});
