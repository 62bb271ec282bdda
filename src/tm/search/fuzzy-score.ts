/** The fuzzy score of two texts, as lookup computes it. */
import { boundedEditDistance, EditDistanceRows } from './bounded-edit-distance';
import { scoreOf } from './score-bound';
import { tokenizeForMatch } from '../tokens/tokenize-for-match';

/**
 * The CAT-tool fuzzy match score of two texts: 1 − token edit distance /
 * token count of the longer, in [0, 1]. Tokens are words and numbers, and
 * single Han characters; the comparison ignores case, punctuation, spaces,
 * full/half width and Simplified/Traditional script, so 1 means identical
 * after that normalisation. Two texts without any token score 1.
 * @example fuzzyScore('Deputy Director-General of the Foreign Affairs Office', 'deputy director general of the foreign affairs office') //=> 1
 * @example fuzzyScore('市政府外辦副主任', '市政府外办主任') //=> 0.875
 */
export function fuzzyScore(a: string, b: string): number {
  const ids = new Map<string, number>();
  const encode = (text: string): Uint32Array =>
    Uint32Array.from(tokenizeForMatch(text), (token) => {
      let id = ids.get(token.key);
      if (id === undefined) ids.set(token.key, (id = ids.size));
      return id;
    });
  const left = encode(a);
  const right = encode(b);
  const longer = Math.max(left.length, right.length);
  const distance = boundedEditDistance(left, 0, left.length, right, 0, right.length, longer, new EditDistanceRows());
  return scoreOf(distance, longer);
}
