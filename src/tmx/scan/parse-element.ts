/**
 * A strict, non-validating XML 1.0 parser for one complete element held in a
 * string (a `<tu>` or `<header>` the chunk scanner cut out), into a small tree.
 *
 * Well-formedness is checked as XML 1.0 requires (names, quoted attributes,
 * unique attribute names, matching end tags, references, comments, CDATA,
 * no XML-illegal characters); a violation throws through `context.fail` with
 * the index of the offending character. Comments and processing instructions
 * are dropped, CDATA becomes text.
 */
import { decodeCharacterData, type CharacterDataContext } from './decode-character-data';
import { setOwn } from '../set-own';
import { BANG, DOUBLE_QUOTE, EQUALS, GT, LT, QUESTION, SINGLE_QUOTE, SLASH } from './markup-chars';
import { readXmlName, XML_NAME } from './xml-patterns';

/** An element of the tree; `children` are elements and decoded text, in order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
  /** Index of the element's `<` in the source string. */
  readonly start: number;
}

/** A start tag read by {@link parseStartTag}. */
export interface StartTag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly selfClosing: boolean;
  /** Index just after the tag's `>`. */
  readonly end: number;
}

interface OpenElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
  readonly start: number;
}

/**
 * Parse the element `source[start, end)`; it must close exactly at `end`.
 * `describeOpen(index)` names where an element opened, for mismatch messages
 * (e.g. "line 3").
 */
export function parseElement(source: string, start: number, end: number, context: ElementContext): XmlElement {
  const open: OpenElement[] = [];
  let pos = start;
  for (;;) {
    const top = open[open.length - 1];
    if (pos >= end) {
      const name = top?.name ?? '';
      context.fail('TMX_MALFORMED_XML', `Expected </${name}> closing the <${name}> opened on ${context.describe(top?.start ?? start)}, found ${end >= source.length ? 'the end of the file' : JSON.stringify(source.slice(end, end + 12))}.`, end);
    }
    if (source.charCodeAt(pos) !== LT) {
      if (top === undefined) context.fail('TMX_MALFORMED_XML', 'Expected an element.', pos);
      let lt = source.indexOf('<', pos);
      if (lt === -1 || lt > end) lt = end;
      // Indentation between the children of tu/tuv/header/body means nothing (TMX DTD: element content); skip it unread.
      if (!(ELEMENT_CONTENT.has(top.name) && isXmlBlank(source, pos, lt))) appendText(top.children, decodeCharacterData(source, pos, lt, context, 'content'));
      pos = lt;
      continue;
    }
    const next = source.charCodeAt(pos + 1);
    if (next === SLASH) {
      // Fast path: the end tag that closes the open element, written `</name>`.
      const expected = top?.name ?? '';
      const fast = expected !== '' && source.charCodeAt(pos + 2 + expected.length) === GT && source.startsWith(expected, pos + 2);
      const { name, end: tagEnd } = fast ? { name: expected, end: pos + 3 + expected.length } : parseEndTag(source, pos, context);
      const closed = open.pop();
      if (closed === undefined) context.fail('TMX_MALFORMED_XML', `Expected a start tag, found </${name}>.`, pos);
      if (closed.name !== name) {
        context.fail('TMX_MALFORMED_XML', `Expected </${closed.name}> closing the <${closed.name}> opened on ${context.describe(closed.start)}, found </${name}>.`, pos);
      }
      pos = tagEnd;
      const parent = open[open.length - 1];
      if (parent === undefined) {
        if (pos !== end) context.fail('TMX_MALFORMED_XML', `Expected nothing after </${name}>.`, pos);
        return closed;
      }
      parent.children.push(closed);
      continue;
    }
    if (next === BANG) {
      if (top !== undefined && source.startsWith('<![CDATA[', pos)) {
        const close = source.indexOf(']]>', pos + 9);
        if (close === -1 || close + 3 > end) context.fail('TMX_MALFORMED_XML', "Expected ']]>' closing the CDATA section.", pos);
        appendText(top.children, decodeCharacterData(source, pos + 9, close, context, 'cdata'));
        pos = close + 3;
        continue;
      }
      if (source.startsWith('<!--', pos)) {
        pos = skipComment(source, pos, end, context);
        continue;
      }
      context.fail('TMX_MALFORMED_XML', `Expected an element, a comment or CDATA, found ${JSON.stringify(source.slice(pos, pos + 12))}.`, pos);
    }
    if (next === QUESTION) {
      pos = skipProcessingInstruction(source, pos, end, context);
      continue;
    }
    const tag = parseStartTag(source, pos, context);
    if (tag.end > end) context.fail('TMX_MALFORMED_XML', `Expected '>' ending the <${tag.name}> tag.`, pos);
    const element: OpenElement = { name: tag.name, attributes: tag.attributes, children: [], start: pos };
    pos = tag.end;
    if (!tag.selfClosing) {
      if (open.length >= MAX_ELEMENT_DEPTH) {
        context.fail('TMX_NESTING_TOO_DEEP', `Expected elements nested at most ${MAX_ELEMENT_DEPTH} deep inside <${open[0]?.name ?? tag.name}>, found <${tag.name}> nested deeper.`, element.start);
      }
      open.push(element);
      continue;
    }
    if (top === undefined) {
      if (pos !== end) context.fail('TMX_MALFORMED_XML', `Expected nothing after <${tag.name}/>.`, pos);
      return element;
    }
    top.children.push(element);
  }
}

