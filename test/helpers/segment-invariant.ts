/**
 * The lossless invariant of the sentence splitter, shared by the golden, seed
 * and property tests: sentences in order, each trimmed, non-empty and equal to
 * its span of the input, and nothing but white space between them.
 */
import { expect } from 'vitest';
import type { SplitSentence } from '../../src/index';

/** Assert the invariant for `sentences` split from `input`. */
export function expectLossless(input: string, sentences: readonly { readonly text: string; readonly span: SplitSentence['span'] }[]): void {
  let cursor = 0;
  for (const { text, span } of sentences) {
    expect(span.start).toBeGreaterThanOrEqual(cursor);
    expect(span.end).toBeGreaterThan(span.start);
    expect(input.slice(span.start, span.end)).toBe(text);
    expect(text.trim()).toBe(text);
    expect(input.slice(cursor, span.start).trim()).toBe('');
    cursor = span.end;
  }
  expect(input.slice(cursor).trim()).toBe('');
}
