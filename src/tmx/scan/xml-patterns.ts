/**
 * The XML 1.0 (Fifth Edition) patterns the TMX reader needs, as named regexes.
 * Source: https://www.w3.org/TR/xml/ productions [3] S, [4] NameStartChar,
 * [4a] NameChar, [66] CharRef, [68] EntityRef. Which characters a document
 * may hold at all ([2] Char) is in ../xml/xml-chars.ts, shared with the writers.
 */

// [4] NameStartChar, in the spec's order except U+200C U+200D (ZWNJ, ZWJ), put last
// so that no character follows the ZWJ (no-misleading-character-class would read a
// joined sequence).
const NAME_START =
  ':A-Z_a-z\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2FF}\\u{370}-\\u{37D}\\u{37F}-\\u{1FFF}' +
  '\\u{2070}-\\u{218F}\\u{2C00}-\\u{2FEF}\\u{3001}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFFD}\\u{10000}-\\u{EFFFF}\\u{200C}\\u{200D}';
// [4a] NameChar: NameStartChar plus these. The combining marks U+0300–U+036F come
// first so that no base character precedes them in the class.
const NAME_REST = `\\u{300}-\\u{36F}\\-.0-9\\u{B7}\\u{203F}\\u{2040}${NAME_START}`;

/**
 * An XML Name ([5]) at `lastIndex` (sticky).
 * @example XML_NAME.lastIndex = 1; XML_NAME.exec('<xml:lang=')?.[0] //=> 'xml:lang'
 * @example XML_NAME.lastIndex = 0; XML_NAME.exec('1tu') //=> null
 */
// eslint-disable-next-line regexp/prefer-w -- NameChar extends NameStartChar (A-Z _ a-z) with 0-9; \w would say A-Z _ a-z twice
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
export const REFERENCE: RegExp = /&(?:#x([0-9A-Fa-f]+)|#(\d+)|([^ \t\r\n;&<]+));/uy;

/**
 * A line break as XML sees it in a literal (CR LF or a lone CR), normalised to LF on input.
 * @example 'a\r\nb\rc'.replace(LITERAL_LINE_BREAK, '\n') //=> 'a\nb\nc'
 */
export const LITERAL_LINE_BREAK: RegExp = /\r\n?/gu;
