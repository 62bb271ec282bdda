/** The stored source of a match with the words that differ from the query marked, wdiff style. */
import type { TmMatch } from '../../tm/tm-match';

/** How the marks read, for the table's legend. */
export const DIFFERENCE_LEGEND = '[-…-] only in the stored text, {+…+} only in your query';

/**
 * `match.source` with each differing run of its edit script marked: `[-stored-]`
 * for stored words the query lacks or replaces, `{+query+}` for the query's
 * words in their place (words in English, characters in Chinese).
 */
export function markDifferences(match: TmMatch, query: string): string {
  const source = match.source;
  const spaced = match.lang === 'en';
  let out = '';
  let at = 0;
  for (const edit of match.edits) {
    if (edit.kind === 'equal') continue;
    out += source.slice(at, edit.stored.start);
    const stored = source.slice(edit.stored.start, edit.stored.end);
    const wanted = query.slice(edit.query.start, edit.query.end);
    if (edit.kind === 'insert') {
      const before = edit.stored.start > 0 && spaced && !/\s/u.test(source[edit.stored.start - 1] ?? ' ') ? ' ' : '';
      const after = edit.stored.start === 0 && spaced && source.length > 0 ? ' ' : '';
      out += `${before}{+${wanted}+}${after}`;
    } else {
      out += `[-${stored}-]`;
      if (edit.kind === 'replace') out += `{+${wanted}+}`;
    }
    at = edit.stored.end;
  }
  return out + source.slice(at);
}
