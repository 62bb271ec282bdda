/**
 * The TMX reader's chunk scanner: decoded text in (any chunk sizes), header,
 * units and issues out, in bounded memory. It walks the document's top level
 * itself (prolog, `<tmx>`, `<header>`, `<body>`, `</tmx>`), cuts out one
 * complete `<tu>` at a time and hands it to `parseElement` (strict XML 1.0
 * well-formedness) and `buildTmxUnit`. Consumed text is dropped on the next
 * chunk, so memory holds one chunk plus at most one unfinished element, which
 * `maxElementLength` bounds. One state machine, kept in one file although it
 * is longer than our usual 200 lines: split, its states would have to share
 * the buffer, the position and the pending element across files.
 */
import { TmxParseError, type ErrorCode, type Issue } from '../../errors';
import { formatCodePoint } from '../../format-code-point';
import type { Point } from '../../types';
import { buildTmxHeader, buildTmxUnit, type BuildContext } from './build-tmx-unit';
import { findDoctypeEnd, findElementEnd, findTagEnd, NEED_MORE, type ElementScan } from './find-markup-end';
import { LT } from './markup-chars';
import { parseElement, parseEndTag, parseStartTag, skipComment, skipProcessingInstruction, type ElementContext, type XmlElement } from './parse-element';
import { PositionTracker } from './position-tracker';
import type { TmxHeader, TmxUnit } from '../tmx-unit';

/** Where the scanner delivers what it reads. */
export interface TmxScannerSink {
  header(header: TmxHeader): void;
  unit(unit: TmxUnit): void;
  issue(issue: Issue): void;
}

/** Resolved reader options (defaults applied). */
export interface TmxScannerOptions {
  readonly inline: 'flatten' | 'tags' | 'placeholders';
  readonly onInvalidUnit: 'skip' | 'error';
  readonly illegalChars: 'error' | 'remove';
  readonly maxElementLength: number;
  readonly file: string | undefined;
  /** Issues found so far, attached to a thrown error (empty when they stream to a callback). */
  readonly collected: readonly Issue[];
}

/** Where the scanner is in the document's top-level structure. */
type State = 'start' | 'prolog' | 'tmx' | 'body' | 'afterBody' | 'epilog';

/** An element whose end is still being looked for, and what to do with it. */
interface PendingElement extends ElementScan {
  readonly role: 'tu' | 'header' | 'skip';
}

/** Push-style TMX scanner; see the file comment. */
export class TmxScanner implements ElementContext, BuildContext {
  readonly inline: 'flatten' | 'tags' | 'placeholders';
  readonly illegalChars: 'error' | 'remove';
  private buffer = '';
  /** Buffer index of the first character not consumed yet. */
  private pos = 0;
  /** Global offset of buffer index 0. */
  private base = 0;
  private final = false;
  private state: State = 'start';
  private version = '';
  private headerDone = false;
  private unitCount = 0;
  private pending: PendingElement | undefined;
  private strayTextReported = false;
  /** Issues of a speculative parse, reported only if it succeeds (see completeUnitFast). */
  private deferred: Issue[] | undefined;
  private readonly issueSink = {
    push: (issue: Issue): void => {
      this.report(issue);
    },
  };
  private readonly positions = new PositionTracker();

  constructor(
    private readonly options: TmxScannerOptions,
    private readonly sink: TmxScannerSink,
  ) {
    this.inline = options.inline;
    this.illegalChars = options.illegalChars;
  }

  /** Add decoded text; complete units are delivered before this returns. */
  push(text: string): void {
    if (this.pos > 0) {
      this.positions.discard(this.buffer, this.base, this.pos);
      this.buffer = this.buffer.slice(this.pos) + text;
      this.base += this.pos;
      if (this.pending !== undefined) this.pending.from -= this.pos;
      this.pos = 0;
    } else {
      this.buffer += text;
    }
    this.run();
  }

  /** The input is complete: finish, or throw what is missing. */
  end(): void {
    this.final = true;
    this.run();
  }

  /** Stop with an error at the end of the text read so far (for decoding failures). */
  failAtEnd(code: ErrorCode, message: string): never {
    return this.fail(code, message, this.buffer.length);
  }

  fail(code: ErrorCode, message: string, index: number): never {
    const file = this.options.file;
    throw new TmxParseError(code, message, { file, place: this.pointAt(index), issues: this.options.collected });
  }

