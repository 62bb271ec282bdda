/**
 * Parsed `<tu>` / `<header>` elements → {@link TmxUnit} / {@link TmxHeader}.
 * Structure the DTD does not allow but that loses no text (stray text between
 * tuvs, unknown elements) is a warning; a unit whose text cannot be known
 * (no language, no seg, two segs) is invalid and the caller skips it or fails.
 */
import type { ErrorCode } from '../../errors';
import type { Point } from '../../types';
import type { XmlElement } from './parse-element';
import { segText } from './seg-text';
import { setOwn } from '../set-own';
import type { TmxHeader, TmxNote, TmxProp, TmxUde, TmxUnit, TmxVariant } from '../tmx-unit';
import { XML_BLANK } from './xml-patterns';

/** What building needs from the scanner. */
export interface BuildContext {
  readonly inline: 'flatten' | 'tags' | 'placeholders';
  pointAt(index: number): Point;
  /** Report a problem that loses no text (the element is still used). */
  warn(code: ErrorCode, message: string, index: number): void;
}

/** Why a `<tu>` cannot become a unit, and where. */
export interface InvalidUnit {
  readonly code: ErrorCode;
  readonly message: string;
  readonly index: number;
}

/** Build a unit from a `<tu>` element, or say why it is invalid. */
export function buildTmxUnit(tu: XmlElement, unitIndex: number, context: BuildContext): TmxUnit | InvalidUnit {
  const props: TmxProp[] = [];
  const notes: TmxNote[] = [];
  const variants: TmxVariant[] = [];
  for (const child of tu.children) {
    if (typeof child === 'string') {
      warnText(child, 'tu', tu, context);
    } else if (child.name === 'prop') {
      props.push(buildProp(child, context));
    } else if (child.name === 'note') {
      notes.push(buildNote(child, context));
    } else if (child.name === 'tuv') {
      const variant = buildVariant(child, context);
      if ('code' in variant) return variant;
      variants.push(variant);
    } else {
      context.warn('TMX_UNEXPECTED_CONTENT', `Expected <prop>, <note> or <tuv> inside <tu>, found <${child.name}>; it was ignored.`, child.start);
    }
  }
  if (variants.length === 0) return { code: 'TMX_MISSING_SEG', message: 'Expected at least one <tuv> inside <tu>, found none.', index: tu.start };
  const tuid = tu.attributes['tuid'];
  const attributes = without(tu.attributes, 'tuid', '');
  const place = context.pointAt(tu.start);
  return tuid === undefined ? { index: unitIndex, props, notes, variants, attributes, place } : { index: unitIndex, tuid, props, notes, variants, attributes, place };
}

function buildVariant(tuv: XmlElement, context: BuildContext): TmxVariant | InvalidUnit {
  const lang = tuv.attributes['xml:lang'] ?? tuv.attributes['lang'];
  if (lang === undefined || lang.trim() === '') {
    return { code: 'TMX_MISSING_LANG', message: 'Expected an xml:lang attribute on <tuv>, found none.', index: tuv.start };
  }
  const props: TmxProp[] = [];
  const notes: TmxNote[] = [];
  let seg: XmlElement | undefined;
  for (const child of tuv.children) {
    if (typeof child === 'string') {
      warnText(child, 'tuv', tuv, context);
    } else if (child.name === 'seg') {
      if (seg !== undefined) return { code: 'TMX_UNEXPECTED_CONTENT', message: `Expected one <seg> inside <tuv xml:lang="${lang}">, found a second one.`, index: child.start };
      seg = child;
    } else if (child.name === 'prop') {
      props.push(buildProp(child, context));
    } else if (child.name === 'note') {
      notes.push(buildNote(child, context));
    } else {
      context.warn('TMX_UNEXPECTED_CONTENT', `Expected <prop>, <note> or <seg> inside <tuv>, found <${child.name}>; it was ignored.`, child.start);
    }
  }
  if (seg === undefined) return { code: 'TMX_MISSING_SEG', message: `Expected a <seg> inside <tuv xml:lang="${lang}">, found none.`, index: tuv.start };
  const { text, hasMarkup } = segText(seg, context.inline);
  return { lang, text, hasMarkup, props, notes, attributes: without(tuv.attributes, 'xml:lang', 'lang') };
}

