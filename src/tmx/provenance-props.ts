/**
 * A unit's provenance and confidence as TMX `<prop type="x-…">` elements, and
 * back. One prop per fact so CAT tools can show and filter them (Trados and
 * memoQ map `x-` props to custom fields); the formats are fixed below so a
 * written memory reads back into the same {@link UnitOrigin}.
 */
import type { TranslationUnit, UnitOrigin } from '../types';
import { setOwn } from './set-own';
import type { TmxProp } from './tmx-unit';

/** The prop types bitext-tm writes, in the order it writes them. */
export const PROVENANCE_PROP_TYPES = {
  /** `origin.document`, e.g. `chongqing-fao-2022.en-zh`. */
  document: 'x-document',
  /** `origin.article`, 0-based, e.g. `3`. */
  article: 'x-article',
  /** `origin.bead`, English count-Chinese count, e.g. `1-2`. */
  bead: 'x-bead',
  /** `origin.lines.en`, first-last 1-based input line, e.g. `12-13`. */
  enLines: 'x-en-lines',
  /** `origin.lines.zh`, e.g. `40-40`. */
  zhLines: 'x-zh-lines',
  /** `origin.spans.en`, start-end UTF-16 offsets into the source text, e.g. `1024-1180`. */
  enSpan: 'x-en-span',
  /** `origin.spans.zh`. */
  zhSpan: 'x-zh-span',
  /** `confidence`, in [0, 1], written in full (JavaScript's shortest round-trip form). */
  confidence: 'x-confidence',
} as const;

/** Every prop type of {@link PROVENANCE_PROP_TYPES}: a unit's own `props` may not use them. */
export const RESERVED_PROP_TYPES: ReadonlySet<string> = new Set(Object.values(PROVENANCE_PROP_TYPES));


/**
 * The provenance props of a unit, in writing order.
 * @example provenanceProps({ id: '1', en: 'a', zh: '甲', confidence: 0.9 }) //=> [['x-confidence', '0.9']]
 */
export function provenanceProps(unit: TranslationUnit): [type: string, value: string][] {
  const props: [string, string][] = [];
  const origin = unit.origin;
  if (origin !== undefined) {
    const types = PROVENANCE_PROP_TYPES;
    props.push(
      [types.document, origin.document],
      [types.article, String(origin.article)],
      [types.bead, origin.bead],
      [types.enLines, `${origin.lines.en[0]}-${origin.lines.en[1]}`],
      [types.zhLines, `${origin.lines.zh[0]}-${origin.lines.zh[1]}`],
      [types.enSpan, `${origin.spans.en.start}-${origin.spans.en.end}`],
      [types.zhSpan, `${origin.spans.zh.start}-${origin.spans.zh.end}`],
    );
  }
  if (unit.confidence !== undefined) props.push([PROVENANCE_PROP_TYPES.confidence, String(unit.confidence)]);
  return props;
}

/** What a unit's props say: origin and confidence when complete and valid, the rest as plain props. */
export interface ReadProvenance {
  readonly origin?: UnitOrigin;
  readonly confidence?: number;
  /** Every other prop by type (repeated types joined with a newline). */
  readonly props: Record<string, string>;
  /** Reserved props that were present but unreadable (kept in `props`). */
  readonly unreadable: readonly string[];
}

/**
 * Split a unit's props into origin, confidence and the rest. The origin is
 * taken only when all seven origin props are present once and well-formed;
 * otherwise they stay plain props, so nothing is lost.
 */
export function readProvenance(tmxProps: readonly TmxProp[]): ReadProvenance {
  const types = PROVENANCE_PROP_TYPES;
  // One value per reserved type, or `null` once a type repeats (then it cannot be read).
  const reserved = new Map<string, string | null>();
  for (const { type, value } of tmxProps) if (RESERVED_PROP_TYPES.has(type)) reserved.set(type, reserved.has(type) ? null : value);
  const once = (type: string): string | undefined => reserved.get(type) ?? undefined;
  const unreadable: string[] = [];

  let confidence: number | undefined;
  const confidenceText = once(types.confidence);
  if (confidenceText !== undefined) {
    const value = confidenceText.trim() === '' ? Number.NaN : Number(confidenceText);
    if (value >= 0 && value <= 1) confidence = value;
  }
  if (confidence === undefined && reserved.has(types.confidence)) unreadable.push(types.confidence);

  let origin: UnitOrigin | undefined;
  const originTypes: readonly string[] = [types.document, types.article, types.bead, types.enLines, types.zhLines, types.enSpan, types.zhSpan];
  if (originTypes.some((type) => reserved.has(type))) {
    const document = once(types.document);
    const article = once(types.article);
    const bead = range(once(types.bead));
    const enLines = range(once(types.enLines));
    const zhLines = range(once(types.zhLines));
    const enSpan = range(once(types.enSpan));
    const zhSpan = range(once(types.zhSpan));
    if (document !== undefined && article !== undefined && isInteger(article) && bead && enLines && zhLines && enSpan && zhSpan) {
      origin = {
        document,
        article: Number(article),
        bead: `${bead[0]}-${bead[1]}`,
        lines: { en: enLines, zh: zhLines },
        spans: { en: { start: enSpan[0], end: enSpan[1] }, zh: { start: zhSpan[0], end: zhSpan[1] } },
      };
    } else {
      unreadable.push(...originTypes.filter((type) => reserved.has(type)));
    }
  }

  // Everything not read into origin or confidence stays a prop.
  const props: Record<string, string> = {};
  for (const { type, value } of tmxProps) {
    if ((origin !== undefined && originTypes.includes(type)) || (confidence !== undefined && type === types.confidence)) continue;
    setOwn(props, type, Object.hasOwn(props, type) ? `${props[type]}\n${value}` : value);
  }
  return { ...(origin === undefined ? {} : { origin }), ...(confidence === undefined ? {} : { confidence }), props, unreadable };
}

/** True for a non-negative integer as `String(n)` writes it (no sign, no leading zero). */
function isInteger(text: string): boolean {
  if (text.length === 0 || text.length > 15 || (text.length > 1 && text.charCodeAt(0) === 0x30)) return false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char < 0x30 || char > 0x39) return false;
  }
  return true;
}

/** `a-b` of two such integers, or undefined. */
function range(text: string | undefined): [number, number] | undefined {
  const dash = text === undefined ? -1 : text.indexOf('-');
  if (text === undefined || dash === -1) return undefined;
  const first = text.slice(0, dash);
  const second = text.slice(dash + 1);
  return isInteger(first) && isInteger(second) ? [Number(first), Number(second)] : undefined;
}
