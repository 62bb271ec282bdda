/** Find control characters, which have no place in text (and are illegal in XML), as removal edits. */
import { formatCodePoint } from '../../format-code-point';
import type { Span } from '../../types';
import type { Edit } from './apply-edits';
import { BREAKING_CONTROL_CHARACTER, CONTROL_CHARACTER } from '../ingest-patterns';
import { issueAt, type SourceContext } from '../source-context';

/**
 * Control characters (and unpaired surrogates, U+FFFE, U+FFFF) inside `span`,
 * one edit per run, each reported as a warning with the removed text. A run
 * holding a line or page break (vertical tab, form feed) inside the line
 * becomes a space so the words around it stay apart; any other run is removed.
 */
export function findControlCharacters(context: SourceContext, span: Span): Edit[] {
  const text = context.source.text.slice(span.start, span.end);
  const edits: Edit[] = [];
  for (const match of text.matchAll(new RegExp(`(?:${CONTROL_CHARACTER.source})+`, 'gu'))) {
    const start = span.start + match.index;
    const removed = match[0];
    const codes = Array.from(removed).map(formatCodePoint);
    const at = { start, end: start + removed.length };
    // A break inside the line becomes a space; at either end of the line it just goes.
    const breaking = BREAKING_CONTROL_CHARACTER.test(removed) && at.start > span.start && at.end < span.end;
    const characters = `${codes.length === 1 ? 'the control character' : 'the control characters'} ${codes.join(' ')}`;
    edits.push({
      span: at,
      replacement: breaking ? ' ' : '',
      issue: issueAt(context, {
        severity: 'warning',
        code: 'INGEST_CONTROL_CHARACTER',
        message: breaking
          ? `Replaced ${characters} (a line or page break) with a space: it cannot appear in XML.`
          : `Removed ${characters}, which cannot appear in text or XML.`,
        span: at,
        removed,
      }),
    });
  }
  return edits;
}
