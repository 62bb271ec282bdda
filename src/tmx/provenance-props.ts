/**
 * A unit's provenance and confidence as TMX `<prop type="x-…">` elements, and
 * back. One prop per fact so CAT tools can show and filter them (Trados and
 * memoQ map `x-` props to custom fields); the formats are fixed below so a
 * written memory reads back into the same {@link UnitOrigin}.
 */
import type { TranslationUnit, UnitOrigin } from '../types';
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

/** A non-negative integer, as written by `String(n)`. */
const INTEGER = /^(?:0|[1-9][0-9]*)$/u;
/** `a-b` of two such integers. */
const RANGE = /^(0|[1-9][0-9]*)-(0|[1-9][0-9]*)$/u;

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
  /** Every other prop by type (repeated types joined with a newline), null-prototype. */
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
  const props = Object.create(null) as Record<string, string>;
  const counts = new Map<string, number>();
  for (const { type, value } of tmxProps) {
    counts.set(type, (counts.get(type) ?? 0) + 1);
    props[type] = Object.hasOwn(props, type) ? `${props[type]}\n${value}` : value;
  }
  const once = (type: string): string | undefined => (counts.get(type) === 1 ? props[type] : undefined);
  const unreadable: string[] = [];
  const types = PROVENANCE_PROP_TYPES;

  let confidence: number | undefined;
  const confidenceText = once(types.confidence);
  if (confidenceText !== undefined) {
    const value = confidenceText.trim() === '' ? Number.NaN : Number(confidenceText);
    if (value >= 0 && value <= 1) {
      confidence = value;
      delete props[types.confidence];
    }
  }
  if (confidence === undefined && counts.has(types.confidence)) unreadable.push(types.confidence);

  const originTypes = [types.document, types.article, types.bead, types.enLines, types.zhLines, types.enSpan, types.zhSpan];
  const present = originTypes.filter((type) => counts.has(type));
  if (present.length === 0) return confidence === undefined ? { props, unreadable } : { props, confidence, unreadable };
  const document = once(types.document);
  const article = once(types.article);
  const bead = once(types.bead);
  const enLines = range(once(types.enLines));
  const zhLines = range(once(types.zhLines));
  const enSpan = range(once(types.enSpan));
  const zhSpan = range(once(types.zhSpan));
  if (document === undefined || article === undefined || !INTEGER.test(article) || bead === undefined || !RANGE.test(bead) || !enLines || !zhLines || !enSpan || !zhSpan) {
    unreadable.push(...present);
    return confidence === undefined ? { props, unreadable } : { props, confidence, unreadable };
  }
  for (const type of originTypes) delete props[type];
  const origin: UnitOrigin = {
    document,
    article: Number(article),
    bead,
    lines: { en: enLines, zh: zhLines },
    spans: { en: { start: enSpan[0], end: enSpan[1] }, zh: { start: zhSpan[0], end: zhSpan[1] } },
  };
  return confidence === undefined ? { origin, props, unreadable } : { origin, confidence, props, unreadable };
}

function range(text: string | undefined): [number, number] | undefined {
  const match = text === undefined ? null : RANGE.exec(text);
  return match === null ? undefined : [Number(match[1]), Number(match[2])];
}
