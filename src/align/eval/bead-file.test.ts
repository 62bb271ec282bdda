import { describe, expect, it } from 'vitest';
import { AlignError } from '../../errors';
import { formatBeads, parseBeadFile } from './bead-file';

function errorOf(run: () => unknown): AlignError {
  try {
    run();
  } catch (error) {
    if (error instanceof AlignError) return error;
    throw error;
  }
  throw new Error('expected an AlignError');
}

describe('bead files', () => {
  it('parse the gold-set format, spaces and CRLF included', () => {
    expect(parseBeadFile('[0,1]:[0]\n[]:[1]\r\n[ 2 ] : [ 2, 3 ]\n[3]:[]\n')).toEqual([
      { source: [0, 1], target: [0] },
      { source: [], target: [1] },
      { source: [2], target: [2, 3] },
      { source: [3], target: [] },
    ]);
  });

  it('round-trip through formatBeads', () => {
    const text = '[0,1]:[0]\n[]:[1]\n[2]:[2,3]\n';
    expect(formatBeads(parseBeadFile(text))).toBe(text);
    expect(parseBeadFile('')).toEqual([]);
  });

  it('reject a malformed line with the file and the line', () => {
    const error = errorOf(() => parseBeadFile('[0]:[0]\n[1]-[1]\n', 'test/001.align'));
    expect(error.code).toBe('ALIGN_BAD_BEAD_FILE');
    expect(error.file).toBe('test/001.align');
    expect(error.place).toEqual({ line: 2, column: 1, offset: 8 });
  });

  it('reject non-numbers, empty beads and blank lines', () => {
    expect(errorOf(() => parseBeadFile('[a]:[0]\n')).place?.line).toBe(1);
    expect(errorOf(() => parseBeadFile('[0]:[0]\n[]:[]\n')).place?.line).toBe(2);
    expect(errorOf(() => parseBeadFile('[0]:[0]\n\n[1]:[1]\n')).place?.line).toBe(2);
    expect(errorOf(() => parseBeadFile('[-1]:[0]\n')).code).toBe('ALIGN_BAD_BEAD_FILE');
  });
});
