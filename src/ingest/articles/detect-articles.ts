/**
 * Find article boundaries in a bilingual document whose articles are not
 * marked: each article holds its text in both languages, so a new one can only
 * start once the current one has both, at a unit that begins a new round (the
 * language the article opened with, a caption line, or a run cut at a marker),
 * and only where the text says so: a source line that closed the previous
 * unit; a headline caption line; or a date that opens a news article in this
 * run or in its counterpart in the other language (a full date in either, or
 * a bare year in both).
 */
import type { Article, Block, Lang, Paragraph } from '../../types';
import type { Unit } from './group-runs';
import { appendAll } from '../../append-all';

/**
 * Split `units` into articles, and merge the runs of one language that follow
 * each other inside an article into one block.
 */
export function detectArticles(units: readonly Unit[]): Article[] {
  const groups: Unit[][] = [];
  let current: Unit[] = [];
  let opening: Lang | undefined;
  const seen = { en: false, zh: false };
  units.forEach((unit, i) => {
    const previous = units[i - 1];
    const bilingualBoundary = seen.en && seen.zh && startsRound(unit, previous, opening) && opensArticle(units, i);
    if (bilingualBoundary || untranslatedArticleEnds(current, unit, previous)) {
      groups.push(current);
      current = [];
      opening = undefined;
      seen.en = seen.zh = false;
    }
    current.push(unit);
    if (unit.kind === 'run') {
      seen[unit.lang] = true;
      opening ??= unit.lang;
    }
  });
  if (current.length > 0) groups.push(current);
  return groups.map((group, index) => ({ index, title: titleOf(group), blocks: toBlocks(group) }));
}

/**
 * An article in one language only (its translation is missing) ends where the
 * next dated run of the same language begins: "On June 2, …" after an English
 * article that itself opened with a date and got no Chinese. Merging them
 * would pair one article's English with the next one's Chinese.
 */
function untranslatedArticleEnds(current: readonly Unit[], unit: Unit, previous: Unit | undefined): boolean {
  const first = current[0];
  if (first?.kind !== 'run' || first.opener !== 'strong') return false;
  if (unit.kind !== 'run' || unit.opener !== 'strong' || previous?.kind !== 'run' || previous.lang !== unit.lang) return false;
  return current.every((u) => u.kind === 'run' && u.lang === unit.lang);
}

/** A unit where a new round of the article's languages begins. */
function startsRound(unit: Unit, previous: Unit | undefined, opening: Lang | undefined): boolean {
  if (unit.kind === 'paired') return true;
  return unit.lang === opening || (previous?.kind === 'run' && previous.lang === unit.lang);
}

/** Evidence that unit `i` opens a new article. */
function opensArticle(units: readonly Unit[], i: number): boolean {
  const unit = units[i];
  const previous = units[i - 1];
  if (unit === undefined) return false;
  if (previous?.kind === 'run' && previous.closed) return true;
  // A caption line opens an article only as its headline; a photo caption
  // belongs to the article it is in, whatever the next article's lead says.
  if (unit.kind === 'paired') return unit.headline;
  const own = unit.opener;
  const counterpart = counterpartRun(units, i)?.opener;
  return own === 'strong' || counterpart === 'strong' || (own === 'weak' && counterpart === 'weak');
}

/**
 * The first run after unit `i` in the other language: for a run, the other
 * language than its own; for a caption line, the other language than the run
 * that follows it.
 */
function counterpartRun(units: readonly Unit[], i: number): Extract<Unit, { kind: 'run' }> | undefined {
  const unit = units[i];
  let lang = unit?.kind === 'run' ? unit.lang : undefined;
  for (let j = i + 1; j < units.length; j++) {
    const next = units[j];
    if (next?.kind !== 'run') continue;
    lang ??= next.lang;
    if (next.lang !== lang) return next;
  }
  return undefined;
}

function toBlocks(group: readonly Unit[]): Block[] {
  const blocks: Block[] = [];
  let run: { lang: Lang; paragraphs: Paragraph[] } | undefined;
  for (const unit of group) {
    if (unit.kind === 'paired') {
      run = undefined;
      blocks.push(unit.block);
    } else if (run !== undefined && run.lang === unit.lang) {
      appendAll(run.paragraphs, unit.paragraphs);
    } else {
      run = { lang: unit.lang, paragraphs: [...unit.paragraphs] };
      blocks.push({ kind: 'monolingual', lang: run.lang, paragraphs: run.paragraphs });
    }
  }
  return blocks;
}

/** A headline caption line that opens the article gives it its title (English side). */
function titleOf(group: readonly Unit[]): string {
  const first = group[0];
  return first?.kind === 'paired' && first.headline ? first.block.en.text : '';
}
