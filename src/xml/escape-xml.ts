/**
 * Escaping for XML 1.0 text and attribute values, chosen so that a reader
 * gets back exactly the string we wrote: `\r` is written as `&#xD;` (a
 * literal CR would be normalised to LF), and in attributes tab and LF are
 * references too (literal ones would become spaces, XML 1.0 §3.3.3).
 * XML-illegal characters are the caller's business (see normalize-text.ts):
 * they cannot be escaped at all.
 */

const TEXT_SPECIAL = /[&<>\r]/u;
const TEXT_SPECIAL_ALL = /[&<>\r]/gu;
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

/**
 * Escape element content. `>` is escaped too, so `]]>` can never appear.
 * @example escapeXmlText('a < b & "c"\r') //=> 'a &lt; b &amp; "c"&#xD;'
 */
export function escapeXmlText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIAL_ALL, replacement) : text;
}

/**
 * Escape a value for a double-quoted attribute.
 * @example escapeXmlAttribute('say "hi"\n') //=> 'say &quot;hi&quot;&#xA;'
 */
export function escapeXmlAttribute(value: string): string {
  return ATTRIBUTE_SPECIAL.test(value) ? value.replace(ATTRIBUTE_SPECIAL_ALL, replacement) : value;
}
