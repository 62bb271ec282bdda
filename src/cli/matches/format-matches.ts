/** The readable table of `bitext-tm lookup`: score, tuid, stored source (differences marked) and its translation. */
import type { TmMatch } from '../../tm/tm-match';
import { DIFFERENCE_LEGEND, markDifferences } from './mark-differences';
import { maxOf } from '../../min-max';

const percent = (score: number): string => `${Math.floor(score * 100)}%`;

/**
 * One block per match: score and tuid, then the stored source with the words
 * that differ from `query` marked and, under it, the translation (long
 * sentences stay readable, unlike one wide row); a legend when anything is marked.
 * @example
 * formatMatches([], 0.75, 'text') //=> 'No match at or above 75%. (A phrase? Try "bitext-tm concordance".)\n'
 */
export function formatMatches(matches: readonly TmMatch[], minScore: number, query: string): string {
  // Lookup compares whole sentences: a phrase query ("Deputy Director-General") rarely reaches the threshold.
  if (matches.length === 0) return `No match at or above ${percent(minScore)}. (A phrase? Try "bitext-tm concordance".)\n`;
  const tuidWidth = Math.max(4, maxOf(matches.map((m) => m.tuid.length)));
  const indent = ' '.repeat(5 + 2 + tuidWidth + 2);
  const lines = [`score  ${'tuid'.padEnd(tuidWidth)}  source / target`];
  for (const match of matches) {
    const note = match.numbersDiffer ? '  (numbers differ)' : '';
    lines.push(`${percent(match.score).padStart(5)}  ${match.tuid.padEnd(tuidWidth)}  ${oneLine(markDifferences(match, query))}${note}`);
    lines.push(`${indent}${oneLine(match.target)}`);
  }
  if (matches.some((match) => match.edits.some((edit) => edit.kind !== 'equal'))) lines.push(`(${DIFFERENCE_LEGEND})`);
  return `${lines.join('\n')}\n`;
}

/** Line breaks inside a unit would break the table: show them as spaces. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]\s*/gu, ' ');
