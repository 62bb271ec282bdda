/**
 * The main job as a library call: without options it gives exactly the files
 * of `bitext-tm build` (the committed corpus/out), and so does the corpus
 * stage on the ingested seed; every stage's issues come back with a stage and a place.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors';
import { ingest } from '../ingest/ingest';
import { parseLexicon } from '../lexicon/lexicon';
import { build } from './build';
import type { BuildProgress } from './build-options';
import { buildCorpus } from './build-corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = 'corpus/raw/chongqing-fao-2022.en-zh.txt';
const seed = { kind: 'mixed' as const, source: { name: SEED, text: readFileSync(resolve(ROOT, SEED), 'utf8') } };
const committed = (file: string): string => readFileSync(resolve(ROOT, 'corpus/out', file), 'utf8');

describe('build', () => {
  it('without options writes the committed corpus/out byte for byte (what bitext-tm build writes)', () => {
    const progress: BuildProgress[] = [];
    const result = build(seed, { onProgress: (p) => progress.push(p) });
    expect(result.files.map((file) => file.name)).toEqual([
      'chongqing-fao-2022.en-zh.document.json', 'chongqing-fao-2022.en-zh.units.json', 'chongqing-fao-2022.en-zh.tmx',
      'chongqing-fao-2022.en-zh.terms.tsv', 'chongqing-fao-2022.en-zh.terms.tbx', 'chongqing-fao-2022.en-zh.terms.review.tsv',
      'chongqing-fao-2022.en-zh.report.html', 'chongqing-fao-2022.en-zh.issues.json',
    ]);
    for (const file of result.files) expect(file.content, file.name).toBe(committed(file.name));
    // Ten articles aligned one by one, and every step started and ended.
    expect(progress.filter((p) => p.step === 'align').map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([...new Set(progress.map((p) => p.step))]).toEqual(['ingest', 'dictionaries', 'align', 'tmx', 'terms', 'report']);
  });

  it('buildCorpus on the ingested seed, without options, gives the units of bitext-tm build', () => {
    const corpus = buildCorpus(ingest(seed));
    const units = (JSON.parse(committed('chongqing-fao-2022.en-zh.units.json')) as { units: unknown[] }).units;
    expect(units).toHaveLength(65);
    expect(JSON.parse(JSON.stringify(corpus.units))).toEqual(units);
  });

  it("takes the caller's lexicon, or none (weaker: lower confidence)", () => {
    const text = `The forum opened online on Tuesday. Nearly fifty companies from both countries took part. The meeting was chaired by the director.
論壇週二以線上形式開幕。兩國近五十家企業參加。會議由主任主持。
`;
    const input = { kind: 'mixed' as const, source: { name: 'forum.txt', text } };
    const mean = (options: Parameters<typeof build>[1]): number => build(input, options).corpus.summary.meanConfidence;
    const glossary = parseLexicon('论坛\t論壇\tlun4 tan2\tforum\n开幕\t開幕\tkai1 mu4\tto open\n企业\t企業\tqi3 ye4\tcompany\n主持\t主持\tzhu3 chi2\tto chair\n会议\t會議\thui4 yi4\tmeeting');
    const none = mean({ lexicon: 'none' });
    // Measured: 0.96 with CC-CEDICT, 0.92 with the five-entry glossary, 0.72 without a lexicon.
    expect(mean({})).toBeGreaterThan(0.95);
    expect(none).toBeLessThan(0.8);
    expect(mean({ lexicon: glossary })).toBeGreaterThan(none + 0.1);
  });

  it('returns every stage’s issues, each with its stage and its place in the input', () => {
    const text = 'The forum opened.\fNearly 50 companies took part.\n論壇開幕。近50家企業參加。\nSource: Chongqing Foreign Affairs Office\n';
    const result = build({ kind: 'mixed', source: { name: 'damaged.txt', text } });
    expect(result.issues.map((i) => [i.stage, i.code, i.file, i.place?.line, i.place?.column])).toEqual([
      ['ingest', 'INGEST_CONTROL_CHARACTER', 'damaged.txt', 1, 18],
      ['corpus', 'CORPUS_UNALIGNED_SENTENCE', 'damaged.txt', 3, 1],
      ['tmx', 'TMX_SCRIPT_CONVERTED', undefined, undefined, undefined],
    ]);
    const issuesFile = JSON.parse(result.files.find((f) => f.name === 'damaged.issues.json')?.content ?? '{}') as { counts: unknown };
    expect(issuesFile.counts).toEqual({ corpus: { CORPUS_UNALIGNED_SENTENCE: 1 }, ingest: { INGEST_CONTROL_CHARACTER: 1 }, tmx: { TMX_SCRIPT_CONVERTED: 1 } });
  });

  it('refuses a name that is not a plain file name, and a threshold outside [0, 1], before any work', () => {
    for (const name of ['../../x', 'a/b', 'a\\b', '..', '.', '', 'a\u0000b', 'x'.repeat(201)]) {
      expect(() => build(seed, { name }), name).toThrow(expect.objectContaining({ code: 'CORPUS_INVALID_OPTION' }));
    }
    expect(() => build(seed, { confidenceThreshold: 1.5 })).toThrow(UsageError);
    expect(build({ kind: 'mixed', source: { name: 'x.txt', text: 'The forum opened.\n論壇開幕。\n' } }, { name: '新聞 2023' }).name).toBe('新聞 2023');
  });
});
