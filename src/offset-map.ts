/**
 * Offset maps between a derived text (a cleaned paragraph, a Simplified view)
 * and the text it came from. See {@link OffsetMap} for the representation.
 */
import type { OffsetMap, Span } from './types';

/**
 * The map of a text derived without edits, starting at `originalStart`.
 * @example identityOffsetMap(20) //=> { breakpoints: [[0, 20]] }
 */
export function identityOffsetMap(originalStart = 0): OffsetMap {
  return { breakpoints: [[0, originalStart]] };
}

/**
 * Original offset of a derived offset, read as the START of a character: inside
 * a deletion it is the original offset after the deleted text.
 * @example
 * // '促進經貿合作。' cleaned from '促進經(jīng)貿合作。' at offset 20 of its source
 * const paragraph = offsetMapFrom([[0, 20], [3, 29]]);
 * mapOffset(paragraph, 3) //=> 29
 */
export function mapOffset(map: OffsetMap, derived: number): number {
  return mapAt(map, derived, 'start');
}

/**
 * Original span of a derived span. The end is read as the END of the last
 * character, so a span ending right before a deletion does not swallow it.
 * @example
 * // '促進經貿合作。' cleaned from '促進經(jīng)貿合作。' at offset 20 of its source
 * const paragraph = offsetMapFrom([[0, 20], [3, 29]]);
 * mapSpan(paragraph, { start: 0, end: 3 }) //=> { start: 20, end: 23 }
 * mapSpan(paragraph, { start: 3, end: 6 }) //=> { start: 29, end: 32 }
 */
export function mapSpan(map: OffsetMap, span: Span): Span {
  const start = mapAt(map, span.start, 'start');
  if (span.end <= span.start) return { start, end: start };
  return { start, end: Math.max(start, mapAt(map, span.end, 'end')) };
}

/**
 * Map through the segment that starts at the last breakpoint at or before
 * `derived` (a start) or strictly before it (an end). Within a segment offsets
 * advance one to one but never pass the next breakpoint's original offset,
 * which handles a character that got wider in the derived text.
 */
function mapAt(map: OffsetMap, derived: number, side: 'start' | 'end'): number {
  const points = map.breakpoints;
  let low = 0;
  let high = points.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const at = points[mid]?.[0] ?? 0;
    if (side === 'start' ? at <= derived : at < derived) low = mid;
    else high = mid - 1;
  }
  const point = points[low];
  if (point === undefined) throw new Error('OffsetMap has no breakpoints');
  const next = points[low + 1];
  const mapped = point[1] + (derived - point[0]);
  return next === undefined ? mapped : Math.min(mapped, next[1]);
}

/**
 * Compose two maps: `inner` maps view → middle text, `outer` maps middle → original.
 * The result maps view → original.
 * @example
 * const paragraph = offsetMapFrom([[0, 20], [3, 29]]); // cleaned paragraph → source
 * const view = simplifiedView('促進經貿合作。'); // view → cleaned paragraph
 * const viewToSource = composeOffsetMaps(view.offsets, paragraph);
 * mapOffset(viewToSource, view.text.indexOf('贸')) //=> 29
 */
export function composeOffsetMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  // Breakpoints of the result: every inner breakpoint, plus every outer breakpoint
  // pulled back into view coordinates.
  const viewPoints = new Set<number>();
  for (const [view] of inner.breakpoints) viewPoints.add(view);
  for (const [middle] of outer.breakpoints) {
    const view = inverseOffset(inner, middle);
    if (view !== undefined) viewPoints.add(view);
  }
  const breakpoints: (readonly [number, number])[] = [];
  for (const view of [...viewPoints].sort((a, b) => a - b)) {
    breakpoints.push([view, mapOffset(outer, mapOffset(inner, view))]);
  }
  return { breakpoints: simplifyBreakpoints(breakpoints) };
}

/**
 * Build a map from a list of breakpoints, dropping ones that the line through the previous one already implies.
 * @example offsetMapFrom([[0, 20], [2, 22], [3, 29]]) //=> { breakpoints: [[0, 20], [3, 29]] }
 */
export function offsetMapFrom(breakpoints: readonly (readonly [number, number])[]): OffsetMap {
  return { breakpoints: simplifyBreakpoints([...breakpoints].sort((a, b) => a[0] - b[0])) };
}

function simplifyBreakpoints(sorted: readonly (readonly [number, number])[]): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  for (const point of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last[0] === point[0]) {
      out[out.length - 1] = point;
      continue;
    }
    if (last !== undefined && point[1] - last[1] === point[0] - last[0]) continue;
    out.push(point);
  }
  return out;
}

/** A derived offset whose original is `original`, when the map is not inside a deletion there. */
function inverseOffset(map: OffsetMap, original: number): number | undefined {
  const points = map.breakpoints;
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i];
    if (point !== undefined && point[1] <= original) return point[0] + (original - point[1]);
  }
  return undefined;
}