  warn(code: ErrorCode, message: string, index: number): void {
    this.report({ severity: 'warning', code, message, place: this.pointAt(index) });
  }

  removedIllegal(index: number, removed: string): void {
    const codePoints = Array.from(removed).map(formatCodePoint).join(' ');
    (this.deferred ?? this.issueSink).push({ severity: 'warning', code: 'TMX_ILLEGAL_CHAR', message: `Removed ${codePoints}, which XML 1.0 does not allow.`, place: this.pointAt(index), removed });
  }

  pointAt(index: number): Point {
    return this.positions.pointAt(this.buffer, this.base, index);
  }

  describe(index: number): string {
    return `line ${this.pointAt(index).line}`;
  }

  private report(issue: Issue): void {
    const file = this.options.file;
    this.sink.issue(file === undefined ? issue : { ...issue, file });
  }

  /** Consume as much of the buffer as possible. */
  private run(): void {
    const buffer = this.buffer;
    for (;;) {
      if (this.pending !== undefined) {
        if (!this.continuePending(this.pending)) return;
        continue;
      }
      let pos = this.pos;
      while (pos < buffer.length && isXmlSpace(buffer.charCodeAt(pos))) pos++;
      this.pos = pos;
      if (pos >= buffer.length) {
        if (this.final) this.endOfFile();
        return;
      }
      if (buffer.charCodeAt(pos) !== LT) {
        if (!this.strayText(pos)) return;
        continue;
      }
      // Nine characters tell every construct apart ('<![CDATA[', '<!DOCTYPE').
      if (buffer.length - pos < 9 && !this.final) return;
      if (!this.markup(pos)) return;
    }
  }

  /** Handle the markup at `pos`; false when it needs more text. */
  private markup(pos: number): boolean {
    const buffer = this.buffer;
    if (buffer.startsWith('<?', pos)) return this.processingInstruction(pos);
    if (buffer.startsWith('<!--', pos)) {
      if (buffer.indexOf('-->', pos + 4) === -1) return this.needMore(pos, 'comment');
      this.pos = skipComment(buffer, pos, buffer.length, this);
      this.leaveStart();
      return true;
    }
    if (buffer.startsWith('<!DOCTYPE', pos)) return this.doctype(pos);
    if (buffer.startsWith('<!', pos)) {
      if (buffer.startsWith('<![CDATA[', pos) && (this.state === 'tmx' || this.state === 'body' || this.state === 'afterBody')) {
        const close = buffer.indexOf(']]>', pos);
        if (close === -1) return this.needMore(pos, 'CDATA section');
        this.warn('TMX_UNEXPECTED_CONTENT', 'Expected elements, found a CDATA section outside <tu>; it was ignored.', pos);
        this.pos = close + 3;
        return true;
      }
      this.fail('TMX_MALFORMED_XML', `Expected an element or a comment, found ${JSON.stringify(buffer.slice(pos, pos + 12))}.`, pos);
    }
    const tagEnd = findTagEnd(buffer, pos + 1);
    if (tagEnd === NEED_MORE) return this.needMore(pos, 'tag');
    if (buffer.charCodeAt(pos + 1) === 0x2f) {
      this.endTag(pos);
      return true;
    }
    this.startTag(pos);
    return true;
  }

  private processingInstruction(pos: number): boolean {
    const buffer = this.buffer;
    const close = buffer.indexOf('?>', pos + 2);
    if (close === -1) return this.needMore(pos, 'processing instruction');
    if (this.base + pos === 0 && /^<\?xml[ \t\r\n]/u.test(buffer.slice(0, 6))) {
      if (!/[ \t\r\n]version[ \t\r\n]*=/u.test(buffer.slice(pos, close))) this.fail('TMX_MALFORMED_XML', 'Expected a version="1.0" attribute in the XML declaration.', pos);
      this.pos = close + 2;
    } else {
      this.pos = skipProcessingInstruction(buffer, pos, buffer.length, this);
    }
    this.leaveStart();
    return true;
  }

  private doctype(pos: number): boolean {
    if (this.state !== 'start' && this.state !== 'prolog') this.fail('TMX_MALFORMED_XML', 'Expected <!DOCTYPE> only before the root element.', pos);
    const end = findDoctypeEnd(this.buffer, pos, (entityAt) => {
      this.fail('TMX_ENTITY_DECLARATION', 'Expected a DOCTYPE without entity declarations, found <!ENTITY>; bitext-tm expands no entities (they can be used for attacks such as "billion laughs").', entityAt);
    });
    if (end === NEED_MORE) return this.needMore(pos, 'DOCTYPE');
    this.pos = end;
    this.state = 'prolog';
    return true;
  }

