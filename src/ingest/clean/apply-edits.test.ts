import { describe, expect, it } from 'vitest';
import type { Issue } from '../../errors';
import { mapOffset } from '../../offset-map';
import { applyEdits, type Edit } from './apply-edits';

const issue: Issue = { severity: 'info', code: 'INGEST_REPAIR_APPLIED', message: 'test' };
const edit = (start: number, end: number, replacement: string): Edit => ({ span: { start, end }, replacement, issue });

describe('applyEdits', () => {
  it('removes, replaces and inserts, mapping offsets back to the source', () => {
    const source = 'xx經(jīng)貿,theDeclaration';
    // Paragraph span starts at 2; remove the note, replace the comma, insert a space.
    const result = applyEdits(source, { start: 2, end: source.length }, [edit(14, 14, ' '), edit(3, 9, ''), edit(10, 11, '，')]);
    expect(result.text).toBe('經貿，the Declaration');
    expect(Array.from(result.text).map((_, i) => mapOffset(result.offsets, i))).toEqual([2, 9, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
  });

  it('rejects overlapping edits (a bug, not a user mistake)', () => {
    expect(() => applyEdits('abcdef', { start: 0, end: 6 }, [edit(1, 3, ''), edit(2, 4, '')])).toThrow(/overlaps/u);
  });
});
