/**
 * XML character data → text: references decoded, line breaks normalised,
 * well-formedness checked (only the five predefined entities, no `]]>` in
 * text, no XML-illegal characters). Shared by element content and attribute values.
 */
import type { ErrorCode } from '../../errors';
import { formatCodePoint } from '../../format-code-point';
import { firstIllegalXmlChar, ILLEGAL_XML_CHAR_RUN, isXmlChar } from '../../xml/xml-chars';
import { LITERAL_LINE_BREAK, REFERENCE } from './xml-patterns';

/** Where the parser reports problems; indices are into the source string. */
export interface CharacterDataContext {
  readonly illegalChars: 'error' | 'remove';
  /** Throw the TmxParseError for a problem at `index` (never returns). */
  fail(code: ErrorCode, message: string, index: number): never;
  /** Record that XML-illegal characters were removed at `index`. */
  removedIllegal(index: number, removed: string): void;
}

/**
 * Characters that make content text need work: references, CR, `]` (of `]]>`),
 * controls, surrogates (maybe lone), U+FFFE/U+FFFF. No `u` flag on purpose:
 * code units are what is being checked, and it is the reader's fast path.
 */
// eslint-disable-next-line regexp/require-unicode-regexp, no-control-regex -- code-unit matching of control characters is the point (see above)
const CONTENT_SPECIAL = /[\u0000-\u0008\v\f\u000D-\u001F&\]\uD800-\uDFFF\uFFFE\uFFFF]/;
/** The same for attribute values, plus tab and LF (normalised to spaces) and `<` (not allowed). */
// eslint-disable-next-line regexp/require-unicode-regexp, no-control-regex -- as above
const ATTRIBUTE_SPECIAL = /[\u0000-\u001F&<\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Below this length a loop beats a regex call (ids, prop values, attribute values). */
const SHORT_TEXT = 32;

/** True when `text` has none of the characters {@link CONTENT_SPECIAL} (or {@link ATTRIBUTE_SPECIAL}) matches. */
function isPlain(text: string, attribute: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char < 0x20) {
      if (attribute || (char !== 0x09 && char !== 0x0a)) return false;
    } else if (char === 0x26 || char === 0x3c || char === 0x5d || (char >= 0xd800 && char <= 0xdfff) || char >= 0xfffe) {
      return false; // & < ] surrogates U+FFFE U+FFFF (< and ] only matter for one kind each: checking both is harmless)
    }
  }
  return true;
}

/** Literal white space in an attribute value becomes a space (XML 1.0 §3.3.3). */
const ATTRIBUTE_WHITESPACE = /\r\n|[\r\n\t]/gu;

/** What is being decoded: element content, an attribute value, or a CDATA section (no references). */
export type CharacterDataKind = 'content' | 'attribute' | 'cdata';

/**
 * Decode `source[from, to)` as element content, an attribute value or CDATA.
 */
export function decodeCharacterData(source: string, from: number, to: number, context: CharacterDataContext, kind: CharacterDataKind): string {
  const raw = source.slice(from, to);
  const attribute = kind === 'attribute';
  // Fast path: most text needs nothing done; a loop says so for short text, one native search for long text.
  if (raw.length < SHORT_TEXT ? isPlain(raw, attribute) : raw.search(attribute ? ATTRIBUTE_SPECIAL : CONTENT_SPECIAL) === -1) return raw;
  if (kind === 'cdata') return literal(raw, 0, raw.length, from, context, false);
  if (attribute) {
    const lt = raw.indexOf('<');
    if (lt !== -1) context.fail('TMX_MALFORMED_XML', "Expected an attribute value without '<' (write &lt;).", from + lt);
  } else {
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd !== -1) context.fail('TMX_MALFORMED_XML', "Expected text, found ']]>' outside a CDATA section (write ']]&gt;').", from + cdataEnd);
  }
  let amp = raw.indexOf('&');
  if (amp === -1) return literal(raw, 0, raw.length, from, context, attribute);
  let out = '';
  let last = 0;
  while (amp !== -1) {
    out += literal(raw, last, amp, from, context, attribute);
    REFERENCE.lastIndex = amp;
    const match = REFERENCE.exec(raw);
    if (match === null) {
      const found = JSON.stringify(raw.slice(amp, amp + 12));
      context.fail('TMX_MALFORMED_XML', `Expected a character or entity reference after '&' (write &amp; for a literal ampersand), found ${found}.`, from + amp);
    }
    out += referenceText(match, from + amp, context);
    last = amp + match[0].length;
    amp = raw.indexOf('&', last);
  }
  return out + literal(raw, last, raw.length, from, context, attribute);
}

/** The text of one reference; `index` is where its `&` is. */
function referenceText(match: RegExpExecArray, index: number, context: CharacterDataContext): string {
  const [whole, hex, decimal, name] = match;
  if (name !== undefined) {
    const text = predefinedEntity(name);
    if (text === undefined) {
      context.fail(
        'TMX_MALFORMED_XML',
        `Expected one of XML's predefined entities (&amp; &lt; &gt; &quot; &apos;), found ${whole}; bitext-tm reads no DTD and expands no other entities.`,
        index,
      );
    }
    return text;
  }
  const digits = hex ?? decimal ?? '';
  const codePoint = digits.length > 8 ? Number.POSITIVE_INFINITY : Number.parseInt(digits, hex === undefined ? 10 : 16);
  if (isXmlChar(codePoint)) return String.fromCodePoint(codePoint);
  if (context.illegalChars === 'error' || codePoint > 0x10ffff) {
    context.fail('TMX_ILLEGAL_CHAR', `Expected a character XML 1.0 allows, found the reference ${whole}.`, index);
  }
  context.removedIllegal(index, String.fromCodePoint(codePoint));
  return '';
}

function predefinedEntity(name: string): string | undefined {
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'apos':
      return "'";
    case 'quot':
      return '"';
    default:
      return undefined;
  }
}

/** Literal text (no references) `raw[a, b)`: illegal characters checked, line breaks normalised. */
function literal(raw: string, a: number, b: number, base: number, context: CharacterDataContext, attribute: boolean): string {
  if (a === b) return '';
  let text = a === 0 && b === raw.length ? raw : raw.slice(a, b);
  if (firstIllegalXmlChar(text) !== -1) text = removeIllegal(text, base + a, context);
  if (text.includes('\r') || (attribute && (text.includes('\n') || text.includes('\t')))) {
    text = attribute ? text.replace(ATTRIBUTE_WHITESPACE, ' ') : text.replace(LITERAL_LINE_BREAK, '\n');
  }
  return text;
}

function removeIllegal(text: string, base: number, context: CharacterDataContext): string {
  ILLEGAL_XML_CHAR_RUN.lastIndex = 0;
  let match = ILLEGAL_XML_CHAR_RUN.exec(text);
  if (context.illegalChars === 'error' && match !== null) {
    context.fail('TMX_ILLEGAL_CHAR', `Expected a character XML 1.0 allows, found ${formatCodePoint(match[0])}.`, base + match.index);
  }
  while (match !== null) {
    context.removedIllegal(base + match.index, match[0]);
    match = ILLEGAL_XML_CHAR_RUN.exec(text);
  }
  return text.replace(ILLEGAL_XML_CHAR_RUN, '');
}
