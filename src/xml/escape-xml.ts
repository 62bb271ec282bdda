/**
 * Escaping for XML 1.0 text and attribute values, shared by the TMX and TBX
 * writers and chosen so that a reader gets back exactly the string we wrote:
 * `\r` is written as `&#xD;` (a literal CR would be normalised to LF), and in
 * attributes tab and LF are references too (literal ones would become spaces,
 * XML 1.0 §3.3.3). XML-illegal characters are the caller's business (see
 * xml-chars.ts): they cannot be escaped at all.
 */

const TEXT_SPECIAL = /[&<>\r]/u;
const TEXT_SPECIAL_ALL = /[&<>\r]/gu;
const QUOTED_TEXT_SPECIAL = /[&<>"\r]/u;
const QUOTED_TEXT_SPECIAL_ALL = /[&<>"\r]/gu;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/u;
const ATTRIBUTE_SPECIAL_ALL = /[&<>"\t\n\r]/gu;

function replacement(char: string): string {
  switch (char) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case '\t':
      return '&#x9;';
    case '\n':
      return '&#xA;';
    default:
      return '&#xD;';
  }
}

/** Options of {@link escapeXmlText}. */
export interface EscapeXmlTextOptions {
  /**
   * Write `"` as `&quot;` too. It needs no escape in element content; the TBX
   * writer escapes it anyway (its golden files pin that), the TMX writer does not.
   * Default `false`.
   */
  readonly escapeQuotes?: boolean;
}

/**
 * Escape element content. `>` is escaped too, so `]]>` can never appear.
 * @example escapeXmlText('a < b & "c"\r') //=> 'a &lt; b &amp; "c"&#xD;'
 * @example escapeXmlText('"c"', { escapeQuotes: true }) //=> '&quot;c&quot;'
 */
export function escapeXmlText(text: string, options?: EscapeXmlTextOptions): string {
  return options?.escapeQuotes === true ? escapeMatches(text, QUOTED_TEXT_SPECIAL, QUOTED_TEXT_SPECIAL_ALL) : escapeMatches(text, TEXT_SPECIAL, TEXT_SPECIAL_ALL);
}

/**
 * Escape a value for a double-quoted attribute.
 * @example escapeXmlAttribute('say "hi"\n') //=> 'say &quot;hi&quot;&#xA;'
 */
export function escapeXmlAttribute(value: string): string {
  return escapeMatches(value, ATTRIBUTE_SPECIAL, ATTRIBUTE_SPECIAL_ALL);
}

/** `text` with each character `specialAll` matches replaced by its reference; `special` (the same class, not global) is the cheap test first. */
function escapeMatches(text: string, special: RegExp, specialAll: RegExp): string {
  return special.test(text) ? text.replace(specialAll, replacement) : text;
}
