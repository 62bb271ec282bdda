import { describe, expect, test } from 'vitest';
import { readTranslationUnits } from './read-translation-units';

const tmx = (body: string): string =>
  `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>${body}</body></tmx>`;
const PLAIN = '<tu tuid="1"><tuv xml:lang="en"><seg>Save</seg></tuv><tuv xml:lang="zh-CN"><seg>保存</seg></tuv></tu>';
const MARKED = '<tu tuid="2"><tuv xml:lang="en"><seg>Save <ph x="1">&lt;br/&gt;</ph>now</seg></tuv><tuv xml:lang="zh-CN"><seg>现在<bpt i="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>';

describe('readTranslationUnits', () => {
  test('yields the English–Chinese units and counts those whose inline markup was flattened', async () => {
    const reader = readTranslationUnits([tmx(PLAIN + MARKED + PLAIN.replace('"1"', '"3"'))]);
    const units = [];
    for await (const unit of reader) units.push([unit.id, unit.en, unit.zh]);
    expect(units).toEqual([
      ['1', 'Save', '保存'],
      ['2', 'Save now', '现在保存'],
      ['3', 'Save', '保存'],
    ]);
    expect(reader.unitsWithMarkup).toBe(1);
  });

  test('counts nothing in a memory without markup', async () => {
    const reader = readTranslationUnits([tmx(PLAIN)]);
    for await (const unit of reader) expect(unit.id).toBe('1');
    expect(reader.unitsWithMarkup).toBe(0);
  });
});
