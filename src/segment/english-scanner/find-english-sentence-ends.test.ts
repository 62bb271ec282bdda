import { describe, expect, it } from 'vitest';
import { findEnglishSentenceEnds } from './find-english-sentence-ends';
import { resolveSplitOptions } from '../split-options';

const RESOLVED = resolveSplitOptions(undefined);
/** The pieces between the ends the scanner finds. */
function pieces(text: string): string[] {
  const ends = findEnglishSentenceEnds(text, RESOLVED);
  return [...ends, text.length].map((end, k) => text.slice(k === 0 ? 0 : ends[k - 1], end).trim());
}

describe('findEnglishSentenceEnds', () => {
  it('runs its TSDoc example', () => {
    expect(findEnglishSentenceEnds('He left. "Why?" Nobody knew.', RESOLVED)).toEqual([8, 15]);
  });

  it('keeps a speech tag, capitalised or not, with its quotation', () => {
    expect(pieces('He left. "Why?" I asked.')).toEqual(['He left.', '"Why?" I asked.']);
    expect(pieces("'Stop!' he cried. Then")).toEqual(["'Stop!' he cried.", 'Then']);
  });

  it('reads a run of punctuation as one ending', () => {
    expect(pieces('Really?! Yes!!! No... Fine. . . . Done.')).toEqual(['Really?!', 'Yes!!!', 'No...', 'Fine. . . .', 'Done.']);
  });

  it('treats a list item start as a sentence start', () => {
    expect(findEnglishSentenceEnds('1.) One 2.) Two', RESOLVED, [8])).toEqual([]);
    expect(findEnglishSentenceEnds('1.) One 2.) Two', RESOLVED, [])).toEqual([11]);
  });

  it('tracks double quotations for the ellipsis rule', () => {
    expect(pieces('"What I mean is ... I want more."')).toEqual(['"What I mean is ...', 'I want more."']);
    expect(pieces('It was “a step ... The first” they said.')).toEqual(['It was “a step ... The first” they said.']);
  });
});
