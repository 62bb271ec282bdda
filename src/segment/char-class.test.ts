import { describe, expect, it } from 'vitest';
import { CHAR_CLASS, CharFlag, hasFlag, isHanAt, isLowerAt, isSpaceCode, isUpperAt, skipSpaces, skipSpacesBackward } from './char-class';

describe('CHAR_CLASS', () => {
  it('marks as space exactly what JavaScript trims', () => {
    const mismatches: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (isSpaceCode(code) !== (char.trim() === '' && /\s/u.test(char))) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });

  it('classifies sentence punctuation, quotes and brackets', () => {
    for (const char of '.!?。！？．｡‼‽') expect(hasFlag(char.charCodeAt(0), CharFlag.terminal), char).toBe(true);
    for (const char of '…⋯') expect(hasFlag(char.charCodeAt(0), CharFlag.ellipsis), char).toBe(true);
    for (const char of '"\'”’」』）)】》]') expect(hasFlag(char.charCodeAt(0), CharFlag.closer), char).toBe(true);
    for (const char of '"\'“‘「『（(【《[') expect(hasFlag(char.charCodeAt(0), CharFlag.opener), char).toBe(true);
    for (const char of ';；') expect(hasFlag(char.charCodeAt(0), CharFlag.semicolon), char).toBe(true);
    for (const char of 'a,，、:：-—') expect(CHAR_CLASS[char.charCodeAt(0)], char).toBe(0);
  });

  it('never marks a surrogate half', () => {
    for (let code = 0xd800; code < 0xe000; code++) expect(CHAR_CLASS[code]).toBe(0);
  });

  it('reads letter case and Han at an offset, astral characters included', () => {
    expect(isUpperAt('aÉ', 1)).toBe(true);
    expect(isLowerAt('Éé', 1)).toBe(true);
    expect(isUpperAt('𝐀', 0)).toBe(true);
    expect(isHanAt('a𠮶', 1)).toBe(true);
    expect(isHanAt('aア', 1)).toBe(false);
    expect(isUpperAt('a', 5)).toBe(false);
  });

  it('skips white space both ways', () => {
    expect(skipSpaces('a \u3000\nb', 1)).toBe(4);
    expect(skipSpacesBackward('a \u3000\nb', 4)).toBe(1);
    expect(skipSpaces('  ', 0)).toBe(2);
  });
});