/**
 * Deepest nesting of elements inside one `<tu>` or `<header>` (the `<tu>` is
 * depth 1). Real inline markup nests a few levels; libxml2 refuses documents
 * deeper than 256 by default, and so do we: every step after the parser
 * (flattening, canonical markup) is iterative too, so this is a limit on
 * nonsense, not on the stack.
 */
export const MAX_ELEMENT_DEPTH = 256;

/** The parser's context: character-data checks plus a way to name a position. */
export interface ElementContext extends CharacterDataContext {
  /** Human wording of where `index` is, e.g. `line 12`. */
  describe(index: number): string;
}

/** TMX elements whose content is elements only (TMX 1.4 DTD), so white space between their children is not text. */
const ELEMENT_CONTENT: ReadonlySet<string> = new Set(['tmx', 'header', 'body', 'tu', 'tuv']);

/** True when `source[from, to)` is XML white space only. */
function isXmlBlank(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = source.charCodeAt(i);
    if (char !== 0x20 && char !== 0x0a && char !== 0x09 && char !== 0x0d) return false;
  }
  return true;
}

/**
 * Read the start tag at `source[pos]` (which is `<`). The caller made sure
 * the tag is complete (its `>` is in `source`). Hand-written rather than a
 * regex per attribute: this is the reader's hottest loop (test/bench/tmx.md).
 */
