/** One source text being ingested, with what every step needs to report issues against it. */
import type { ErrorCode, Issue } from '../errors';
import { LineIndex } from '../position';
import type { SourceText, Span } from '../types';

/** A source text, its index in the document's sources, and its line index (built once). */
export interface SourceContext {
  readonly source: SourceText;
  /** Index into {@link Document.sources}. */
  readonly index: number;
  readonly lines: LineIndex;
}

/**
 * Build the context of source number `index`.
 * @example sourceContext({ name: 'a.txt', text: 'ab\ncd' }, 0).lines.pointAt(4) //=> { line: 2, column: 2, offset: 4 }
 */
export function sourceContext(source: SourceText, index: number): SourceContext {
  return { source, index, lines: new LineIndex(source.text) };
}

/** What an issue says; `removed` is set when a step took text out of the output. */
export interface IssueFields {
  readonly severity: Issue['severity'];
  readonly code: ErrorCode;
  readonly message: string;
  readonly span: Span;
  readonly removed?: string;
}

/**
 * An issue placed in the source: file name, line/column of the span start, the span.
 */
export function issueAt(context: SourceContext, fields: IssueFields): Issue {
  const issue: Issue = {
    severity: fields.severity,
    code: fields.code,
    message: fields.message,
    file: context.source.name,
    place: context.lines.pointAt(fields.span.start),
    span: fields.span,
  };
  return fields.removed === undefined ? issue : { ...issue, removed: fields.removed };
}
