/**
 * The text of a `<seg>`: flattened to plain text, or kept as canonical inline
 * TMX markup. TMX 1.4 §3.7: bpt/ept/it/ph/ut hold native codes (e.g. `<b>` of
 * the original HTML), not translatable text; `hi` delimits translatable text.
 */
import { escapeXmlAttribute, escapeXmlText } from '../../xml/escape-xml';
import type { XmlElement } from './parse-element';

/** Inline elements whose content is native code, dropped when flattening (their `sub` flows too). */
const NATIVE_CODE_ELEMENTS: ReadonlySet<string> = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/** The segment's text and whether it held inline markup. */
export interface SegText {
  readonly text: string;
  readonly hasMarkup: boolean;
}

/**
 * Text of a `<seg>` element. For `<seg>Click <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept></seg>`,
 * `flatten` gives `Click OK`, `tags` gives the inner markup back unchanged and
 * `placeholders` gives `Click <b0>OK</b0>`.
 */
export function segText(seg: XmlElement, inline: 'flatten' | 'tags' | 'placeholders'): SegText {
  const children = seg.children;
  // Plain text: as it is, except that `tags` promises canonical markup, where & < > are escaped.
  if (children.length === 1 && typeof children[0] === 'string') return { text: inline === 'tags' ? escapeXmlText(children[0]) : children[0], hasMarkup: false };
  if (children.length === 0) return { text: '', hasMarkup: false };
  const hasMarkup = children.some((child) => typeof child !== 'string');
  const text = inline === 'flatten' ? flatten(children) : inline === 'tags' ? markup(children) : placeholders(children, { next: 0, pairs: new Map() });
  return { text, hasMarkup };
}

/** Numbering state of {@link placeholders}: the next number, and the number and letter of each open `bpt` by its `i`. */
interface PlaceholderState {
  next: number;
  readonly pairs: Map<string, { readonly n: number; readonly letter: string }>;
}

/**
 * The letter of a placeholder: the first letter of the native code's tag name
 * (`<b>` → b, `<a href=…>` → a), else `f` for paired codes and `x` for standalone ones.
 */
function placeholderLetter(element: XmlElement, paired: boolean): string {
  return /^<\/?([A-Za-z])/u.exec(flattenAll(element.children))?.[1]?.toLowerCase() ?? (paired ? 'f' : 'x');
}

/**
 * Text with each inline code as an OmegaT-style placeholder, numbered from 0
 * in order of appearance: `<bpt i="1">&lt;b&gt;</bpt>Bold<ept i="1">&lt;/b&gt;</ept>`
 * → `<b0>Bold</b0>`, `<ph>&lt;br/&gt;</ph>` → `<b1/>`, `<it pos="begin">` →
 * `<f2>`, `<it pos="end">` → `</f3>`; `hi` keeps its text (the placeholders inside it too).
 */
function placeholders(children: readonly (XmlElement | string)[], state: PlaceholderState): string {
  let text = '';
  for (const child of children) {
    if (typeof child === 'string') {
      text += child;
      continue;
    }
    const i = child.attributes['i'] ?? '';
    switch (child.name) {
      case 'bpt': {
        const pair = { n: state.next++, letter: placeholderLetter(child, true) };
        state.pairs.set(i, pair);
        text += `<${pair.letter}${pair.n}>`;
        break;
      }
      case 'ept': {
        const pair = state.pairs.get(i) ?? { n: state.next++, letter: placeholderLetter(child, true) };
        text += `</${pair.letter}${pair.n}>`;
        break;
      }
      case 'it': {
        const slash = child.attributes['pos'] === 'end' ? '/' : '';
        text += `<${slash}${placeholderLetter(child, true)}${state.next++}>`;
        break;
      }
      case 'ph':
      case 'ut':
        text += `<${placeholderLetter(child, false)}${state.next++}/>`;
        break;
      default:
        text += placeholders(child.children, state);
    }
  }
  return text;
}

/** All character data inside `children`, native codes included. */
function flattenAll(children: readonly (XmlElement | string)[]): string {
  let text = '';
  for (const child of children) text += typeof child === 'string' ? child : flattenAll(child.children);
  return text;
}

/** A level of the walk over a tree: its children and the next one to visit, and the end tag to write after them. */
interface Frame {
  readonly children: readonly (XmlElement | string)[];
  next: number;
  readonly close: string;
}

/**
 * The text of `children` without native code. Iterative (an explicit stack,
 * not recursion), so the depth of the markup costs heap, never the call stack.
 */
function flatten(children: readonly (XmlElement | string)[]): string {
  let text = '';
  const stack: Frame[] = [{ children, next: 0, close: '' }];
  for (let top = stack[0]; top !== undefined; top = stack[stack.length - 1]) {
    const child = top.children[top.next++];
    if (child === undefined) stack.pop();
    else if (typeof child === 'string') text += child;
    else if (!NATIVE_CODE_ELEMENTS.has(child.name)) stack.push({ children: child.children, next: 0, close: '' });
  }
  return text;
}

/** `children` as canonical TMX markup (text escaped, attributes in double quotes). Iterative, as {@link flatten}. */
function markup(children: readonly (XmlElement | string)[]): string {
  let text = '';
  const stack: Frame[] = [{ children, next: 0, close: '' }];
  for (let top = stack[0]; top !== undefined; top = stack[stack.length - 1]) {
    const child = top.children[top.next++];
    if (child === undefined) {
      text += top.close;
      stack.pop();
      continue;
    }
    if (typeof child === 'string') {
      text += escapeXmlText(child);
      continue;
    }
    let attributes = '';
    for (const [name, value] of Object.entries(child.attributes)) attributes += ` ${name}="${escapeXmlAttribute(value)}"`;
    if (child.children.length === 0) {
      text += `<${child.name}${attributes}/>`;
    } else {
      text += `<${child.name}${attributes}>`;
      stack.push({ children: child.children, next: 0, close: `</${child.name}>` });
    }
  }
  return text;
}
