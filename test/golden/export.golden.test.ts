/**
 * Golden export files: test/fixtures/export/<case>/units.json (+ options.json
 * with `tmx`, `tsv`, `parallel` keys) → expected.tmx, expected.tsv,
 * expected.en, expected.zh and expected-issues.json (codes only).
 * Invariants checked beside the comparison: the TMX reads back into the same
 * number of units with the same text as the parallel files, the TSV has one
 * line per unit plus its header, and the parallel files have equal line counts.
 */
import { expect, test } from 'vitest';
import { exportParallelText, exportTsv, parseTranslationUnits, serializeTmx, type ParallelTextExportOptions, type SerializedTmx, type TmxWriteOptions, type TsvExportOptions } from '../../src/index';
import type { TranslationUnit } from '../../src/types';
import { expectGolden, listCases, toGoldenJson, type GoldenCase } from '../helpers/golden';

interface CaseOptions {
  readonly tmx?: TmxWriteOptions;
  readonly tsv?: TsvExportOptions;
  readonly parallel?: ParallelTextExportOptions;
}

function exportCase(goldenCase: GoldenCase): { tmx: SerializedTmx; tsv: string; parallel: ReturnType<typeof exportParallelText>; units: TranslationUnit[] } {
  const units = goldenCase.readJson('units.json') as TranslationUnit[];
  const options = goldenCase.has('options.json') ? goldenCase.readJson('options.json') as CaseOptions : {};
  return { units, tmx: serializeTmx(units, options.tmx), tsv: exportTsv(units, options.tsv), parallel: exportParallelText(units, options.parallel) };
}

for (const goldenCase of listCases('export')) {
  test(`${goldenCase.name}: invariants`, () => {
    const { units, tmx, tsv, parallel } = exportCase(goldenCase);
    const lines = (text: string): string[] => text.split('\n').slice(0, -1);
    expect(lines(parallel.value.en)).toHaveLength(lines(parallel.value.zh).length);
    expect(lines(tsv)).toHaveLength(units.length + 1);
    const readBack = parseTranslationUnits(tmx.value).value;
    expect(readBack).toHaveLength(lines(parallel.value.en).length);
    // Parallel text keeps inner white space and replaces line breaks; the TMX trims: compare normalised.
    const squeeze = (text: string): string => text.replace(/\s+/gu, ' ').trim();
    expect(readBack.map((u) => squeeze(u.en))).toEqual(lines(parallel.value.en).map(squeeze));
  });
  const outputs: [string, (result: ReturnType<typeof exportCase>) => string][] = [
    ['expected.tmx', (r) => r.tmx.value],
    ['expected.tsv', (r) => r.tsv],
    ['expected.en', (r) => r.parallel.value.en],
    ['expected.zh', (r) => r.parallel.value.zh],
    ['expected-issues.json', (r) => toGoldenJson({ tmx: r.tmx.issues.map((i) => i.code), parallel: r.parallel.issues.map((i) => i.code) })],
  ];
  for (const [file, output] of outputs) {
    test(`${goldenCase.name}: ${file}`, (context) => {
      expectGolden(context, goldenCase, file, output(exportCase(goldenCase)));
    });
  }
}
