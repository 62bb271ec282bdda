import { describe, expect, it } from 'vitest';
import { parseTmx } from '../tmx/read/parse-tmx';
import { unitLoss } from './unit-loss';

const TMX = `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu tuid="9" creationdate="20221115T093000Z" usagecount="3">
  <prop type="x-confidence">0.9</prop><prop type="x-document">fao</prop><prop type="x-article">1</prop><prop type="x-bead">1-1</prop>
  <prop type="x-en-lines">1-1</prop><prop type="x-zh-lines">2-2</prop><prop type="x-en-span">0-9</prop><prop type="x-client">FAO</prop>
  <note>checked</note><note>twice</note>
  <tuv xml:lang="en-US" changeid="li"><prop type="x-style">formal</prop><note>en note</note><seg>the <bpt i="1">&lt;b&gt;</bpt>park<ept i="1">&lt;/b&gt;</ept></seg></tuv>
  <tuv xml:lang="zh-CN"><seg>园区</seg></tuv>
  <tuv xml:lang="zh-TW"><seg>園區</seg></tuv>
  <tuv xml:lang="ru"><seg>парк</seg></tuv>
</tu>
<tu><tuv xml:lang="en"><seg>plain</seg></tuv><tuv xml:lang="zh"><seg>简单</seg></tuv></tu>
</body></tmx>`;
const [rich, plain] = parseTmx(TMX).value.units;

describe('unitLoss', () => {
  it('names, per kind, everything TSV cannot carry: other variants, props besides provenance, attributes, notes, markup', () => {
    expect(rich && unitLoss(rich, 'tsv')).toEqual([
      { kind: 'variant', text: 'variants zh-TW, ru' },
      { kind: 'prop', text: 'props x-en-span, x-client' },
      { kind: 'attribute', text: 'attributes creationdate, usagecount' },
      { kind: 'note', text: '2 notes' },
      { kind: 'attribute', text: 'attribute changeid of en-US' },
      { kind: 'prop', text: 'prop x-style of en-US' },
      { kind: 'note', text: '1 note of en-US' },
      { kind: 'inline markup', text: 'inline markup of en-US' },
    ]);
  });

  it('for parallel text, also the tuid and every prop', () => {
    const lost = rich ? unitLoss(rich, 'parallel') : [];
    expect(lost.slice(0, 3)).toEqual([
      { kind: 'variant', text: 'variants zh-TW, ru' },
      { kind: 'tuid', text: 'the tuid' },
      { kind: 'prop', text: 'props x-confidence, x-document, x-article, x-bead, x-en-lines, x-zh-lines, x-en-span, x-client' },
    ]);
  });

  it('picks the Chinese variant the conversion picks: with Traditional preferred, zh-CN is the one lost', () => {
    expect(rich && unitLoss(rich, 'tsv', 'traditional')[0]).toEqual({ kind: 'variant', text: 'variants zh-CN, ru' });
  });

  it('finds nothing lost in a plain two-language unit', () => {
    expect(plain && unitLoss(plain, 'tsv')).toEqual([]);
    expect(plain && unitLoss(plain, 'parallel')).toEqual([]);
  });

  it('names what a unit without Chinese (which the conversion skips, with its own issue) would lose, without failing', () => {
    const [english] = parseTmx(`<tmx version="1.4"><header/><body><tu><tuv xml:lang="en" changeid="x"><seg>only English</seg></tuv></tu></body></tmx>`).value.units;
    expect(english && unitLoss(english, 'tsv')).toEqual([{ kind: 'attribute', text: 'attribute changeid of en' }]);
  });
});
