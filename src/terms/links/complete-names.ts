/**
 * Widen name links to the whole name in the Chinese: a name written with
 * separators is one name (乔·拜登 for "Joe Biden" when the dictionary knows
 * only 拜登), and a dictionary name may stand inside a longer rendering
 * (布里斯托尔 holds 布里斯托 "Bristol") when the longer one sounds at least as
 * close. Runs never take in part of a common word (理 of 总理 before 米哈伊尔).
 */
import type { TermUnit } from '../units/analyze-term-unit';
import type { Link } from './link';
import type { NameLinkContext } from './name-links';
import { transliterationSimilarity } from './sound-similarity';
import { stretchValue, transliterationRuns } from './transliteration-runs';

/** A longer rendering may sound this much less close and still be taken. */
const SIMILARITY_SLACK = 0.05;
/** True when a capitalised name word stands right before or after the link's English words. */
function partOfLongerName(unit: TermUnit, link: Link): boolean {
  const isName = (i: number): boolean => {
    const t = unit.tokens[i];
    return t !== undefined && t.capitalised && !t.connector && !t.post && t.headType === undefined && !t.functionWord;
  };
  return isName(link.en.start - 1) || isName(link.en.end);
}

function overlaps(a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The run widened to cover `zh` too. */
function widenTo<R extends { readonly start: number; readonly end: number; readonly text: string }>(run: R, zh: { readonly start: number; readonly end: number }, hans: string): R {
  if (run.start <= zh.start && zh.end <= run.end) return run;
  const start = Math.min(run.start, zh.start);
  const end = Math.max(run.end, zh.end);
  return { ...run, start, end, text: hans.slice(start, end) };
}

function sameEnglish(a: Link, b: Link): boolean {
  return a.en.start < b.en.end && b.en.start < a.en.end;
}

/** A separated name is one name: its whole run wins unless it sounds much worse. */
const SEPARATED_SLACK = 0.5;
const NAME_METHODS: ReadonlySet<Link['method']> = new Set(['name', 'transliteration']);

/**
 * Complete the name links among a unit's selected links.
 */
export function completeNames(unit: TermUnit, links: readonly Link[], context: NameLinkContext): Link[] {
  const commonWords = unit.hits.filter((h) => h.end - h.start >= 2 && !h.entry.proper);
  const runs = transliterationRuns(unit.hans, context.transliterationChars, commonWords);
  if (runs.length === 0) return [...links];
  return links.map((link) => {
    if (!NAME_METHODS.has(link.method)) return link;
    // Days and months are translated, never transliterated: 周一 is not the start of 周一鲍里斯.
    if (unit.tokens.slice(link.en.start, link.en.end).some((t) => t.calendar)) return link;
    const name = unit.tokens.slice(link.en.start, link.en.end).map((t) => t.text).join(' ');
    const current = transliterationSimilarity(name, unit.hans.slice(link.zh.start, link.zh.end), context.readings);
    // The link as it is competes too: a longer run must be worth more.
    let best: { start: number; end: number; value: number } | undefined;
    const linkSeparated = /[·・•‧．\-－]/u.test(unit.hans.slice(link.zh.start, link.zh.end));
    const currentValue = stretchValue(current, { ...link.zh, text: '', whole: runs.some((r) => r.start === link.zh.start && r.end === link.zh.end), cutsWord: false });
    for (const found of runs) {
      // A run that stops inside the dictionary's name is widened to it: the dictionary knows where
      // the name ends (弗拉基米尔·普 + 普京: 京 is not in the table of transliteration characters).
      if (!overlaps(found, link.zh)) continue;
      const run = widenTo(found, link.zh, unit.hans);
      if (run.start === link.zh.start && run.end === link.zh.end) continue;
      // Not over another word's strong link (the run may have swallowed a neighbour).
      if (links.some((l) => l !== link && l.score >= link.score && !sameEnglish(l, link) && l.zh.start < run.end && run.start < l.zh.end && !(link.zh.start <= l.zh.start && l.zh.end <= link.zh.end))) continue;
      const similarity = transliterationSimilarity(name, run.text, context.readings);
      // A name with separators is one name whatever the dictionary knew; a longer run without
      // them must sound about as close.
      // A name with separators is one name: but "Vladimir" alone is one part of 弗拉基米尔·普京.
      // …unless the link already holds a whole separated name (乔伊·卡伯里): then a longer run must sound better.
      const separated = /[·・•‧．\-－]/u.test(run.text) && !partOfLongerName(unit, link) && !linkSeparated;
      if (!separated && (similarity < current - SIMILARITY_SLACK || similarity === 0)) continue;
      const value = stretchValue(similarity, run);
      if (value > currentValue - (separated ? SEPARATED_SLACK : 0) && (best === undefined || value > best.value)) best = { start: run.start, end: run.end, value };
    }
    return best === undefined ? link : { ...link, zh: { start: best.start, end: best.end } };
  });
}
