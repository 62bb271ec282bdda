/**
 * Concordance: the units whose text (in the phrase's language) contains the
 * phrase's tokens contiguously — whole words in English, characters in
 * Chinese, after the same normalisation as fuzzy scores ("Consul-General"
 * finds "consul general"; 总领事 finds 總領事).
 *
 * A phrase of two or more tokens is looked up through the bigram index: every
 * unit containing the phrase contains each of its inner bigrams, so it is in
 * the first-occurrence bucket of each; the shortest such list is verified
 * unit by unit. A one-token phrase has no bigram: the token sequences are
 * scanned in unit order until `limit` hits (≈50 ms for a rare word in a
 * million units).
 */
import type { Lang, Span } from '../types';
import { firstOccurrenceBucket } from './gram-buckets';
import type { MemoryCore, QueryWorkspace } from './memory-core';
import type { PreparedQuery } from './prepare-query';
import type { SideIndex } from './side-index';
import type { ConcordanceHit } from './tm-match';
import { tokenizeForMatch } from './tokenize-for-match';

/** Units containing the prepared phrase, in unit order, at most `limit`. */
export function findConcordance(core: MemoryCore, workspace: QueryWorkspace, phrase: PreparedQuery, limit: number): ConcordanceHit[] {
  const ids = workspace.ids.data.slice(0, phrase.length);
  if (ids.some((id) => id >= phrase.knownLimit)) return []; // a token no unit has
  const side = core.sides[phrase.lang];
  const units = phrase.length === 1 ? scanForToken(side, ids[0] ?? 0, limit) : unitsFromIndex(side, ids, limit);
  const phraseKeys = tokenizeForMatch(phrase.text).map((t) => t.key);
  return units.map((unit) => toHit(core, phrase.lang, unit, phraseKeys));
}

function scanForToken(side: SideIndex, token: number, limit: number): number[] {
  const units: number[] = [];
  const count = side.tokenStart.length - 1;
  for (let unit = 0, t = 0; unit < count && units.length < limit; unit++) {
    const end = side.tokenStart[unit + 1] ?? 0;
    for (; t < end; t++) {
      if (side.tokens[t] === token) {
        units.push(unit);
        t = end;
        break;
      }
    }
  }
  return units;
}

function unitsFromIndex(side: SideIndex, ids: Uint32Array, limit: number): number[] {
  // Only units at least as long as the phrase can contain it.
  const firstPosition = side.lengthStart[Math.min(ids.length, side.lengthStart.length - 1)] ?? 0;
  let from = 0;
  let to = 0;
  for (let i = 0; i + 1 < ids.length; i++) {
    const bucket = firstOccurrenceBucket(ids[i] ?? 0, ids[i + 1] ?? 0, side.bucketBits);
    const start = side.bucketStart[bucket] ?? 0;
    const end = side.bucketStart[bucket + 1] ?? 0;
    if (i === 0 || end - start < to - from) {
      from = start;
      to = end;
    }
  }
  const units: number[] = [];
  let previous = -1;
  for (let p = from; p < to; p++) {
    const position = side.postings[p] ?? 0;
    if (position === previous || position < firstPosition) continue;
    previous = position;
    const unit = side.order[position] ?? 0;
    if (containsPhrase(side, unit, ids)) units.push(unit);
  }
  units.sort((a, b) => a - b);
  return units.length > limit ? units.slice(0, limit) : units;
}

function containsPhrase(side: SideIndex, unit: number, ids: Uint32Array): boolean {
  const start = side.tokenStart[unit] ?? 0;
  const last = (side.tokenStart[unit + 1] ?? 0) - ids.length;
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
