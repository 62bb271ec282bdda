/**
 * "Did you mean …?" for a misspelt command, option or value: the known name
 * nearest by Damerau–Levenshtein distance (optimal string alignment: a swap of
 * two neighbours costs 1, so "biuld" is one edit from "build").
 */

/**
 * Edits (insert, delete, substitute, swap two neighbours) between two strings.
 * @example editDistance('biuld', 'build') //=> 1
 * @example editDistance('--thresold', '--threshold') //=> 1
 */
export function editDistance(a: string, b: string): number {
  // Three rows of the DP table: two back (for the swap), one back, current.
  let twoBack = new Array<number>(b.length + 1).fill(0);
  let oneBack = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((oneBack[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (oneBack[j - 1] ?? 0) + substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (twoBack[j - 2] ?? 0) + 1);
      row[j] = best;
    }
    twoBack = oneBack;
    oneBack = row;
  }
  return oneBack[b.length] ?? 0;
}

/**
 * The known name the user most likely meant, or `undefined` when none is
 * close: at most 1 edit for names up to 4 characters, 2 up to 8, 3 beyond
 * (ignoring case and leading dashes), or a unique name that `input` begins.
 * @example didYouMean('biuld', ['build', 'align', 'lookup']) //=> 'build'
 * @example didYouMean('--thresold', ['--out', '--threshold']) //=> '--threshold'
 * @example didYouMean('frobnicate', ['build', 'align']) //=> undefined
 */
export function didYouMean(input: string, known: readonly string[]): string | undefined {
  const bare = (name: string): string => name.replace(/^-+/u, '').toLowerCase();
  const wanted = bare(input);
  if (wanted.length === 0) return undefined;
  const allowed = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const distance = editDistance(wanted, bare(name));
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= allowed && bestDistance < bare(best).length) return best;
  const prefixed = wanted.length >= 3 ? known.filter((name) => bare(name).startsWith(wanted)) : [];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/**
 * The suggestion as the end of a sentence, or '' when there is none.
 * @example suggestion('biuld', ['build']) //=> ' Did you mean "build"?'
 */
export function suggestion(input: string, known: readonly string[]): string {
  const name = didYouMean(input, known);
  return name === undefined ? '' : ` Did you mean "${name}"?`;
}
