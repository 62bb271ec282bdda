/**
 * Concordance: the units whose text (in the phrase's language) contains the
 * phrase's tokens contiguously — whole words in English, characters in
 * Chinese, after the same normalisation as fuzzy scores ("Consul-General"
 * finds "consul general"; 总领事 finds 總領事).
 *
 * Every unit containing the phrase holds each of its tokens, so it is in the
 * posting list of each; the shortest of these lists (the phrase's rarest
 * token, cut to units at least as long as the phrase) is verified unit by
 * unit.
 */
import type { Lang, Span } from '../../types';
import type { MemoryCore, QueryWorkspace } from '../core/memory-core';
import type { PreparedQuery } from './prepare-query';
import type { SideIndex } from '../core/side-index';
import type { ConcordanceHit } from '../tm-match';
import { tokenizeForMatch } from '../tokens/tokenize-for-match';

/** Units containing the prepared phrase, in unit order, at most `limit` (units marked in `removed` skipped). */
export function findConcordance(core: MemoryCore, workspace: QueryWorkspace, phrase: PreparedQuery, limit: number, removed?: Uint8Array): ConcordanceHit[] {
  const ids = workspace.ids.data.slice(0, phrase.length);
  const side = core.sides[phrase.lang];
  const listed = Math.min(phrase.knownLimit, side.listStart.length - 1);
  if (ids.some((id) => id >= listed)) return []; // a token no unit of this side has
  const units = unitsContaining(side, ids).filter((unit) => removed?.[unit] !== 1);
  if (units.length > limit) units.length = limit;
  const phraseKeys = tokenizeForMatch(phrase.text).map((t) => t.key);
  return units.map((unit) => toHit(core, phrase.lang, unit, phraseKeys));
}

/** Units (sorted) whose token sequence holds `ids` contiguously. */
function unitsContaining(side: SideIndex, ids: Uint32Array): number[] {
  let from = 0;
  let to = Infinity;
  for (const id of ids) {
    const start = side.listStart[id] ?? 0;
    const end = side.listStart[id + 1] ?? 0;
    if (end - start < to - from) {
      from = start;
      to = end;
    }
  }
  // Only units at least as long as the phrase can contain it.
  const firstPosition = side.lengthStart[Math.min(ids.length, side.lengthStart.length - 1)] ?? 0;
  const units: number[] = [];
  let previous = -1;
  for (let p = from; p < to; p++) {
    const position = side.postings[p] ?? 0;
    if (position === previous || position < firstPosition) continue;
    previous = position;
    if (containsPhrase(side, position, ids)) units.push(side.order[position] ?? 0);
  }
  return units.sort((a, b) => a - b);
}

function containsPhrase(side: SideIndex, position: number, ids: Uint32Array): boolean {
  const start = side.tokenStart[position] ?? 0;
  const last = (side.tokenStart[position + 1] ?? 0) - ids.length;
  outer: for (let t = start; t <= last; t++) {
    for (let i = 0; i < ids.length; i++) if (side.tokens[t + i] !== ids[i]) continue outer;
    return true;
  }
  return false;
}

function toHit(core: MemoryCore, lang: Lang, unitIndex: number, phraseKeys: readonly string[]): ConcordanceHit {
  const unit = core.store.unit(unitIndex);
  const targetLang: Lang = lang === 'en' ? 'zh' : 'en';
  const source = unit[lang];
  const tokens = tokenizeForMatch(source);
  const spans: Span[] = [];
  outer: for (let t = 0; t + phraseKeys.length <= tokens.length; t++) {
    for (let i = 0; i < phraseKeys.length; i++) if (tokens[t + i]?.key !== phraseKeys[i]) continue outer;
    spans.push({ start: tokens[t]?.span.start ?? 0, end: tokens[t + phraseKeys.length - 1]?.span.end ?? 0 });
  }
  return {
    tuid: unit.id,
    unitIndex,
    lang,
    source,
    targetLang,
    target: unit[targetLang],
    spans,
    ...(unit.props === undefined ? {} : { props: unit.props }),
  };
}
