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
import { ATTRIBUTE, XML_NAME, XML_SPACE } from './xml-patterns';

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

const LT = 0x3c;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/**
 * Parse the element `source[start, end)`; it must close exactly at `end`.
 * `describeOpen(index)` names where an element opened, for mismatch messages
 * (e.g. "line 3").
 * @example parseElement('<seg>a&amp;b</seg>', 0, 18, context).children //=> ['a&b']
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
      appendText(top.children, decodeCharacterData(source, pos, lt, context, 'content'));
      pos = lt;
      continue;
    }
    const next = source.charCodeAt(pos + 1);
    if (next === SLASH) {
      const { name, end: tagEnd } = parseEndTag(source, pos, context);
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

/** The parser's context: character-data checks plus a way to name a position. */
export interface ElementContext extends CharacterDataContext {
  /** Human wording of where `index` is, e.g. `line 12`. */
  describe(index: number): string;
}

/**
 * Read the start tag at `source[pos]` (which is `<`). The caller made sure
 * the tag is complete (its `>` is in `source`).
 */
export function parseStartTag(source: string, pos: number, context: CharacterDataContext): StartTag {
  XML_NAME.lastIndex = pos + 1;
  const nameMatch = XML_NAME.exec(source);
  if (nameMatch === null) context.fail('TMX_MALFORMED_XML', `Expected a tag name after '<', found ${JSON.stringify(source.slice(pos + 1, pos + 12))}.`, pos + 1);
  const name = nameMatch[0];
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  let at = pos + 1 + name.length;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const attribute = ATTRIBUTE.exec(source);
    if (attribute === null) break;
    const attributeName = attribute[1] ?? '';
    const nameAt = at + attribute[0].indexOf(attributeName);
    XML_NAME.lastIndex = 0;
    const checked = XML_NAME.exec(attributeName);
    if (checked === null || checked[0] !== attributeName) context.fail('TMX_MALFORMED_XML', `Expected an attribute name in <${name}>, found ${JSON.stringify(attributeName)}.`, nameAt);
    if (Object.hasOwn(attributes, attributeName)) context.fail('TMX_MALFORMED_XML', `Expected each attribute once in <${name}>, found ${attributeName} twice.`, nameAt);
    const raw = attribute[2] ?? attribute[3] ?? '';
    const valueStart = at + attribute[0].length - 1 - raw.length;
    attributes[attributeName] = decodeCharacterData(source, valueStart, valueStart + raw.length, context, 'attribute');
    at += attribute[0].length;
  }
  XML_SPACE.lastIndex = at;
  if (XML_SPACE.exec(source) !== null) at = XML_SPACE.lastIndex;
  const char = source.charCodeAt(at);
  if (char === 0x3e) return { name, attributes, selfClosing: false, end: at + 1 };
  if (char === SLASH && source.charCodeAt(at + 1) === 0x3e) return { name, attributes, selfClosing: true, end: at + 2 };
  const found = at >= source.length ? 'the end of the file' : JSON.stringify(source.slice(at, at + 12));
  return context.fail('TMX_MALFORMED_XML', `Expected an attribute (name="value"), '>' or '/>' in <${name}>, found ${found}.`, at);
}

/** Read the end tag at `source[pos]` (`</`); returns its name and the index after `>`. */
export function parseEndTag(source: string, pos: number, context: CharacterDataContext): { name: string; end: number } {
  XML_NAME.lastIndex = pos + 2;
  const nameMatch = XML_NAME.exec(source);
  if (nameMatch === null) context.fail('TMX_MALFORMED_XML', `Expected a tag name after '</', found ${JSON.stringify(source.slice(pos + 2, pos + 12))}.`, pos + 2);
  let at = pos + 2 + nameMatch[0].length;
  XML_SPACE.lastIndex = at;
  if (XML_SPACE.exec(source) !== null) at = XML_SPACE.lastIndex;
  if (source.charCodeAt(at) !== 0x3e) context.fail('TMX_MALFORMED_XML', `Expected '>' ending </${nameMatch[0]}>, found ${JSON.stringify(source.slice(at, at + 12))}.`, at);
  return { name: nameMatch[0], end: at + 1 };
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
