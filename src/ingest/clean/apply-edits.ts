/**
 * Apply cleaning and repair edits to one span of a source text, keeping an
 * offset map from the result back to the source.
 */
import type { Issue } from '../../errors';
import { offsetMapFrom } from '../../offset-map';
import type { OffsetMap, Span } from '../../types';

/**
 * A change to the source text made by a named step, with the issue that
 * reports it: a removal (`replacement` empty), a replacement, or an insertion
 * (empty `span`).
 */
export interface Edit {
  readonly span: Span;
  readonly replacement: string;
  readonly issue: Issue;
}

/** Text derived from a span of a source text, and the map back to source offsets. */
export interface EditedText {
  readonly text: string;
  readonly offsets: OffsetMap;
}

/**
 * Apply `edits` (inside `span`, not overlapping; any order) to `source.slice(span)`.
 * Offsets in the result map to absolute offsets in `source`; inserted text
 * maps to its insertion point.
 */
export function applyEdits(source: string, span: Span, edits: readonly Edit[]): EditedText {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const breakpoints: [number, number][] = [[0, span.start]];
  let text = '';
  let at = span.start;
  for (const edit of sorted) {
    if (edit.span.start < at || edit.span.end > span.end) {
      throw new Error(`edit ${edit.span.start}-${edit.span.end} overlaps another or leaves the span ${span.start}-${span.end}`);
    }
    text += source.slice(at, edit.span.start);
    breakpoints.push([text.length, edit.span.start]);
    text += edit.replacement;
    at = edit.span.end;
    breakpoints.push([text.length, at]);
  }
  text += source.slice(at, span.end);
  return { text, offsets: offsetMapFrom(breakpoints) };
}
