import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggestion } from './did-you-mean';

describe('editDistance (Damerau–Levenshtein, optimal string alignment)', () => {
  it('counts inserts, deletes, substitutions and neighbour swaps as one edit each', () => {
    expect(editDistance('build', 'build')).toBe(0);
    expect(editDistance('biuld', 'build')).toBe(1); // swap
    expect(editDistance('buil', 'build')).toBe(1); // insert
    expect(editDistance('buuild', 'build')).toBe(1); // delete
    expect(editDistance('bwild', 'build')).toBe(1); // substitute
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('ca', 'abc')).toBe(3); // OSA: no edit of a swapped pair
  });
});

describe('didYouMean', () => {
  const commands = ['build', 'align', 'eval', 'terms', 'term', 'tmx', 'index', 'lookup', 'concordance'];
  const buildOptions = ['--out', '-o', '--name', '--repair', '--zh-lang', '--threshold', '--creation-date', '--help', '--quiet'];

  it('finds misspelt commands and options', () => {
    expect(didYouMean('biuld', commands)).toBe('build');
    expect(didYouMean('lokup', commands)).toBe('lookup');
    expect(didYouMean('concordence', commands)).toBe('concordance');
    expect(didYouMean('--thresold', buildOptions)).toBe('--threshold');
    expect(didYouMean('--zhlang', buildOptions)).toBe('--zh-lang');
    expect(didYouMean('--creation', buildOptions)).toBe('--creation-date'); // a unique prefix
    expect(didYouMean('Build', commands)).toBe('build');
  });

  it('stays quiet when nothing is close', () => {
    expect(didYouMean('frobnicate', commands)).toBeUndefined();
    expect(didYouMean('--verbose', buildOptions)).toBeUndefined();
    expect(didYouMean('x', ['tmx', 'term'])).toBeUndefined();
    expect(didYouMean('', commands)).toBeUndefined();
    expect(didYouMean('te', commands)).toBeUndefined(); // too short for a prefix guess
  });

  it('ends a sentence, or adds nothing', () => {
    expect(suggestion('tsb', ['beads', 'tsv', 'json'])).toBe(' Did you mean "tsv"?');
    expect(suggestion('xml', ['beads', 'tsv', 'json'])).toBe('');
  });
});
