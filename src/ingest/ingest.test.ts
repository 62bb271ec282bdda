import { describe, expect, it } from 'vitest';
import { IngestError } from '../errors';
import { documentName } from './document-name';
import { detectTextLanguage } from './language/detect-text-language';
import { ingest } from './ingest';
import type { IngestInput } from './ingest-options';

const mixed = (text: string, name = 'news.en-zh.txt'): IngestInput => ({ kind: 'mixed', source: { name, text } });
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error.code;
    throw error;
  }
  return undefined;
};
const EN = 'On May 3rd, 2023, Chongqing and Lyon signed a memorandum.\n';
const ZH = '2023年5月3日，重慶與里昂簽署備忘錄(lù)。\n';

describe('ingest', () => {
  it('names the document after its source, and takes a name option', () => {
    expect(ingest(mixed(EN + ZH)).name).toBe('news.en-zh');
    expect(ingest(mixed(EN + ZH), { name: 'lyon' }).name).toBe('lyon');
  });

  it('keeps pinyin notes when asked to', () => {
    const doc = ingest(mixed(EN + ZH), { stripPinyinNotes: false });
    const block = doc.articles[0]?.blocks[1];
    expect(block?.kind === 'monolingual' ? block.paragraphs[0]?.text : undefined).toContain('(lù)');
    expect(doc.issues.filter((i) => i.code === 'INGEST_PINYIN_NOTE_REMOVED')).toEqual([]);
  });

  it('reports nothing suspicious when asked not to', () => {
    expect(ingest(mixed('The 20thCPC met.\n會議舉行,代表出席。\n'), { reportSuspectText: false }).issues).toEqual([]);
  });

  it('never returns a document without one of the languages', () => {
    expect(codeOf(() => ingest(mixed(EN)))).toBe('INGEST_NO_CHINESE_TEXT');
    expect(codeOf(() => ingest(mixed(ZH)))).toBe('INGEST_NO_ENGLISH_TEXT');
    expect(codeOf(() => ingest(mixed('2023\n***\n')))).toBe('INGEST_NO_ENGLISH_TEXT');
    expect(codeOf(() => ingest(mixed(' \n\t\n')))).toBe('INGEST_EMPTY_INPUT');
  });

  it('ingests a parallel pair and checks each side is in its language', () => {
    const en = { name: 'lyon.en.txt', text: EN };
    const zh = { name: 'lyon.zh.txt', text: ZH };
    const doc = ingest({ kind: 'parallel', en, zh });
    expect(doc.name).toBe('lyon');
    expect(doc.sources).toEqual([en, zh]);
    expect(doc.articles[0]?.blocks.map((b) => (b.kind === 'monolingual' ? `${b.lang} ${b.paragraphs[0]?.source}` : 'paired'))).toEqual(['en 0', 'zh 1']);
    expect(codeOf(() => ingest({ kind: 'parallel', en: zh, zh: en }))).toBe('INGEST_NO_ENGLISH_TEXT');
    expect(codeOf(() => ingest({ kind: 'parallel', en, zh: { name: 'x.zh.txt', text: EN } }))).toBe('INGEST_NO_CHINESE_TEXT');
  });

  it('warns about a line in the wrong language inside a parallel side, and keeps it', () => {
    const doc = ingest({ kind: 'parallel', en: { name: 'a.en.txt', text: `${EN}The city grew.\n重慶發展很快。\n` }, zh: { name: 'a.zh.txt', text: ZH } });
    expect(doc.issues.map((i) => `${i.file}:${i.place?.line} ${i.code}`)).toContain('a.en.txt:3 INGEST_SUSPECT_TEXT');
    const block = doc.articles[0]?.blocks[0];
    expect(block?.kind === 'monolingual' ? block.paragraphs.map((p) => p.text) : []).toContain('重慶發展很快。');
  });

  it('numbers the articles of several pairs in order, titled with the pair name', () => {
    const pair = (name: string): { name: string; en: { name: string; text: string }; zh: { name: string; text: string } } => ({
      name,
      en: { name: `${name}.en.txt`, text: EN },
      zh: { name: `${name}.zh.txt`, text: ZH },
    });
    const doc = ingest({ kind: 'pairs', pairs: [pair('a'), pair('b')] });
    expect(doc.articles.map((a) => `${a.index} ${a.title}`)).toEqual(['0 a', '1 b']);
    expect(doc.articles[1]?.blocks[1]?.kind === 'monolingual' ? doc.articles[1].blocks[1].paragraphs[0]?.source : -1).toBe(3);
    expect(doc.name).toBe('pairs');
  });
});

describe('documentName', () => {
  it('strips folders, .txt and language tags', () => {
    expect(documentName(mixed('', 'corpus/raw/chongqing-fao-2022.en-zh.txt'))).toBe('chongqing-fao-2022.en-zh');
    expect(documentName(mixed('', '<stdin>'))).toBe('stdin');
    expect(documentName({ kind: 'parallel', en: { name: 'C:\\x\\news_en.txt', text: '' }, zh: { name: 'news-zh-Hant.txt', text: '' } })).toBe('news');
    expect(documentName({ kind: 'parallel', en: { name: 'a.txt', text: '' }, zh: { name: 'b.txt', text: '' } })).toBe('a+b');
  });
});

describe('detectTextLanguage', () => {
  it('tells English, Chinese, both and neither apart', () => {
    expect(detectTextLanguage('The forum was held online.')).toBe('en');
    expect(detectTextLanguage('論壇在線上舉行(xíng)，COVID-19防控。')).toBe('zh');
    expect(detectTextLanguage('論壇以線上形式成功舉行。 The forum was held online.')).toBe('mixed');
    expect(detectTextLanguage('2023 ***')).toBeUndefined();
  });
});
