/**
 * How much a Chinese transliteration sounds like a romanised name. Both are
 * written as a string of rough phones: the English by spelling rules, the
 * Chinese by the pinyin of each character (initial, then final). A weighted
 * edit distance compares them, with the costs of how Chinese transliterates
 * (Xinhua's tables): it adds vowels to carry consonants (德 de for "d", 斯 si
 * for "s"), voicing does not count (b/p, d/t, g/k), l and r are one sound,
 * "j" is read as 约 yue or 乔 qiao, and a final "n" may come and go.
 *
 * "Dbeibah" ↔ 德贝巴赫 scores 0.86, "Johnson" ↔ 约翰逊 0.73, "Bristol" ↔ 布里斯托尔
 * 0.87, while "Bristol" ↔ 约翰逊 scores 0.13.
 */
import type { ReadingsOf } from './pinyin-key';

/**
 * Phones: P T K (stops, any voicing), F (f v), W, S (s z x sh), C (ch j zh q),
 * L (l r), R (an r before a consonant or at the end, often silent), M, N, H,
 * Y, and the vowels a e i o u.
 */
type Phone = string;

const VOWELS = 'aeiou';
const isVowel = (p: Phone): boolean => VOWELS.includes(p);

/** English spelling → phones, longest spelling first. */
const ENGLISH_SPELLINGS: readonly (readonly [string, string])[] = [
  ['tsch', 'C'], ['sch', 'S'], ['tch', 'C'], ['ch', 'C'], ['sh', 'S'], ['zh', 'C'], ['th', 'T'], ['ph', 'F'],
  ['gh', ''], ['kh', 'H'], ['ck', 'K'], ['qu', 'KW'], ['dj', 'C'], ['dzh', 'C'], ['ts', 'S'], ['tz', 'S'], ['ng', 'N'],
  ['x', 'KS'], ['j', 'C'], ['b', 'P'], ['p', 'P'], ['d', 'T'], ['t', 'T'], ['k', 'K'], ['q', 'K'], ['f', 'F'], ['v', 'F'],
  ['w', 'W'], ['l', 'L'], ['r', 'L'], ['m', 'M'], ['n', 'N'], ['s', 'S'], ['z', 'S'], ['h', 'H'],
  ['a', 'a'], ['e', 'e'], ['i', 'i'], ['o', 'o'], ['u', 'u'],
];

/** Pinyin initials → phones, longest first. */
const PINYIN_INITIALS: readonly (readonly [string, string])[] = [
  ['zh', 'C'], ['ch', 'C'], ['sh', 'S'], ['b', 'P'], ['p', 'P'], ['m', 'M'], ['f', 'F'], ['d', 'T'], ['t', 'T'], ['n', 'N'],
  ['l', 'L'], ['g', 'K'], ['k', 'K'], ['h', 'H'], ['j', 'C'], ['q', 'C'], ['x', 'S'], ['r', 'L'], ['z', 'S'], ['c', 'S'],
  ['s', 'S'], ['y', 'Y'], ['w', 'W'],
];

/**
 * Phones of a romanised name.
 * @example englishPhones('Johnson') //=> ['C', 'o', 'H', 'N', 'S', 'o', 'N']
 */
