/**
 * The XML 1.0 (Fifth Edition) character classes the TMX reader and writer
 * need, as named regexes. Source: https://www.w3.org/TR/xml/ productions
 * [2] Char, [3] S, [4] NameStartChar, [4a] NameChar, [66] CharRef, [68] EntityRef.
 */

/**
 * A character XML 1.0 forbids anywhere in a document, even as `&#…;`:
 * C0 controls other than tab, LF and CR; lone surrogates (with the `u` flag a
 * paired surrogate is one astral code point and does not match); U+FFFE and U+FFFF.
 * Global: use with `replace`, or reset `lastIndex` before `exec`.
 * @example '\u0001a'.replace(ILLEGAL_XML_CHAR, '') //=> 'a'
 * @example ILLEGAL_XML_CHAR.test('😀\t') //=> false (after resetting lastIndex)
 */
export const ILLEGAL_XML_CHAR: RegExp = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * A cheap pre-check for {@link ILLEGAL_XML_CHAR}: the same class without the
 * `u` flag, so it also matches both halves of a valid surrogate pair. No match
 * means no illegal character. It exists for speed: V8 runs it about 3.5 times
 * faster than the `u` class (measured, test/bench/tmx.md), and text without
 * astral characters never needs the exact test.
 * @example MAYBE_ILLEGAL_XML_CHAR.test('😀') //=> true (then the exact test says no)
 */
// eslint-disable-next-line regexp/require-unicode-regexp -- code-unit matching is the point (see above)
export const MAYBE_ILLEGAL_XML_CHAR: RegExp = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Index of the first XML-illegal character in `text`, or -1.
 * @example firstIllegalXmlChar('ab\u0001') //=> 2
 * @example firstIllegalXmlChar('😀') //=> -1
 */
export function firstIllegalXmlChar(text: string): number {
  if (text.length < SHORT_TEXT) {
    // A loop beats a regex call on short strings (ids, prop values).
    let maybe = false;
    for (let i = 0; i < text.length && !maybe; i++) {
      const char = text.charCodeAt(i);
      maybe = (char < 0x20 && char !== 0x09 && char !== 0x0a && char !== 0x0d) || (char >= 0xd800 && char <= 0xdfff) || char >= 0xfffe;
    }
    if (!maybe) return -1;
  } else if (text.search(MAYBE_ILLEGAL_XML_CHAR) === -1) {
    return -1;
  }
  return text.search(ILLEGAL_XML_CHAR);
}

/** Below this length `firstIllegalXmlChar` loops instead of calling a regex (measured crossover, roughly). */
const SHORT_TEXT = 32;

/** True when the code point may appear in an XML 1.0 document ([2] Char). */
export function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

const NAME_START =
  ':A-Z_a-z\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2FF}\\u{370}-\\u{37D}\\u{37F}-\\u{1FFF}\\u{200C}-\\u{200D}' +
  '\\u{2070}-\\u{218F}\\u{2C00}-\\u{2FEF}\\u{3001}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFFD}\\u{10000}-\\u{EFFFF}';
const NAME_REST = `${NAME_START}\\-.0-9\\u{B7}\\u{300}-\\u{36F}\\u{203F}-\\u{2040}`;

/**
 * An XML Name ([5]) at `lastIndex` (sticky).
 * @example XML_NAME.lastIndex = 1; XML_NAME.exec('<xml:lang=')?.[0] //=> 'xml:lang'
 * @example XML_NAME.lastIndex = 0; XML_NAME.exec('1tu') //=> null
 */
export const XML_NAME: RegExp = new RegExp(`[${NAME_START}][${NAME_REST}]*`, 'uy');

const NAME_CACHE = new Set<string>(['tmx', 'header', 'body', 'tu', 'tuv', 'seg', 'prop', 'note', 'type', 'tuid', 'xml:lang']);
/** XML white space, `/`, `>`, `=`, quotes and `<` end a name in a tag. */
function endsName(char: number): boolean {
  return char <= 0x20 || char === 0x2f || char === 0x3e || char === 0x3d || char === 0x22 || char === 0x27 || char === 0x3c;
}

/**
 * The XML Name starting at `source[at]`, or undefined when the characters
 * there (up to white space, `/`, `>`, `=`, a quote or `<`) are not one.
 * Names seen before skip the regex: a TMX repeats a dozen names millions of times.
 * @example readXmlName('<tuv xml:lang="en">', 1) //=> 'tuv'
 * @example readXmlName('<1a>', 1) //=> undefined
 */
export function readXmlName(source: string, at: number): string | undefined {
  let end = at;
  while (end < source.length && !endsName(source.charCodeAt(end))) end++;
  if (end === at) return undefined;
  const name = source.slice(at, end);
  if (NAME_CACHE.has(name)) return name;
  XML_NAME.lastIndex = 0;
  const match = XML_NAME.exec(name);
  if (match === null || match[0] !== name) return undefined;
  if (NAME_CACHE.size < 1000) NAME_CACHE.add(name);
  return name;
}

/**
 * Only XML white space, or empty.
 * @example XML_BLANK.test(' \n\t') //=> true
 * @example XML_BLANK.test('\u3000') //=> false
 */
export const XML_BLANK: RegExp = /^[ \t\r\n]*$/u;

/**
 * A character or entity reference at `lastIndex` (sticky): group 1 hex digits,
 * group 2 decimal digits, group 3 an entity name.
 * @example REFERENCE.lastIndex = 0; REFERENCE.exec('&#x4E2D;')?.[1] //=> '4E2D'
 * @example REFERENCE.lastIndex = 0; REFERENCE.exec('& b') //=> null
 */
export const REFERENCE: RegExp = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([^ \t\r\n;&<]+));/uy;

/** The five entities XML predefines; TMX may use no others (we read no DTD). */
export const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  apos: "'",
  quot: '"',
};

/**
 * A line break as XML sees it in a literal (CR LF or a lone CR), normalised to LF on input.
 * @example 'a\r\nb\rc'.replace(LITERAL_LINE_BREAK, '\n') //=> 'a\nb\nc'
 */
export const LITERAL_LINE_BREAK: RegExp = /\r\n?/gu;
