/**
 * A unit's provenance and confidence as TMX `<prop type="x-…">` elements, and
 * back. One prop per fact so CAT tools can show and filter them (Trados and
 * memoQ map `x-` props to custom fields); the formats are fixed below so a
 * written memory reads back into the same {@link UnitOrigin}.
 */
import type { TranslationUnit, UnitOrigin } from '../../types';
import { setOwn } from '../set-own';
import type { TmxProp } from '../tmx-unit';

/**
 * The prop types bitext-tm writes, in the order it writes them.
 * @example
 * Object.values(PROVENANCE_PROP_TYPES)
 * //=> ['x-document', 'x-article', 'x-bead', 'x-en-lines', 'x-zh-lines', 'x-en-span', 'x-zh-span', 'x-confidence']
 */
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
  // A plain loop with a switch: this runs once per unit read, and a Map per unit showed in profiles.
  const values: (string | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  const counts = [0, 0, 0, 0, 0, 0, 0, 0];
  let others = false;
  for (const { type, value } of tmxProps) {
    const slot = RESERVED_SLOTS.get(type);
    if (slot === undefined) {
      others = true;
    } else {
      values[slot] = value;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
  }
  const once = (slot: number): string | undefined => (counts[slot] === 1 ? values[slot] : undefined);
  const unreadable: string[] = [];

  let confidence: number | undefined;
  const confidenceText = once(CONFIDENCE_SLOT);
  if (confidenceText !== undefined) {
    const value = confidenceText.trim() === '' ? Number.NaN : Number(confidenceText);
    if (value >= 0 && value <= 1) confidence = value;
  }
  if (confidence === undefined && (counts[CONFIDENCE_SLOT] ?? 0) > 0) unreadable.push(types.confidence);

  let origin: UnitOrigin | undefined;
  if (counts.some((count, slot) => count > 0 && slot !== CONFIDENCE_SLOT)) {
    const [document, article, bead, enLines, zhLines, enSpan, zhSpan] = [once(0), once(1), range(once(2)), range(once(3)), range(once(4)), range(once(5)), range(once(6))];
    if (document !== undefined && article !== undefined && isInteger(article) && bead && enLines && zhLines && enSpan && zhSpan) {
      origin = {
        document,
        article: Number(article),
        bead: `${bead[0]}-${bead[1]}`,
        lines: { en: enLines, zh: zhLines },
        spans: { en: { start: enSpan[0], end: enSpan[1] }, zh: { start: zhSpan[0], end: zhSpan[1] } },
      };
    } else {
      ORIGIN_TYPES.forEach((type, slot) => (counts[slot] ?? 0) > 0 && unreadable.push(type));
    }
  }

  // Everything not read into origin or confidence stays a prop.
  const props: Record<string, string> = {};
  if (others || unreadable.length > 0) {
    for (const { type, value } of tmxProps) {
      const slot = RESERVED_SLOTS.get(type);
      if (slot !== undefined && (slot === CONFIDENCE_SLOT ? confidence !== undefined : origin !== undefined)) continue;
      setOwn(props, type, Object.hasOwn(props, type) ? `${props[type]}\n${value}` : value);
    }
  }
  if (origin === undefined) return confidence === undefined ? { props, unreadable } : { confidence, props, unreadable };
  return confidence === undefined ? { origin, props, unreadable } : { origin, confidence, props, unreadable };
}

/** Origin prop types in slot order (slots 0–6); confidence is slot 7. */
const ORIGIN_TYPES: readonly string[] = [
  PROVENANCE_PROP_TYPES.document,
  PROVENANCE_PROP_TYPES.article,
  PROVENANCE_PROP_TYPES.bead,
  PROVENANCE_PROP_TYPES.enLines,
  PROVENANCE_PROP_TYPES.zhLines,
  PROVENANCE_PROP_TYPES.enSpan,
  PROVENANCE_PROP_TYPES.zhSpan,
];
const CONFIDENCE_SLOT = 7;
const RESERVED_SLOTS: ReadonlyMap<string, number> = new Map([...ORIGIN_TYPES.map((type, slot) => [type, slot] as const), [PROVENANCE_PROP_TYPES.confidence, CONFIDENCE_SLOT]]);

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
