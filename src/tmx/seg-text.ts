/**
 * The text of a `<seg>`: flattened to plain text, or kept as canonical inline
 * TMX markup. TMX 1.4 §3.7: bpt/ept/it/ph/ut hold native codes (e.g. `<b>` of
 * the original HTML), not translatable text; `hi` delimits translatable text.
 */
import { escapeXmlAttribute, escapeXmlText } from '../xml/escape-xml';
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
 * `flatten` gives `Click OK` and `tags` gives the inner markup back unchanged.
 */
export function segText(seg: XmlElement, inline: 'flatten' | 'tags'): SegText {
  const children = seg.children;
  if (children.length === 1 && typeof children[0] === 'string') return { text: children[0], hasMarkup: false };
  if (children.length === 0) return { text: '', hasMarkup: false };
  const hasMarkup = children.some((child) => typeof child !== 'string');
  return { text: inline === 'flatten' ? flatten(children) : markup(children), hasMarkup };
}

function flatten(children: readonly (XmlElement | string)[]): string {
  let text = '';
  for (const child of children) {
    if (typeof child === 'string') text += child;
    else if (!NATIVE_CODE_ELEMENTS.has(child.name)) text += flatten(child.children);
  }
  return text;
}

function markup(children: readonly (XmlElement | string)[]): string {
  let text = '';
  for (const child of children) {
    if (typeof child === 'string') {
      text += escapeXmlText(child);
      continue;
    }
    let attributes = '';
    for (const [name, value] of Object.entries(child.attributes)) attributes += ` ${name}="${escapeXmlAttribute(value)}"`;
    text += child.children.length === 0 ? `<${child.name}${attributes}/>` : `<${child.name}${attributes}>${markup(child.children)}</${child.name}>`;
  }
  return text;
}
