import { describe, expect, it } from 'vitest';
import { editScript } from './edit-script';
import { tokenizeForMatch } from '../tokens/tokenize-for-match';

const script = (query: string, stored: string): [string, string, string][] =>
  editScript(tokenizeForMatch(query), tokenizeForMatch(stored)).map((e) => [e.kind, query.slice(e.query.start, e.query.end), stored.slice(e.stored.start, e.stored.end)]);

describe('editScript', () => {
  it('marks a replaced name with spans on both texts', () => {
    expect(script('Li Mingquan, Deputy Director-General', 'Zhou Yi, Deputy Director-General')).toEqual([
      ['replace', 'Li Mingquan', 'Zhou Yi'],
      ['equal', 'Deputy Director-General', 'Deputy Director-General'],
    ]);
  });

  it('reports inserted and deleted words with an empty span on the other side', () => {
    const edits = editScript(tokenizeForMatch('the new forum was held'), tokenizeForMatch('the forum was held online'));
    expect(edits.map((e) => e.kind)).toEqual(['equal', 'insert', 'equal', 'delete']);
    expect(edits[1]?.stored).toEqual({ start: 3, end: 3 });
    expect(edits[3]?.query).toEqual({ start: 22, end: 22 });
  });

  it('compares Chinese on Simplified script but spans the original characters', () => {
    expect(script('市政府外办副主任', '市政府外辦主任')).toEqual([
      ['equal', '市政府外办', '市政府外辦'],
      ['insert', '副', ''],
      ['equal', '主任', '主任'],
    ]);
  });
});
