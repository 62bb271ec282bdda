/**
 * Anchors: sentence pairs that are almost certainly translations, found
 * without DP. Each English sentence looks up the Chinese sentences sharing its
 * rarer concepts (an inverted index, so the cost grows with the text, not with
 * n × m) and keeps its best candidates; the heaviest chain of candidates
 * increasing on both sides is kept (weighted longest increasing subsequence),
 * which drops the candidates that contradict the order of the others. The DP then searches a band around this chain,
 * as Bertalign searches around its first-pass 1-1 beads.
 */
import type { SentenceEvidence } from '../evidence/sentence-evidence';
import { at } from '../../checked';

/** An anchor: Chinese sentence `zh` and English sentence `en` translate each other. */
export interface Anchor {
  readonly zh: number;
  readonly en: number;
  /** Sum of the shared concepts' inverse document frequencies. */
  readonly score: number;
}

/** Candidates scoring at least this share of an English sentence's best candidate are kept. */
const CANDIDATE_SHARE = 0.9;
/** At most this many candidates per English sentence (repeated text). */
const MAX_CANDIDATES = 32;

/** Options of {@link findAnchors}. */
export interface FindAnchorsOptions {
  /** Concepts held by more Chinese sentences than this are too common to look up. */
  readonly maxPostings: number;
  /** Anchors must score at least this much (nats of inverse document frequency). */
  readonly minScore: number;
}

/**
 * Find anchors and return the heaviest chain increasing in both indices.
 */
export function findAnchors(zh: readonly SentenceEvidence[], en: readonly SentenceEvidence[], options: FindAnchorsOptions): Anchor[] {
  const postings = invertedIndex(zh, options.maxPostings);
  const idf = (concept: number): number => Math.log((zh.length + 1) / ((postings.start[concept + 1] ?? 0) - (postings.start[concept] ?? 0) + 0.5));
  const score = new Float64Array(zh.length);
  const touched: number[] = [];
  const anchors: Anchor[] = [];
  for (let t = 0; t < en.length; t++) {
    const sentence = en[t] as SentenceEvidence;
    for (const conceptId of sentence.concepts) {
      const concept = postings.local.get(conceptId);
      if (concept === undefined) continue;
      const from = postings.start[concept] ?? 0;
      const to = postings.start[concept + 1] ?? 0;
      if (from === to) continue;
      const weight = idf(concept);
      for (let x = from; x < to; x++) {
        const s = postings.sentences[x] as number;
        if (score[s] === 0) touched.push(s);
        score[s] = (score[s] ?? 0) + weight;
      }
    }
    let best = 0;
    for (const s of touched) best = Math.max(best, score[s] ?? 0);
    // Candidates: the best Chinese sentences for this English one. Near-ties all
    // stay (repeated text has several equal candidates); the chain picks one.
    if (best >= options.minScore) {
      let kept = 0;
      for (const s of touched) {
        const value = score[s] ?? 0;
        if (value >= CANDIDATE_SHARE * best && kept < MAX_CANDIDATES) {
          anchors.push({ zh: s, en: t, score: value });
          kept++;
        }
      }
    }
    for (const s of touched) score[s] = 0;
    touched.length = 0;
  }
  return heaviestIncreasingChain(anchors);
}

/**
 * Concept → Chinese sentences holding it, for concepts held by at most
 * `maxPostings` sentences. Concepts get local ids (in order of first use), so
 * the index costs what the text holds, not what the lexicon holds: the pair
 * scorer aligns one sentence pair at a time, thousands of times.
 */
function invertedIndex(zh: readonly SentenceEvidence[], maxPostings: number): { local: Map<number, number>; start: Int32Array; sentences: Int32Array } {
  const local = new Map<number, number>();
  for (const sentence of zh) for (const concept of sentence.concepts) if (!local.has(concept)) local.set(concept, local.size);
  const conceptCount = local.size;
  // Every concept of `zh` has a local id; `?? conceptCount` (a spare slot) only satisfies the type.
  const localId = (concept: number): number => local.get(concept) ?? conceptCount;
  const count = new Int32Array(conceptCount + 1);
  for (const sentence of zh) for (const concept of sentence.concepts) count[localId(concept)] = (count[localId(concept)] ?? 0) + 1;
  const start = new Int32Array(conceptCount + 1);
  for (let c = 0; c < conceptCount; c++) {
    const kept = (count[c] ?? 0) <= maxPostings ? (count[c] ?? 0) : 0;
    start[c + 1] = (start[c] ?? 0) + kept;
  }
  const sentences = new Int32Array(start[conceptCount] ?? 0);
  const fill = start.slice();
  zh.forEach((sentence, s) => {
    for (const conceptId of sentence.concepts) {
      const concept = localId(conceptId);
      if ((count[concept] ?? 0) > maxPostings) continue;
      sentences[fill[concept] ?? 0] = s;
      fill[concept] = (fill[concept] ?? 0) + 1;
    }
  });
  return { local, start, sentences };
}

/**
 * The subset of anchors, strictly increasing in both `zh` and `en`, with the
 * largest total score (O(k log k) with a Fenwick tree of prefix maxima).
 */
function heaviestIncreasingChain(anchors: readonly Anchor[]): Anchor[] {
  if (anchors.length === 0) return [];
  // Sort by zh ascending, and by en DEscending within a zh, so that one zh never chains with itself.
  const sorted = [...anchors].sort((a, b) => a.zh - b.zh || b.en - a.en);
  let maxEn = 0;
  for (const anchor of sorted) maxEn = Math.max(maxEn, anchor.en + 1);
  const treeScore = new Float64Array(maxEn + 1);
  const treeIndex = new Int32Array(maxEn + 1).fill(-1);
  const total = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);
  sorted.forEach((anchor, k) => {
    // Best chain ending at an en index < anchor.en.
    let best = 0;
    let bestIndex = -1;
    for (let x = anchor.en; x > 0; x -= x & -x) {
      const score = at(treeScore, x, 'heaviestIncreasingChain: tree score');
      if (score > best) {
        best = score;
        bestIndex = at(treeIndex, x, 'heaviestIncreasingChain: tree index');
      }
    }
    const chainScore = best + anchor.score;
    total[k] = chainScore;
    previous[k] = bestIndex;
    for (let x = anchor.en + 1; x <= maxEn; x += x & -x) {
      if (chainScore > at(treeScore, x, 'heaviestIncreasingChain: tree score')) {
        treeScore[x] = chainScore;
        treeIndex[x] = k;
      }
    }
  });
  let end = 0;
  for (let k = 1; k < sorted.length; k++) if (at(total, k, 'heaviestIncreasingChain: total') > at(total, end, 'heaviestIncreasingChain: total')) end = k;
  const chain: Anchor[] = [];
  for (let k = end; k >= 0; k = at(previous, k, 'heaviestIncreasingChain: previous')) chain.push(at(sorted, k, 'heaviestIncreasingChain: anchor'));
  return chain.reverse();
}
