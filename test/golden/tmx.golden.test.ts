/**
 * Golden cases for the TMX reader: test/fixtures/tmx/<case>/input.tmx (+ options.json).
 * expected.json holds the units read (as TranslationUnits), the issues (code,
 * severity, place) and the error (code, place) — never messages. Hand-written
 * checks beside the generated file: at.txt is the text that must start at the
 * error's place, and every place must agree with LineIndex on the decoded text.
 * The same result must come out of the streaming reader fed 7-byte chunks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { isBitextError, type Issue } from '../../src/errors';
import { LineIndex } from '../../src/position';
import { parseTranslationUnits, readTranslationUnits, type TranslationUnitReadOptions } from '../../src/index';
import type { Point, TranslationUnit } from '../../src/types';
import { expectGolden, listCases, toGoldenJson } from '../helpers/golden';

interface Outcome {
  units: TranslationUnit[];
  issues: { severity: string; code: string; place?: Point }[];
  error?: { name: string; code: string; place?: Point } | undefined;
}

function summariseIssues(issues: readonly Issue[]): Outcome['issues'] {
  return issues.map((issue) => ({ severity: issue.severity, code: issue.code, ...(issue.place === undefined ? {} : { place: issue.place }) }));
}

function errorOf(error: unknown): Outcome['error'] {
  if (!isBitextError(error)) throw error;
  return { name: error.name, code: error.code, ...(error.place === undefined ? {} : { place: error.place }) };
}

function parseWhole(bytes: Uint8Array, options: TranslationUnitReadOptions): Outcome {
  const issues: Issue[] = [];
  try {
    const { value } = parseTranslationUnits(bytes, { ...options, onIssue: (issue) => issues.push(issue) });
    return { units: value, issues: summariseIssues(issues) };
  } catch (error) {
    return { units: [], issues: summariseIssues(issues), error: errorOf(error) };
  }
}

async function readStreamed(bytes: Uint8Array, options: TranslationUnitReadOptions): Promise<Outcome> {
  const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
  const issues: Issue[] = [];
  const units: TranslationUnit[] = [];
  try {
    for await (const unit of readTranslationUnits(chunks, { ...options, onIssue: (issue) => issues.push(issue) })) units.push(unit);
    return { units, issues: summariseIssues(issues) };
  } catch (error) {
    return { units, issues: summariseIssues(issues), error: errorOf(error) };
  }
}

/** The decoded text, as an independent decoder sees it (BOM sniffing only; these cases are UTF-8, UTF-16 or windows-1252). */
function decode(bytes: Uint8Array): string {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 100));
  return new TextDecoder(head.includes('windows-1252') ? 'windows-1252' : 'utf-8').decode(bytes);
}

const cases = listCases('tmx');

test('premise: there are golden cases', () => {
  expect(cases.length).toBeGreaterThan(30);
});

for (const goldenCase of cases) {
  const run = goldenCase.knownFailure === undefined ? test : test.fails;
  run(goldenCase.name, async (context) => {
    const bytes = new Uint8Array(readFileSync(join(goldenCase.dir, 'input.tmx')));
    const options = goldenCase.has('options.json') ? goldenCase.readJson('options.json') as TranslationUnitReadOptions : {};
    const whole = parseWhole(bytes, options);
    const streamed = await readStreamed(bytes, options);

    // The streaming reader agrees: same error, same issues; the units it yielded before an error are a prefix.
    expect(streamed.error).toEqual(whole.error);
    expect(streamed.issues).toEqual(whole.issues);
    if (whole.error === undefined) expect(streamed.units).toEqual(whole.units);

    // Every place agrees with LineIndex over the decoded text; at.txt starts at the error.
    const text = decode(bytes).replace(/^\uFEFF/u, '');
    const index = new LineIndex(text);
    for (const place of [whole.error?.place, ...whole.issues.map((issue) => issue.place)]) {
      if (place !== undefined) expect(index.pointAt(place.offset)).toEqual(place);
    }
    if (goldenCase.has('at.txt')) {
      expect(whole.error?.place).toBeDefined();
      expect(text.slice(whole.error?.place?.offset ?? 0).startsWith(goldenCase.read('at.txt'))).toBe(true);
    }

    const expected = whole.error === undefined ? whole : { ...whole, units: streamed.units };
    expectGolden(context, goldenCase, 'expected.json', toGoldenJson(expected));
  });
}