/** Build the header from a `<header>` element and the `<tmx version>`. */
export function buildTmxHeader(header: XmlElement | undefined, version: string, context: BuildContext): TmxHeader {
  const props: TmxProp[] = [];
  const notes: TmxNote[] = [];
  const udes: TmxUde[] = [];
  for (const child of header?.children ?? []) {
    if (typeof child === 'string') {
      if (header !== undefined) warnText(child, 'header', header, context);
    } else if (child.name === 'prop') {
      props.push(buildProp(child, context));
    } else if (child.name === 'note') {
      notes.push(buildNote(child, context));
    } else if (child.name === 'ude') {
      udes.push(buildUde(child, context));
    } else {
      context.warn('TMX_UNEXPECTED_CONTENT', `Expected <prop>, <note> or <ude> inside <header>, found <${child.name}>; it was ignored.`, child.start);
    }
  }
  const attributes = without(header?.attributes ?? {}, '', '');
  return { version, srclang: attributes['srclang'] ?? '', attributes, props, notes, udes };
}

function buildUde(ude: XmlElement, context: BuildContext): TmxUde {
  const maps: Readonly<Record<string, string>>[] = [];
  for (const child of ude.children) {
    if (typeof child === 'string') warnText(child, 'ude', ude, context);
    else if (child.name === 'map') maps.push(without(child.attributes, '', ''));
    else context.warn('TMX_UNEXPECTED_CONTENT', `Expected <map> inside <ude>, found <${child.name}>; it was ignored.`, child.start);
  }
  return { attributes: without(ude.attributes, '', ''), maps };
}

function buildProp(prop: XmlElement, context: BuildContext): TmxProp {
  const type = prop.attributes['type'];
  if (type === undefined) context.warn('TMX_UNEXPECTED_CONTENT', 'Expected a type attribute on <prop>, found none; it was kept with type "".', prop.start);
  const lang = prop.attributes['xml:lang'] ?? prop.attributes['lang'];
  const encoding = prop.attributes['o-encoding'];
  const value = textOnly(prop, context);
  return { type: type ?? '', value, ...(lang === undefined ? {} : { lang }), ...(encoding === undefined ? {} : { encoding }) };
}

function buildNote(note: XmlElement, context: BuildContext): TmxNote {
  const lang = note.attributes['xml:lang'] ?? note.attributes['lang'];
  const encoding = note.attributes['o-encoding'];
  const text = textOnly(note, context);
  return { text, ...(lang === undefined ? {} : { lang }), ...(encoding === undefined ? {} : { encoding }) };
}

function textOnly(element: XmlElement, context: BuildContext): string {
  let text = '';
  for (const child of element.children) {
    if (typeof child === 'string') text += child;
    else context.warn('TMX_UNEXPECTED_CONTENT', `Expected only text inside <${element.name}>, found <${child.name}>; it was ignored.`, child.start);
  }
  return text;
}

function warnText(text: string, parentName: string, parent: XmlElement, context: BuildContext): void {
  if (XML_BLANK.test(text)) return;
  const shown = JSON.stringify(text.trim().slice(0, 30));
  context.warn('TMX_UNEXPECTED_CONTENT', `Expected only elements inside <${parentName}>, found the text ${shown}; it was ignored.`, parent.start);
}

/** A copy of `attributes` without two names. */
function without(attributes: Readonly<Record<string, string>>, name: string, other: string): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const key of Object.keys(attributes)) if (key !== name && key !== other) setOwn(copy, key, attributes[key] ?? '');
  return copy;
}
