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

/** True when `text` holds a character that {@link ILLEGAL_XML_CHAR} matches. */
export function hasIllegalXmlChar(text: string): boolean {
  ILLEGAL_XML_CHAR.lastIndex = 0;
  return ILLEGAL_XML_CHAR.test(text);
}

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

/**
 * XML white space ([3] S): space, tab, CR, LF only (not NBSP or U+3000), sticky.
 * @example XML_SPACE.lastIndex = 0; XML_SPACE.exec(' \n<')?.[0] //=> ' \n'
 */
export const XML_SPACE: RegExp = /[ \t\r\n]+/uy;

/**
 * Only XML white space, or empty.
 * @example XML_BLANK.test(' \n\t') //=> true
 * @example XML_BLANK.test('\u3000') //=> false
 */
export const XML_BLANK: RegExp = /^[ \t\r\n]*$/u;

/**
 * One attribute (`S Name S? = S? "value"` or `'value'`) at `lastIndex` (sticky).
 * Group 1 is the name as written (checked against {@link XML_NAME} afterwards,
 * for a clearer message), group 2 or 3 the raw value; `<` is not allowed in a value.
 * @example ATTRIBUTE.lastIndex = 3; ATTRIBUTE.exec('<tu tuid="7">')?.[1] //=> 'tuid'
 */
export const ATTRIBUTE: RegExp = /[ \t\r\n]+([^ \t\r\n=/>"'<]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"<]*)"|'([^'<]*)')/uy;

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
