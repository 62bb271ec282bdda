/**
 * Where does a piece of markup end? The chunk scanner's look-ahead: each
 * function answers with an index, or {@link NEED_MORE} when the buffer ends
 * first (the caller waits for the next chunk, or reports the end of file).
 * Well-formedness is not checked here; `parseElement` does that once the
 * extent is known.
 */
import { BANG, CLOSE_BRACKET, DOUBLE_QUOTE, GT, LT, OPEN_BRACKET, QUESTION, SINGLE_QUOTE, SLASH } from './markup-chars';

/** The markup continues past the end of the buffer. */
export const NEED_MORE = -1;

/**
 * Index after the `>` of the tag whose name starts at `from`, skipping quoted
 * attribute values. A `<` before any `>` returns its index (the parser will
 * report the broken tag there).
 * @example findTagEnd('<tu tuid="a>b">', 1) //=> 15
 */
export function findTagEnd(buffer: string, from: number): number {
  let quote = 0;
  for (let i = from; i < buffer.length; i++) {
    const char = buffer.charCodeAt(i);
    if (quote !== 0) {
      if (char === quote) quote = 0;
    } else if (char === DOUBLE_QUOTE || char === SINGLE_QUOTE) {
      quote = char;
    } else if (char === GT) {
      return i + 1;
    } else if (char === LT) {
      return i;
    }
  }
  return NEED_MORE;
}

/**
 * Index after the `>` that ends `<!DOCTYPE …>` at `from`, skipping quoted
 * literals and comments, and the internal subset `[…]`. `entityAt` receives
 * the index of each `<!ENTITY` in the internal subset.
 * @example findDoctypeEnd('<!DOCTYPE tmx SYSTEM "tmx14.dtd">', 0, () => {}) //=> 33
 */
export function findDoctypeEnd(buffer: string, from: number, entityAt: (index: number) => void): number {
  let quote = 0;
  let inSubset = false;
  for (let i = from + 2; i < buffer.length; i++) {
    const char = buffer.charCodeAt(i);
    if (quote !== 0) {
      if (char === quote) quote = 0;
    } else if (char === DOUBLE_QUOTE || char === SINGLE_QUOTE) {
      quote = char;
    } else if (inSubset && char === LT && buffer.startsWith('<!--', i)) {
      const close = buffer.indexOf('-->', i + 4);
      if (close === -1) return NEED_MORE;
      i = close + 2;
    } else if (inSubset && char === LT && buffer.startsWith('<!ENTITY', i)) {
      entityAt(i);
    } else if (char === OPEN_BRACKET) {
      inSubset = true;
    } else if (char === CLOSE_BRACKET) {
      inSubset = false;
    } else if (char === GT && !inSubset) {
      return i + 1;
    }
  }
  return NEED_MORE;
}

/** The scan state of an element whose end is being looked for. */
export interface ElementScan {
  readonly name: string;
  /** Index to resume scanning at (after the start tag at first). */
  from: number;
  /** Open elements with the same name (1 after the start tag). */
  depth: number;
}

/** What {@link findElementEnd} found besides an end. */
export interface NestedStart {
  readonly nestedAt: number;
}

/**
 * Index after the end tag that closes `scan.name`, skipping comments, CDATA
 * and processing instructions (which may contain `</tu>`), counting nested
 * elements of the same name. Updates `scan.from` so a later call resumes
 * where this one stopped. With `forbidNesting`, a nested start tag of the
 * same name is reported instead (a `<tu>` inside a `<tu>`: a missing `</tu>`).
 * @example findElementEnd('<tu><tuv/></tu> ', { name: 'tu', from: 4, depth: 1 }, false) //=> 15
 */
export function findElementEnd(buffer: string, scan: ElementScan, forbidNesting: boolean): number | NestedStart {
  let i = scan.from;
  for (;;) {
    const lt = buffer.indexOf('<', i);
    if (lt === -1) {
      scan.from = buffer.length;
      return NEED_MORE;
    }
    scan.from = lt;
    const next = buffer.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return NEED_MORE;
    if (next === BANG || next === QUESTION) {
      // A cut opening ('<!-' at the end of the buffer) falls into the last case and waits for its '>'.
      const [opening, closing] = buffer.startsWith('<!--', lt) ? ['<!--', '-->'] : buffer.startsWith('<![CDATA[', lt) ? ['<![CDATA[', ']]>'] : next === QUESTION ? ['<?', '?>'] : ['<!', '>'];
      const close = buffer.indexOf(closing, lt + opening.length);
      if (close === -1) return NEED_MORE;
      i = close + closing.length;
      continue;
    }
    const isEnd = next === SLASH;
    const nameStart = lt + (isEnd ? 2 : 1);
    // A name cut by the end of the buffer ('</t' of '</tuv>') is decided on the next chunk.
    const nameEnd = nameStart + scan.name.length;
    if (nameEnd >= buffer.length) return NEED_MORE;
    const sameName = buffer.startsWith(scan.name, nameStart) && !isNameChar(buffer.charCodeAt(nameEnd));
    if (isEnd) {
      const gt = buffer.indexOf('>', nameStart);
      if (gt === -1) return NEED_MORE;
      i = gt + 1;
      if (sameName && --scan.depth === 0) return i;
      continue;
    }
    if (sameName) {
      if (forbidNesting) return { nestedAt: lt };
      const tagEnd = findTagEnd(buffer, nameStart);
      if (tagEnd === NEED_MORE) return NEED_MORE;
      if (buffer.charCodeAt(tagEnd - 2) !== SLASH) scan.depth++;
      i = tagEnd;
      continue;
    }
    i = lt + 1;
  }
}

/** Rough XML NameChar test for the character after a tag name (ASCII plus everything non-ASCII). */
function isNameChar(char: number): boolean {
  return (
    (char >= 0x61 && char <= 0x7a) ||
    (char >= 0x41 && char <= 0x5a) ||
    (char >= 0x30 && char <= 0x39) ||
    char === 0x2d ||
    char === 0x2e ||
    char === 0x5f ||
    char === 0x3a ||
    char > 0x7f
  );
}