export function parseStartTag(source: string, pos: number, context: CharacterDataContext): StartTag {
  const name = readXmlName(source, pos + 1);
  if (name === undefined) context.fail('TMX_MALFORMED_XML', `Expected a tag name after '<', found ${JSON.stringify(source.slice(pos + 1, pos + 12))}.`, pos + 1);
  const attributes: Record<string, string> = {};
  let at = pos + 1 + name.length;
  for (;;) {
    const spaced = skipSpace(source, at);
    const char = source.charCodeAt(spaced);
    if (char === GT) return { name, attributes, selfClosing: false, end: spaced + 1 };
    if (char === SLASH && source.charCodeAt(spaced + 1) === GT) return { name, attributes, selfClosing: true, end: spaced + 2 };
    const attributeName = spaced > at ? readXmlName(source, spaced) : undefined;
    if (attributeName === undefined) {
      const found = spaced >= source.length ? 'the end of the file' : JSON.stringify(source.slice(spaced, spaced + 12));
      context.fail('TMX_MALFORMED_XML', `Expected white space and an attribute (name="value"), '>' or '/>' in <${name}>, found ${found}.`, spaced);
    }
    if (Object.hasOwn(attributes, attributeName)) context.fail('TMX_MALFORMED_XML', `Expected each attribute once in <${name}>, found ${attributeName} twice.`, spaced);
    at = skipSpace(source, spaced + attributeName.length);
    if (source.charCodeAt(at) !== EQUALS) context.fail('TMX_MALFORMED_XML', `Expected '=' after the attribute ${attributeName} in <${name}>, found ${JSON.stringify(source.slice(at, at + 12))}.`, at);
    at = skipSpace(source, at + 1);
    const quote = source.charCodeAt(at);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) context.fail('TMX_MALFORMED_XML', `Expected a quoted value for the attribute ${attributeName} in <${name}>, found ${JSON.stringify(source.slice(at, at + 12))}.`, at);
    const close = source.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", at + 1);
    if (close === -1) context.fail('TMX_MALFORMED_XML', `Expected the closing quote of the attribute ${attributeName} in <${name}>.`, at);
    setOwn(attributes, attributeName, decodeCharacterData(source, at + 1, close, context, 'attribute'));
    at = close + 1;
  }
}

/** Read the end tag at `source[pos]` (`</`); returns its name and the index after `>`. */
export function parseEndTag(source: string, pos: number, context: CharacterDataContext): { name: string; end: number } {
  const name = readXmlName(source, pos + 2);
  if (name === undefined) context.fail('TMX_MALFORMED_XML', `Expected a tag name after '</', found ${JSON.stringify(source.slice(pos + 2, pos + 12))}.`, pos + 2);
  const at = skipSpace(source, pos + 2 + name.length);
  if (source.charCodeAt(at) !== GT) context.fail('TMX_MALFORMED_XML', `Expected '>' ending </${name}>, found ${JSON.stringify(source.slice(at, at + 12))}.`, at);
  return { name, end: at + 1 };
}

/** Index of the first character at or after `at` that is not XML white space. */
function skipSpace(source: string, at: number): number {
  let i = at;
  for (let char = source.charCodeAt(i); char === 0x20 || char === 0x0a || char === 0x09 || char === 0x0d; char = source.charCodeAt(++i));
  return i;
}

/** Skip the comment at `source[pos]` (`<!--`); returns the index after `-->`. */
export function skipComment(source: string, pos: number, end: number, context: CharacterDataContext): number {
  const close = source.indexOf('-->', pos + 4);
  if (close === -1 || close + 3 > end) context.fail('TMX_MALFORMED_XML', "Expected '-->' closing the comment.", pos);
  const doubleHyphen = source.indexOf('--', pos + 4);
  if (doubleHyphen < close) context.fail('TMX_MALFORMED_XML', "Expected no '--' inside a comment.", doubleHyphen);
  return close + 3;
}

/** Skip the processing instruction at `source[pos]` (`<?`); returns the index after `?>`. */
export function skipProcessingInstruction(source: string, pos: number, end: number, context: CharacterDataContext): number {
  XML_NAME.lastIndex = pos + 2;
  const target = XML_NAME.exec(source)?.[0];
  if (target === undefined) context.fail('TMX_MALFORMED_XML', "Expected a processing-instruction target after '<?'.", pos + 2);
  if (target.toLowerCase() === 'xml') context.fail('TMX_MALFORMED_XML', 'Expected the XML declaration only at the very start of the file.', pos);
  const close = source.indexOf('?>', pos + 2);
  if (close === -1 || close + 2 > end) context.fail('TMX_MALFORMED_XML', "Expected '?>' closing the processing instruction.", pos);
  return close + 2;
}

function appendText(children: (XmlElement | string)[], text: string): void {
  if (text === '') return;
  const last = children.length - 1;
  if (typeof children[last] === 'string') children[last] += text;
  else children.push(text);
}
