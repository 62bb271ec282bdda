/**
 * Character classes of the sentence scanners, as one lookup table over the
 * Basic Multilingual Plane. The scanners read `CHAR_CLASS[text.charCodeAt(i)]`
 * once per character and skip every character whose entry is 0, which is what
 * keeps them at tens of millions of characters per second; the rarer questions
 * (is this letter upper case?) are asked only at candidate boundaries.
 *
 * Astral characters (surrogate halves) are never punctuation here: every entry
 * of the table is a BMP character, so no boundary falls inside a surrogate pair.
 */
import { DIGIT_START, HAN_START, LETTER_START, LOWER_CASE_START, UPPER_CASE_START } from './sentence-patterns';

/** Bit flags of {@link CHAR_CLASS}. A character may have several. */
export const CharFlag = {
  /** White space as JavaScript's `\s` and `String.prototype.trim` define it. */
  space: 1,
  /** A line terminator: `\n`, `\r`, U+2028, U+2029. */
  lineBreak: 2,
  /** Ends a sentence: . ! ? and their full-width and CJK forms. */
  terminal: 4,
  /** An ellipsis character: … (U+2026) or ⋯ (U+22EF). */
  ellipsis: 8,
  /** Closes a quotation or bracket (the ASCII quotes both open and close). */
  closer: 16,
  /** Opens a quotation or bracket. */
  opener: 32,
  /** A semicolon (; or ；), a boundary only with `splitAtSemicolons`. */
  semicolon: 64,
} as const;

/** Code points of JavaScript white space (ECMA-262 WhiteSpace and LineTerminator; Zs of Unicode 15). */
const SPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
const LINE_BREAK_CHARS = '\n\r\u2028\u2029';
/** . ! ? ‼ ‽ ⁇ ⁈ ⁉, ideographic full stop 。, full-width ！ ？ ．, half-width ｡ . */
const TERMINAL_CHARS = '.!?\u203c\u203d\u2047\u2048\u2049\u3002\uff01\uff1f\uff0e\uff61';
const ELLIPSIS_CHARS = '\u2026\u22ef';
/** Closing quotes and brackets: ASCII, typographic, CJK and full-width forms. */
const CLOSER_CHARS = '"\')]}\u00bb\u203a\u201d\u2019\u300d\u300f\uff09\u3011\u300b\u3009\u3015\u3017\u3019\u301b\uff3d\uff5d\uff02\uff07\u301e\u301f';
/** Opening quotes and brackets (the ASCII and full-width straight quotes are in both lists). */
const OPENER_CHARS = '"\'([{\u00ab\u2039\u201c\u2018\u300c\u300e\uff08\u3010\u300a\u3008\u3014\u3016\u3018\u301a\uff3b\uff5b\uff02\uff07\u301d';
const SEMICOLON_CHARS = ';\uff1b';

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  // Every code here is a BMP code unit (< 0x10000), so `table[code]` is always
  // in range and the `?? 0` never applies.
  const markCode = (code: number, flag: number): void => {
    table[code] = (table[code] ?? 0) | flag;
  };
  const mark = (chars: string, flag: number): void => {
    for (let i = 0; i < chars.length; i++) markCode(chars.charCodeAt(i), flag);
  };
  for (const code of SPACE_CODES) markCode(code, CharFlag.space);
  mark(LINE_BREAK_CHARS, CharFlag.lineBreak);
  mark(TERMINAL_CHARS, CharFlag.terminal);
  mark(ELLIPSIS_CHARS, CharFlag.ellipsis);
  mark(CLOSER_CHARS, CharFlag.closer);
  mark(OPENER_CHARS, CharFlag.opener);
  mark(SEMICOLON_CHARS, CharFlag.semicolon);
  return table;
}

/**
 * Flags of every BMP character, indexed by UTF-16 code unit (64 KB, built once
 * when the module loads).
 * @example (charFlags('。'.charCodeAt(0)) & CharFlag.terminal) !== 0 //=> true
 */
export const CHAR_CLASS: Uint8Array = buildTable();

/**
 * The flags of a UTF-16 code unit. Out-of-range codes (NaN past the end of the
 * text) have none; a code from `charCodeAt` inside the text is always in the table.
 * @example charFlags('。'.charCodeAt(0)) === CharFlag.terminal //=> true
 */
export function charFlags(code: number): number {
  return CHAR_CLASS[code] ?? 0;
}

/** True when the UTF-16 code unit is white space (the set `String.prototype.trim` removes). */
export function isSpaceCode(code: number): boolean {
  return (charFlags(code) & CharFlag.space) !== 0;
}

/** True when the code unit has `flag`. Out-of-range codes (NaN past the end) have none. */
export function hasFlag(code: number, flag: number): boolean {
  return (charFlags(code) & flag) !== 0;
}

/** Offset of the first non-space character at or after `from` (or `text.length`). */
export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last non-space character before `end` (or 0). */
export function skipSpacesBackward(text: string, end: number): number {
  let i = end;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The code point at `offset` as a string (one or two code units), or '' past the end. */
export function charAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Upper- or title-case letter at `offset` (ASCII fast path). */
export function isUpperAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_CASE_START.test(charAt(text, offset));
}

/** Lower-case letter at `offset` (ASCII fast path). */
export function isLowerAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_CASE_START.test(charAt(text, offset));
}

/** Any letter at `offset` (ASCII fast path). */
export function isLetterAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER_START.test(charAt(text, offset));
}

/** Decimal digit at `offset` (ASCII, full-width and other scripts). */
export function isDigitAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  return DIGIT_START.test(charAt(text, offset));
}

/** ASCII letter or digit at `offset`: a Latin word or number inside Chinese text. */
export function isAsciiAlnumAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Han character (incl. 々 and 〇) at `offset`. */
export function isHanAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 0x2e80) return false;
  return HAN_START.test(charAt(text, offset));
}