  private startTag(pos: number): void {
    const buffer = this.buffer;
    const tag = parseStartTag(buffer, pos, this);
    if (this.state === 'start' || this.state === 'prolog') {
      if (tag.name !== 'tmx') this.fail('TMX_NOT_TMX', `Expected a <tmx> root element, found <${tag.name}>.`, pos);
      if (tag.selfClosing) this.fail('TMX_NOT_TMX', 'Expected <header> and <body> inside <tmx>, found <tmx/>.', pos);
      this.version = tag.attributes['version'] ?? '';
      this.state = 'tmx';
      this.pos = tag.end;
      return;
    }
    if (this.state === 'epilog') this.fail('TMX_MALFORMED_XML', `Expected nothing after </tmx>, found <${tag.name}>.`, pos);
    if (this.state === 'tmx' && tag.name === 'body') {
      this.deliverHeaderIfMissing(pos);
      this.state = tag.selfClosing ? 'afterBody' : 'body';
      this.pos = tag.end;
      return;
    }
    const role = this.state === 'body' && tag.name === 'tu' ? 'tu' : this.state === 'tmx' && tag.name === 'header' && !this.headerDone ? 'header' : 'skip';
    if (role === 'skip') {
      const expected = this.state === 'body' ? '<tu>' : this.state === 'tmx' ? '<header> or <body>' : 'only </tmx>';
      this.warn('TMX_UNEXPECTED_CONTENT', `Expected ${expected}, found <${tag.name}>; it was ignored.`, pos);
    }
    if (tag.selfClosing) {
      this.complete(role, pos, tag.end);
      return;
    }
    if (role === 'tu' && this.completeUnitFast(pos, tag.end)) return;
    this.pending = { role, name: tag.name, from: tag.end, depth: 1 };
  }

  /**
   * The fast path for a `<tu>`: take the next literal `</tu>` as its end and
   * parse. When that parse succeeds the guess was right (a `</tu>` inside a
   * comment, CDATA or PI would leave that construct unclosed and fail the
   * parse); when it fails, the caller takes the careful path, which finds the
   * real end or reports the real error. Saves a second scan over every unit.
   */
  private completeUnitFast(start: number, tagEnd: number): boolean {
    const close = this.buffer.indexOf('</tu>', tagEnd);
    if (close === -1 || close + 5 - start > this.options.maxElementLength) return false;
    const deferred: Issue[] = [];
    this.deferred = deferred;
    let element: XmlElement | undefined;
    try {
      element = parseElement(this.buffer, start, close + 5, this);
    } catch (error) {
      if (!(error instanceof TmxParseError)) throw error;
    } finally {
      this.deferred = undefined;
    }
    if (element === undefined) return false;
    for (const issue of deferred) this.report(issue);
    this.pos = close + 5;
    this.deliver('tu', element);
    return true;
  }

  private endTag(pos: number): void {
    const { name, end } = parseEndTag(this.buffer, pos, this);
    const expected = this.state === 'body' ? 'body' : this.state === 'afterBody' || this.state === 'tmx' ? 'tmx' : undefined;
    if (this.state === 'tmx' && name === 'tmx') this.fail('TMX_NOT_TMX', 'Expected <body> inside <tmx>, found </tmx>.', pos);
    if (expected === undefined || name !== expected) {
      this.fail('TMX_MALFORMED_XML', `Expected ${expected === undefined ? 'a start tag' : `</${expected}>`}, found </${name}>.`, pos);
    }
    this.state = this.state === 'body' ? 'afterBody' : 'epilog';
    this.pos = end;
  }

  /** Look further for the end of the pending element; false when it needs more text. */
  private continuePending(pending: PendingElement): boolean {
    const buffer = this.buffer;
    const found = findElementEnd(buffer, pending, pending.role === 'tu');
    if (typeof found === 'object') {
      this.fail('TMX_MALFORMED_XML', `Expected </tu> closing the <tu> opened on ${this.describe(this.pos)}, found another <tu>.`, found.nestedAt);
    }
    if (found === NEED_MORE) {
      if (this.final) {
        parseElement(buffer, this.pos, buffer.length, this); // throws the precise error
        this.fail('TMX_MALFORMED_XML', `Expected </${pending.name}>, found the end of the file.`, buffer.length);
      }
      return this.needMore(this.pos, `<${pending.name}>`);
    }
    this.pending = undefined;
    this.complete(pending.role, this.pos, found);
    return true;
  }