export function englishPhones(name: string): Phone[] {
  const letters = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/gu, '');
  const phones: Phone[] = [];
  let i = 0;
  while (i < letters.length) {
    const char = letters.charAt(i);
    const next = letters.charAt(i + 1);
    if (letters.startsWith('chr', i)) {
      phones.push('K', 'L');
      i += 3;
      continue;
    }
    if (char === 'c') {
      phones.push('eiy'.includes(next) && next !== '' ? 'S' : next === 'h' ? 'C' : 'K');
      i += next === 'h' ? 2 : 1;
      continue;
    }
    if (char === 'g') {
      phones.push('eiy'.includes(next) && next !== '' ? 'C' : 'K');
      i += next === 'h' ? 2 : 1;
      continue;
    }
    // An r that no vowel follows is weak: Chinese drops it ("Wagner" 瓦格纳, "Carter" 卡特).
    if (char === 'r' && !VOWELS.includes(next === 'y' ? 'i' : next || 'x')) {
      phones.push('R');
      i++;
      continue;
    }
    if (char === 'y') {
      // A y before a vowel is a glide; otherwise a vowel.
      phones.push(VOWELS.includes(next) && next !== '' ? 'Y' : 'i');
      i++;
      continue;
    }
    const spelling = ENGLISH_SPELLINGS.find(([s]) => letters.startsWith(s, i));
    if (spelling) {
      for (const p of spelling[1]) phones.push(p);
      i += spelling[0].length;
    } else {
      i++;
    }
  }
  return collapse(phones);
}

/**
 * Phones of a Simplified transliteration, from the first pinyin reading of
 * each character. The vowel after z/c/s/zh/ch/sh/r is silent (斯 si is "s").
 * @example chinesePhones('约翰逊', createReadings()) //=> ['Y', 'u', 'e', 'H', 'a', 'N', 'S', 'u', 'N']
 */
export function chinesePhones(simplified: string, readings: ReadingsOf): Phone[] {
  const phones: Phone[] = [];
  for (const char of simplified) {
    const reading = readings(char)[0];
    if (reading === undefined) continue;
    if (reading === 'er') {
      phones.push('L');
      continue;
    }
    const initial = PINYIN_INITIALS.find(([s]) => reading.startsWith(s));
    let final = initial ? reading.slice(initial[0].length) : reading;
    if (initial) phones.push(initial[1]);
    if (initial && /^(?:[csz]h?|r)$/u.test(initial[0]) && final === 'i') final = '';
    for (let k = 0; k < final.length; k++) {
      const c = final.charAt(k);
      if (c === 'n') {
        phones.push('N');
        if (final.charAt(k + 1) === 'g') k++;
      } else if (c === 'r') {
        phones.push('L');
      } else if (VOWELS.includes(c)) {
        phones.push(c);
      }
    }
  }
  return phones;
}

/** Doubled phones sound once ("Kurlenko", "Bennett"). */
function collapse(phones: Phone[]): Phone[] {
  return phones.filter((p, i) => i === 0 || p !== phones[i - 1]);
}

/** Cost of dropping or adding a phone: vowels and glides are cheap, consonants dear; a nasal in between. */
function indelCost(p: Phone): number {
  if (isVowel(p)) return 0.35;
  if (p === 'R') return 0.3;
  if (p === 'H' || p === 'Y' || p === 'W') return 0.45;
  if (p === 'N') return 0.6;
  return 1;
}

/** Pairs of phones that transliteration confuses, and their cost. */
const NEAR_PHONES: ReadonlyMap<string, number> = new Map([
  ['S|C', 0.4], ['T|C', 0.7], ['K|H', 0.5], ['F|W', 0.3], ['P|F', 0.6], ['C|Y', 0.5], ['K|C', 0.6], ['L|N', 0.7],
  ['W|u', 0.3], ['Y|i', 0.3], ['H|F', 0.7], ['S|T', 0.8], ['R|L', 0], ['R|e', 0.3], ['R|a', 0.3],
]);

function substitutionCost(a: Phone, b: Phone): number {
  if (a === b) return 0;
  if (isVowel(a) && isVowel(b)) return 0.3;
  return NEAR_PHONES.get(`${a}|${b}`) ?? NEAR_PHONES.get(`${b}|${a}`) ?? 1.2;
}

