/**
 * The match tokenizer's scanner: finds token boundaries in a text, fast enough
 * to run over a million units (no regex per character, no string per token).
 *
 * Tokens (the same rules for every language, so one score fits both):
 * - every Han character is one token (Chinese is scored per character);
 * - every other token is a word as `MATCH_WORD` cuts it: the rule is stated
 *   with the other English word rules in segment/tokens/tokenize-english.ts
 *   (hyphens split, so "Consul-General" matches "Consul General"; an
 *   apostrophe joins letters, a period letters or digits, a comma or colon
 *   digits), and this scanner is its fast form (scan-tokens.test.ts checks
 *   that they agree on any text);
 * - everything else (spaces, punctuation, symbols) separates tokens and is
 *   not scored;
 * - an OmegaT-style tag placeholder (`<b0>`, `</b0>`, `<x1/>`: 1–3 ASCII
 *   letters and a number in angle brackets), which is how a memory read from
 *   TMX shows inline markup, is skipped whole: matches are scored on the
 *   text, as CAT tools score them, and the tags are shown, not counted.
 * A word containing a digit is a number token (`20th`, `G20`, `2022`).
 */
import { MATCH_CHARS } from '../../segment/tokens/tokenize-english';

/** Character classes of the scanner. */
const CLASS = { other: 0, han: 1, letter: 2, digit: 3, mark: 4, apostrophe: 5, period: 6, digitJoiner: 7, highSurrogate: 8 } as const;

/** Token kinds written to {@link TokenScratch.kinds}. */
export const TOKEN_KIND = { han: 0, word: 1, number: 2 } as const;

/** Growable output of {@link scanTokens}: token `i` is `[starts[i], ends[i])` of the text. */
export class TokenScratch {
  starts: Int32Array = new Int32Array(64);
  ends: Int32Array = new Int32Array(64);
  kinds: Uint8Array = new Uint8Array(64);
  count = 0;

  /** Make room for `size` tokens (keeps the first `count`). */
  reserve(size: number): void {
    if (size <= this.starts.length) return;
    const capacity = Math.max(size, this.starts.length * 2);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    const kinds = new Uint8Array(capacity);
    starts.set(this.starts.subarray(0, this.count));
    ends.set(this.ends.subarray(0, this.count));
    kinds.set(this.kinds.subarray(0, this.count));
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
  }
}

let bmpClasses: Uint8Array | undefined;
const astralClasses = new Map<number, number>();

function classifyCodePoint(char: string): number {
  if (MATCH_CHARS.han.test(char)) return CLASS.han;
  if (MATCH_CHARS.digit.test(char)) return CLASS.digit;
  if (MATCH_CHARS.letter.test(char)) return CLASS.letter;
  if (MATCH_CHARS.mark.test(char)) return CLASS.mark;
  if (MATCH_CHARS.apostrophe.test(char)) return CLASS.apostrophe;
  if (char === '.') return CLASS.period;
  if (char === ',' || char === ':') return CLASS.digitJoiner;
  return CLASS.other;
}

/** Class of every BMP code unit, built once on first use (~20 ms), never at import time. */
function classTable(): Uint8Array {
  if (bmpClasses) return bmpClasses;
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdbff) table[code] = CLASS.highSurrogate;
    else if (code >= 0xdc00 && code <= 0xdfff) table[code] = CLASS.other;
    else table[code] = classifyCodePoint(String.fromCharCode(code));
  }
  bmpClasses = table;
  return table;
}

/** Class and UTF-16 width of the code point at `i`. Packed as `class * 4 + width`. */
function classAt(text: string, i: number, table: Uint8Array): number {
  const code = text.charCodeAt(i);
  const cls = table[code] ?? CLASS.other;
  if (cls !== CLASS.highSurrogate) return cls * 4 + 1;
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return CLASS.other * 4 + 1; // lone surrogate
  const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let astral = astralClasses.get(point);
  if (astral === undefined) {
    astral = classifyCodePoint(String.fromCodePoint(point));
    astralClasses.set(point, astral);
  }
  return astral * 4 + 2;
}

const isWordClass = (cls: number): boolean => cls === CLASS.letter || cls === CLASS.digit || cls === CLASS.mark;

/**
 * Find the tokens of `text`; writes them to `out` (replacing its contents).
 * @returns The number of tokens.
 */
export function scanTokens(text: string, out: TokenScratch): number {
  const table = classTable();
  out.count = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (text.charCodeAt(i) === LESS_THAN) {
      const skip = placeholderLength(text, i);
      if (skip > 0) {
        i += skip;
        continue;
      }
    }
    const packed = classAt(text, i, table);
    const cls = packed >> 2;
    const width = packed & 3;
    if (cls === CLASS.han) {
      push(out, i, i + width, TOKEN_KIND.han);
      i += width;
      continue;
    }
    if (cls !== CLASS.letter && cls !== CLASS.digit) {
      i += width;
      continue;
    }
    const start = i;
    let hasDigit = cls === CLASS.digit;
    let previous: number = cls;
    i += width;
    while (i < length) {
      const nextPacked = classAt(text, i, table);
      const next = nextPacked >> 2;
      if (isWordClass(next)) {
        if (next === CLASS.digit) hasDigit = true;
        previous = next;
        i += nextPacked & 3;
        continue;
      }
      if (next !== CLASS.apostrophe && next !== CLASS.period && next !== CLASS.digitJoiner) break;
      if (i + 1 >= length) break;
      const after = classAt(text, i + 1, table) >> 2;
      const joins =
        next === CLASS.apostrophe
          ? previous !== CLASS.digit && after === CLASS.letter
          : next === CLASS.period
            ? after === CLASS.letter || after === CLASS.digit
            : previous === CLASS.digit && after === CLASS.digit;
      if (!joins) break;
      previous = next;
      i += 1;
    }
    push(out, start, i, hasDigit ? TOKEN_KIND.number : TOKEN_KIND.word);
  }
  return out.count;
}

const LESS_THAN = 0x3c;
const SLASH = 0x2f;
const GREATER_THAN = 0x3e;
const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Length of the tag placeholder starting at `text[i]` (a `<`): `<b0>`, `</b0>` or `<x1/>`; 0 when there is none. */
function placeholderLength(text: string, i: number): number {
  let j = i + 1;
  const closing = text.charCodeAt(j) === SLASH;
  if (closing) j++;
  const letters = j;
  while (j - letters < 4 && isAsciiLetter(text.charCodeAt(j))) j++;
  if (j === letters || j - letters > 3) return 0;
  const digits = j;
  while (isAsciiDigit(text.charCodeAt(j))) j++;
  if (j === digits) return 0;
  if (!closing && text.charCodeAt(j) === SLASH) j++;
  return text.charCodeAt(j) === GREATER_THAN ? j + 1 - i : 0;
}

function push(out: TokenScratch, start: number, end: number, kind: number): void {
  if (out.count === out.starts.length) out.reserve(out.count + 1);
  out.starts[out.count] = start;
  out.ends[out.count] = end;
  out.kinds[out.count] = kind;
  out.count++;
}
