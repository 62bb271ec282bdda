/**
 * The seed corpus (corpus/raw, 72 lines, 10 news articles of the Chongqing
 * FAO, 2022): what ingestion must find in it, written from reading the file,
 * not from the code's output.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest';
import type { Block, Document } from '../../src/types';
import { allParagraphs, losslessViolations } from '../helpers/ingest-invariants';

const SEED = new URL('../../corpus/raw/chongqing-fao-2022.en-zh.txt', import.meta.url);
const text = readFileSync(SEED, 'utf8');
const lines = text.split('\n');

/** Each article's blocks: `en 1-2` is an English block of lines 1 to 2, `paired 5` a caption line. */
const EXPECTED_ARTICLES = [
  ['en 1-2', 'zh 3-4', 'paired 5', 'paired 6', 'en 7-11', 'zh 12-15'], // Belarus forum; two caption lines; Source:/來源 close each side
  ['en 16-18', 'zh 19-21'], // briefing on the 20th CPC National Congress
  ['en 22-24', 'zh 25-27'], // video conference with San Francisco
  ['en 28-30', 'zh 31-33'], // Sichuan-Chongqing-Hong Kong-Macao youth forum
  ['en 34-35', 'zh 36-37'], // South Asian poverty alleviation seminar
  ['en 38-43', 'zh 44-49'], // China-Arab City Forum (English lead without a date)
  ['en 50-52', 'zh 53-55'], // Laos ambassador's visit
  ['en 56-57', 'zh 58-59'], // China-Japan-Korea conference ("2022 marks …" / "2022年,是…")
  ['en 60-61', 'zh 62-63', 'en 64', 'zh 65'], // composition contest: EN, ZH, EN, ZH
  ['paired 66', 'en 67-69', 'zh 70-72'], // volunteers, opened by a headline holding both languages
];

function describeBlock(block: Block): string {
  if (block.kind === 'paired') return `paired ${block.en.line}`;
  const first = block.paragraphs[0]?.line;
  const last = block.paragraphs[block.paragraphs.length - 1]?.line;
  return first === last ? `${block.lang} ${first}` : `${block.lang} ${first}-${last}`;
}

let document: Document;
beforeAll(() => {
  document = ingest({ kind: 'mixed', source: { name: 'corpus/raw/chongqing-fao-2022.en-zh.txt', text } });
});

describe('the seed corpus', () => {
  it('is the file the expectations were written for', () => {
    expect(lines.filter((l) => l.trim() !== '')).toHaveLength(72);
    expect(lines[10]).toMatch(/^Source: /u);
    expect(lines[14]).toMatch(/^來源\//u);
    expect(lines[65]).toMatch(/Volunteers重慶市政府外辦/u);
    expect(lines[63]).toMatch(/^The competition has been successfully held/u);
  });

  it('has 10 articles with the blocks stated above', () => {
    expect(document.articles.map((a) => a.blocks.map(describeBlock))).toEqual(EXPECTED_ARTICLES);
    expect(document.articles[9]?.title).toMatch(/^Over A Hundred CPC Members/u);
  });

  it('splits the three caption lines at the language switch', () => {
    const paired = document.articles.flatMap((a) => a.blocks).filter((b) => b.kind === 'paired');
    const sides = paired.map((b) => ({ en: b.en.text, zh: b.zh.text }));
    expect(sides).toHaveLength(3);
    expect(sides[0]?.en).toMatch(/^China \(Chongqing\) - Belarus .* Republic of Belarus in Chongqing\.$/u);
    expect(sides[0]?.zh).toMatch(/^重慶市政府外辦和白俄羅斯.*投資論壇。$/u);
    expect(sides[1]).toEqual({ en: 'Nearly 50 business representatives from Chongqing and Belarus attended the forum.', zh: '雙方近50家企業代表出席論壇。' });
    expect(sides[2]?.en).toMatch(/^Over A Hundred .* as Volunteers$/u);
    expect(sides[2]?.zh).toBe('重慶市政府外辦百余名黨員干部下沉一線志愿服務');
  });

  it('removes the 230 pinyin notes and no real parentheses', () => {
    // Premise: the notes are the tone-marked syllables in parentheses after a Han character.
    const notes = text.match(/\p{Script=Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔù]+[)）]/gu) ?? [];
    expect(notes).toHaveLength(230);
    const removed = document.issues.filter((i) => i.code === 'INGEST_PINYIN_NOTE_REMOVED');
    expect(removed).toHaveLength(230);
    const chinese = allParagraphs(document).filter((p) => p.lang === 'zh').map((p) => p.text).join('\n');
    expect(chinese).not.toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔù]+[)）]/u);
    expect(chinese).toContain('西部(重慶)科學城');
    expect(chinese).toContain('研修班(第二期)');
    expect(chinese).toContain('中國(重慶)—白俄羅斯經貿投資論壇');
    expect(allParagraphs(document).find((p) => p.line === 38)?.text).toContain('Countries(CPAFFC)');
  });

  it('keeps the damage and reports it', () => {
    const at = (line: number, code: string): number => document.issues.filter((i) => i.place?.line === line && i.code === code).length;
    expect(allParagraphs(document).find((p) => p.line === 58)?.text).toContain('正?;?0周年');
    expect(at(58, 'INGEST_SUSPECT_TEXT')).toBe(2); // "?;?" and the ASCII commas
    expect(at(66, 'INGEST_SUSPECT_TEXT')).toBe(1); // COVlD
    expect(at(16, 'INGEST_MISSING_SPACE')).toBe(2); // 20thCPC, Congress.Professor
    expect(at(24, 'INGEST_MISSING_SPACE')).toBe(1); // San Francisco.He
    expect(at(43, 'INGEST_MISSING_SPACE')).toBe(1); // theDeclaration
  });

  it('is Traditional Chinese and loses nothing', () => {
    expect(document.chineseScript).toBe('traditional');
    expect(losslessViolations(document)).toEqual([]);
  });
});
