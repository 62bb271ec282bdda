/**
 * XML 1.0 escaping for the TBX writer. Characters XML 1.0 cannot hold at all
 * (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) are
 * reported, never dropped silently.
 */

/**
 * A character XML 1.0 forbids.
 * @example XML_ILLEGAL_CHAR.test('\u0007') //=> true
 * @example XML_ILLEGAL_CHAR.test('總') //=> false
 */
export const XML_ILLEGAL_CHAR: RegExp = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/**
 * Escape text content (and double-quoted attribute values): & < > " and CR,
 * tab and LF in attributes.
 * @example escapeXml('R&D <b> "x"') //=> 'R&amp;D &lt;b&gt; &quot;x&quot;'
 */
export function escapeXml(text: string, attribute = false): string {
  return text.replace(attribute ? /[&<>"\t\n\r]/gu : /[&<>"\r]/gu, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};