/** Phones are ASCII letters: the costs above as tables by character code (the edit distance's inner loop reads them). */
const CODES = 128;
const INDEL_COSTS = new Float64Array(CODES);
const SUBSTITUTION_COSTS = new Float64Array(CODES * CODES);
{
  const phones = Array.from('PTKFWSCLRMNHY' + VOWELS);
  for (const a of phones) {
    INDEL_COSTS[a.charCodeAt(0)] = indelCost(a);
    for (const b of phones) SUBSTITUTION_COSTS[a.charCodeAt(0) * CODES + b.charCodeAt(0)] = substitutionCost(a, b);
  }
}

function weight(phones: readonly Phone[]): number {
  let w = 0;
  for (const p of phones) w += isVowel(p) || p === 'R' ? 0.35 : 1;
  return w;
}

/** Fewest consonants a side needs for a comparison to mean anything. */
const MIN_CONSONANTS = 2;

/**
 * Similarity in [0, 1] of a romanised name and a Chinese transliteration; 0
 * when either has fewer than two consonants.
 * @example transliterationSimilarity('Dbeibah', '德贝巴赫', createReadings()) > 0.8 //=> true
 */
export function transliterationSimilarity(name: string, simplified: string, readings: ReadingsOf): number {
  const a = soundOfName(name);
  const b = soundOfTransliteration(simplified, readings);
  if (a.consonants < MIN_CONSONANTS || b.consonants < MIN_CONSONANTS) return 0;
  const cost = editCost(a.codes, b.codes);
  return Math.max(0, 1 - cost / Math.max(a.weight, b.weight));
}

/** A side ready for comparison: its phones as character codes, its weight, its consonants. */
interface Sound {
  readonly codes: Uint8Array;
  readonly weight: number;
  readonly consonants: number;
}

/**
 * Names and runs recur across a corpus (every unit compares each name with
 * several runs): their sounds are kept, up to this many of each, then the
 * cache starts over, so memory stays bounded on any corpus.
 */
const MAX_CACHED_SOUNDS = 50_000;
const nameSounds = new Map<string, Sound>();
const transliterationSounds = new WeakMap<ReadingsOf, Map<string, Sound>>();

function soundOfName(name: string): Sound {
  return cached(nameSounds, name, () => {
    const phones = englishPhones(name);
    return sound(phones, phones.filter((p) => !isVowel(p) && p !== 'R').length);
  });
}

function soundOfTransliteration(simplified: string, readings: ReadingsOf): Sound {
  let cache = transliterationSounds.get(readings);
  if (cache === undefined) transliterationSounds.set(readings, (cache = new Map<string, Sound>()));
  return cached(cache, simplified, () => {
    const phones = chinesePhones(simplified, readings);
    return sound(phones, phones.filter((p) => !isVowel(p)).length);
  });
}

function cached(cache: Map<string, Sound>, key: string, make: () => Sound): Sound {
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= MAX_CACHED_SOUNDS) cache.clear();
  const made = make();
  cache.set(key, made);
  return made;
}

function sound(phones: readonly Phone[], consonants: number): Sound {
  return { codes: Uint8Array.from(phones, (p) => p.charCodeAt(0)), weight: weight(phones), consonants };
}

/** Weighted edit distance, two rows of the table. */
function editCost(a: Uint8Array, b: Uint8Array): number {
  let previous = new Float64Array(b.length + 1);
  let current = new Float64Array(b.length + 1);
  for (let j = 1; j <= b.length; j++) previous[j] = (previous[j - 1] as number) + (INDEL_COSTS[b[j - 1] as number] as number);
  for (let i = 1; i <= a.length; i++) {
    const pa = a[i - 1] as number;
    const dropA = INDEL_COSTS[pa] as number;
    current[0] = (previous[0] as number) + dropA;
    for (let j = 1; j <= b.length; j++) {
      const pb = b[j - 1] as number;
      current[j] = Math.min(
        (previous[j] as number) + dropA,
        (current[j - 1] as number) + (INDEL_COSTS[pb] as number),
        (previous[j - 1] as number) + (SUBSTITUTION_COSTS[pa * CODES + pb] as number),
      );
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}
