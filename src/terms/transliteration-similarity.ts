/**
 * How well a Chinese transliteration sounds like a foreign name: both are
 * reduced to a skeleton of consonant classes (vowels and glides dropped) and
 * compared by edit distance. 叶梅利亚诺夫 (ye mei li ya nuo fu) and
 * "Emelyanov" both give M L N F.
 */
import { distance as levenshtein } from 'fastest-levenshtein';
import type { ReadingsOf } from './pinyin-key';

/**
 * English letter groups → consonant class, longest first. Classes follow how
 * Chinese transliteration renders sounds: v/w/f → F (瓦 wa for "va"), l/r → L
 * (no /r/ in Mandarin syllable codas), s/z/ts and pinyin x → S (先 xian for
 * "sen"), ch/j/q → C (钱 qian for "chan"), voicing is ignored (b/p, d/t, g/k).
 */
const ENGLISH_CLASSES: readonly (readonly [string, string])[] = [
  ['sch', 'S'], ['tch', 'C'], ['ch', 'C'], ['sh', 'S'], ['zh', 'C'], ['th', 'T'], ['ph', 'F'], ['kh', 'K'], ['gh', ''],
  ['ck', 'K'], ['ng', 'N'], ['qu', 'K'], ['ts', 'S'], ['tz', 'S'], ['dj', 'C'],
  ['b', 'P'], ['p', 'P'], ['d', 'T'], ['t', 'T'], ['g', 'K'], ['k', 'K'], ['c', 'K'], ['q', 'K'], ['x', 'KS'],
  ['f', 'F'], ['v', 'F'], ['w', 'F'], ['l', 'L'], ['r', 'L'], ['m', 'M'], ['n', 'N'], ['s', 'S'], ['z', 'S'],
  ['j', 'C'], ['h', ''], ['y', ''],
];

/** Pinyin initials → consonant class (same classes as {@link ENGLISH_CLASSES}). */
const PINYIN_INITIALS: readonly (readonly [string, string])[] = [
  ['zh', 'C'], ['ch', 'C'], ['sh', 'S'], ['b', 'P'], ['p', 'P'], ['d', 'T'], ['t', 'T'], ['g', 'K'], ['k', 'K'],
  ['h', ''], ['j', 'C'], ['q', 'C'], ['x', 'S'], ['z', 'S'], ['c', 'S'], ['s', 'S'], ['r', 'L'], ['l', 'L'],
  ['m', 'M'], ['n', 'N'], ['f', 'F'], ['w', 'F'], ['y', ''],
];

/**
 * Consonant skeleton of a romanised name.
 * @example englishSkeleton('Emelyanov') //=> 'MLNF'
 */
export function englishSkeleton(name: string): string {
  const letters = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/gu, '');
  let out = '';
  let i = 0;
  while (i < letters.length) {
    const group = ENGLISH_CLASSES.find(([g]) => letters.startsWith(g, i));
    if (group) {
      out += group[1];
      i += group[0].length;
    } else {
      i++; // a vowel
    }
  }
  return collapse(out);
}

/**
 * Consonant skeleton of a Simplified transliteration (one reading per
 * character: the first). Syllable codas n/ng give N, 尔 (er) gives L.
 * @example chineseSkeleton('叶梅利亚诺夫', createReadings()) //=> 'MLNF'
 */
export function chineseSkeleton(simplified: string, readings: ReadingsOf): string {
  let out = '';
  for (const char of simplified) {
    const reading = readings(char)[0];
    if (reading === undefined) continue;
    if (reading === 'er') {
      out += 'L';
      continue;
    }
    const initial = PINYIN_INITIALS.find(([g]) => reading.startsWith(g));
    if (initial) out += initial[1];
    if (/n$|ng$/u.test(reading) && reading !== 'n') out += 'N';
  }
  return collapse(out);
}

/** Doubled consonants sound once ("Kurlenko" → K L N K, "Chandler" keeps L once). */
function collapse(skeleton: string): string {
  return skeleton.replace(/(.)\1+/gu, '$1');
}

/** Skeletons shorter than this match too easily to mean anything. */
export const MIN_SKELETON_LENGTH = 3;

/**
 * Similarity in [0, 1] of a romanised name and a Chinese transliteration:
 * 1 − edit distance / longer skeleton; 0 when either skeleton is too short.
 * @example transliterationSimilarity('Kapyl', '科佩尔', createReadings()) //=> 1
 */
export function transliterationSimilarity(name: string, simplified: string, readings: ReadingsOf): number {
  const a = englishSkeleton(name);
  const b = chineseSkeleton(simplified, readings);
  if (a.length < MIN_SKELETON_LENGTH || b.length < MIN_SKELETON_LENGTH) return 0;
  return 1 - levenshtein(a, b) / Math.max(a.length, b.length);
}