  /** A complete element `buffer[start, end)`: parse it and deliver it. */
  private complete(role: PendingElement['role'], start: number, end: number): void {
    this.checkSize(start, end, role === 'skip' ? 'element' : `<${role}>`);
    const element = parseElement(this.buffer, start, end, this);
    this.pos = end;
    this.deliver(role, element);
  }

  /** Hand a parsed element to the sink (units and header) or drop it (skipped elements). */
  private deliver(role: PendingElement['role'], element: XmlElement): void {
    if (role === 'header') {
      this.headerDone = true;
      this.sink.header(buildTmxHeader(element, this.version, this));
    } else if (role === 'tu') {
      this.unitCount++;
      const built = buildTmxUnit(element, this.unitCount, this);
      if (!('code' in built)) {
        this.sink.unit(built);
      } else if (this.options.onInvalidUnit === 'error') {
        this.fail(built.code, built.message, built.index);
      } else {
        this.report({ severity: 'error', code: built.code, message: `${built.message} The unit was skipped.`, place: this.pointAt(built.index) });
      }
    }
  }

  private deliverHeaderIfMissing(pos: number): void {
    if (this.headerDone) return;
    this.warn('TMX_MISSING_HEADER', 'Expected a <header> before <body>, found none.', pos);
    this.headerDone = true;
    this.sink.header(buildTmxHeader(undefined, this.version, this));
  }

  /** Text outside any unit: the first non-blank run is reported, all is consumed. */
  private strayText(pos: number): boolean {
    const buffer = this.buffer;
    if (this.state === 'start') {
      this.fail('TMX_NOT_TMX', `Expected an XML document (starting with '<'), found ${JSON.stringify(buffer.slice(pos, pos + 20))}.`, pos);
    }
    if (this.state === 'prolog' || this.state === 'epilog') {
      this.fail('TMX_MALFORMED_XML', `Expected markup, found the text ${JSON.stringify(buffer.slice(pos, pos + 20))} outside the root element.`, pos);
    }
    if (!this.strayTextReported) {
      this.strayTextReported = true;
      this.warn('TMX_UNEXPECTED_CONTENT', `Expected only elements between units, found the text ${JSON.stringify(buffer.slice(pos, pos + 20))}; it was ignored (reported once per file).`, pos);
    }
    const lt = buffer.indexOf('<', pos);
    this.pos = lt === -1 ? buffer.length : lt;
    return true;
  }

  /** Wait for more text, unless the construct at `start` is already too long or the input has ended. */
  private needMore(start: number, what: string): false {
    if (this.final) this.fail('TMX_MALFORMED_XML', `Expected the end of the ${what}, found the end of the file.`, start);
    this.checkSize(start, this.buffer.length, what);
    this.pos = start;
    return false;
  }

  private checkSize(start: number, end: number, what: string): void {
    if (end - start > this.options.maxElementLength) {
      this.fail('TMX_OVERSIZED_ELEMENT', `Expected a ${what} of at most ${this.options.maxElementLength} characters, found a longer one (a unit that large is almost always a damaged file).`, start);
    }
  }

  private leaveStart(): void {
    if (this.state === 'start') this.state = 'prolog';
  }

  private endOfFile(): void {
    if (this.state === 'epilog') return;
    if (this.state === 'start') this.fail('TMX_NOT_TMX', 'Expected a TMX document, found an empty file.', this.buffer.length);
    if (this.state === 'prolog') this.fail('TMX_NOT_TMX', 'Expected a <tmx> root element, found the end of the file.', this.buffer.length);
    const missing = this.state === 'tmx' ? '<body> and </tmx>' : this.state === 'body' ? '</body> and </tmx>' : '</tmx>';
    this.fail('TMX_MALFORMED_XML', `Expected ${missing}, found the end of the file (is the file truncated?).`, this.buffer.length);
  }
}

function isXmlSpace(char: number): boolean {
  return char === 0x20 || char === 0x0a || char === 0x09 || char === 0x0d;
}
