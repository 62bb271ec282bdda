/**
 * Fast Chinese word lookup: forward longest match against the CC-CEDICT
 * headwords (segmentit runs at ~60k chars/s, far too slow for alignment).
 */

/**
 * The headwords as a trie over UTF-16 units in flat arrays: the root's
 * children by unit in `rootChild` (0 = none); node k's children in
 * `childUnit`/`childNode` from `childStart[k]` to `childStart[k + 1]`, sorted
 * by unit; `wordEnd[k]` is 1 where a headword ends.
 */
export interface WordTrie {
  readonly rootChild: Int32Array;
  readonly childStart: Int32Array;
  readonly childUnit: Uint16Array;
  readonly childNode: Int32Array;
  readonly wordEnd: Uint8Array;
}

/**
 * Build the trie of a list of words.
 * @example matchChineseWords('伟大友谊', buildWordTrie(['伟大', '友谊'])) //=> ['伟大', '友谊']
 */
export function buildWordTrie(words: Iterable<string>): WordTrie {
  const children: Map<number, number>[] = [new Map<number, number>()];
  const ends: number[] = [];
  for (const word of words) {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const unit = word.charCodeAt(k);
      const map = children[node] as Map<number, number>;
      let child = map.get(unit);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        map.set(unit, child);
      }
      node = child;
    }
    ends.push(node);
  }
  const rootChild = new Int32Array(65536);
  for (const [unit, child] of children[0] as Map<number, number>) rootChild[unit] = child;
  const childStart = new Int32Array(children.length + 1);
  children.forEach((map, k) => {
    childStart[k + 1] = (childStart[k] ?? 0) + (k === 0 ? 0 : map.size);
  });
  const childUnit = new Uint16Array(childStart[children.length] ?? 0);
  const childNode = new Int32Array(childUnit.length);
  children.forEach((map, k) => {
    if (k === 0) return;
    let at = childStart[k] ?? 0;
    for (const [unit, child] of [...map].sort((a, b) => a[0] - b[0])) {
      childUnit[at] = unit;
      childNode[at] = child;
      at++;
    }
  });
  const wordEnd = new Uint8Array(children.length);
  for (const node of ends) wordEnd[node] = 1;
  return { rootChild, childStart, childUnit, childNode, wordEnd };
}

/**
 * Split a run of Simplified Han characters into dictionary words, longest
 * first, left to right; characters no headword starts with stand alone.
 */
export function matchChineseWords(run: string, trie: WordTrie): string[] {
  const words: string[] = [];
  let start = 0;
  while (start < run.length) {
    // A lone astral character (surrogate pair) is one word of length 2.
    const first = run.charCodeAt(start);
    let best = first >= 0xd800 && first <= 0xdbff ? 2 : 1;
    let node = trie.rootChild[first] as number;
    for (let end = start + 1; node !== 0; end++) {
      if (trie.wordEnd[node] === 1) best = Math.max(best, end - start);
      if (end >= run.length) break;
      node = childOf(trie, node, run.charCodeAt(end));
    }
    words.push(run.slice(start, start + best));
    start += best;
  }
  return words;
}

function childOf(trie: WordTrie, node: number, unit: number): number {
  for (let k = trie.childStart[node] as number, end = trie.childStart[node + 1] as number; k < end; k++) {
    const u = trie.childUnit[k] as number;
    if (u === unit) return trie.childNode[k] as number;
    if (u > unit) return 0;
  }
  return 0;
}
