/**
 * Competitive linking (Melamed 2000): of all the links proposed in a unit,
 * keep the strongest, then the strongest of those that do not compete with
 * it for an English word or a Chinese character, and so on. Several English
 * words may share one Chinese dictionary word ("Foreign", "Affairs",
 * "Office" ↔ 外办); otherwise each word and each character is linked once.
 * Among weak links, one next to a link already kept on both sides wins:
 * the words of a term stay together in both languages.
 */
import type { Link } from './link';

/** Links at or above this are kept first, strongest first, before locality counts. */
const STRONG_LINK = 0.8;
/** Links within this much of each other's score are rivals. */
const RIVAL_MARGIN = 0.1;
/** What being next to a kept link adds to a weak link's score when choosing among them. */
const LOCALITY_BONUS = 0.1;
/** English words apart (and Chinese characters apart) that still count as next to each other. */
const NEAR_WORDS = 2;
const NEAR_CHARS = 3;

/**
 * Select the links of one unit.
 */
export function selectLinks(links: readonly Link[]): Link[] {
  // A first selection is the context of the second: each link then counts its neighbours
  // among all the words the first selection linked, not only those kept before it.
  const context = selectOnce(links, []);
  return selectOnce(links, context).sort((a, b) => a.en.start - b.en.start || a.zh.start - b.zh.start);
}

/** One round of competitive linking; `context` are links of an earlier round that count as neighbours. */
function selectOnce(links: readonly Link[], context: readonly Link[]): Link[] {
  const kept: Link[] = [];
  // Strong links that nothing as strong competes with are certain: keep them first.
  const strong = links.filter((l) => l.score >= STRONG_LINK && !hasRival(l, links)).sort(compareLinks);
  for (const link of strong) if (fits(link, kept)) kept.push(link);
  // The rest, best first, where being next to a kept (or context) link counts: the same name
  // twice in a unit goes to the occurrence that sits with its neighbours.
  const rest = links.filter((l) => !kept.includes(l) && fits(l, kept));
  // Whether a link sits next to a context link does not change while links are kept: asked once.
  const nearContext = new Map(rest.map((link) => [link, isNearKept(link, context.filter((c) => fits(c, [link])))]));
  while (rest.length > 0) {
    let bestIndex = -1;
    let bestValue = -1;
    for (const [i, link] of rest.entries()) {
      const value = link.score + (nearContext.get(link) === true || isNearKept(link, kept) ? LOCALITY_BONUS : 0);
      if (value > bestValue || (value === bestValue && bestIndex >= 0 && compareLinks(link, rest[bestIndex] as Link) < 0)) {
        bestValue = value;
        bestIndex = i;
      }
    }
    const [best] = rest.splice(bestIndex, 1);
    if (best === undefined) break;
    if (fits(best, kept)) kept.push(best);
    for (let i = rest.length - 1; i >= 0; i--) if (!fits(rest[i] as Link, kept)) rest.splice(i, 1);
  }
  return kept;
}

/** True when another link about as strong competes with `link` for a word or a character. */
function hasRival(link: Link, links: readonly Link[]): boolean {
  return links.some((other) => other !== link && other.score >= link.score - RIVAL_MARGIN && !fits(link, [other]));
}

/** Stronger first; then more English words, more Chinese, earlier. */
function compareLinks(a: Link, b: Link): number {
  return (
    b.score - a.score ||
    b.en.end - b.en.start - (a.en.end - a.en.start) ||
    b.zh.end - b.zh.start - (a.zh.end - a.zh.start) ||
    a.en.start - b.en.start ||
    a.zh.start - b.zh.start
  );
}

/** True when `link` competes with no kept link. */
function fits(link: Link, kept: readonly Link[]): boolean {
  for (const other of kept) {
    const enOverlap = link.en.start < other.en.end && other.en.start < link.en.end;
    const zhOverlap = link.zh.start < other.zh.end && other.zh.start < link.zh.end;
    if (enOverlap) return false;
    if (zhOverlap) {
      // Several English words of one dictionary gloss share its Chinese word.
      const shared = link.method === 'dictionary' && other.method === 'dictionary' && link.zh.start === other.zh.start && link.zh.end === other.zh.end;
      if (!shared) return false;
    }
  }
  return true;
}

function isNearKept(link: Link, kept: readonly Link[]): boolean {
  return kept.some(
    (k) =>
      Math.max(k.en.start - link.en.end, link.en.start - k.en.end) < NEAR_WORDS &&
      Math.max(k.zh.start - link.zh.end, link.zh.start - k.zh.end) < NEAR_CHARS,
  );
}
