/**
 * A light English stemmer for matching an English term against dictionary
 * glosses ("municipal" ~ "municipality", "Belarusian" ~ "Belarus", "Chinese" ~
 * "China"). Not a general stemmer: it only has to make two forms of one word
 * meet, and it errs on the side of not matching.
 */

/**
 * Suffixes removed (one, the first that fits) after plural -s: derivational
 * endings and demonyms. Chosen by hand; see english-stem.test.ts for the pairs
 * they must join and the ones they must keep apart.
 */
const STEM_SUFFIXES: readonly string[] = [
  'isation', 'ization', 'ality', 'ation', 'ities', 'ical', 'ese', 'ian', 'ity', 'ic', 'al', 'an', 'ia', 'y', 'a', 'e',
];

/** Shortest stem kept after removing a suffix. */
const MIN_STEM_LENGTH = 4;
/** Largest length difference for a prefix match ("asia" ~ "asian"). */
const MAX_PREFIX_EXTRA = 3;

/**
 * Lower-case stem of an English word.
 * @example stemEnglish('Municipality') //=> 'municip'
 * @example stemEnglish('Belarusian') //=> 'belarus'
 */
export function stemEnglish(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/u, '').replace(/[’']/gu, '');
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 4) w = w.slice(0, -1);
  for (const suffix of STEM_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM_LENGTH) return w.slice(0, -suffix.length);
  }
  return w;
}

/**
 * True when two stems name the same word: equal, or one (at least four
 * letters long) a prefix of the other followed by a known ending of at most
 * three letters.
 * @example stemsMatch(stemEnglish('Asian'), stemEnglish('Asia')) //=> true
 * @example stemsMatch('art', 'arts') //=> false
 */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (FALSE_FRIENDS.has(`${short}|${long}`)) return false;
  return (
    short.length >= MIN_STEM_LENGTH &&
    long.length - short.length <= MAX_PREFIX_EXTRA &&
    long.startsWith(short) &&
    PREFIX_EXTRAS.has(long.slice(short.length))
  );
}

/**
 * What a prefix match may leave over: a derivational or demonym ending ("asia"
 * + "n", "provinc" + "i" of provincial), never "er" (office/officer).
 */
const PREFIX_EXTRAS: ReadonlySet<string> = new Set(['n', 'an', 'ian', 'ese', 's', 'es', 'al', 'ity', 'ic', 'ty', 'y', 'i']);

/**
 * Stem pairs the rules above would join but English keeps apart: an office is
 * not an official (干部 "official" must not stand for "Office").
 */
const FALSE_FRIENDS: ReadonlySet<string> = new Set(['offic|offici']);
