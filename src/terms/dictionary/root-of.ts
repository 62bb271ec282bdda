/**
 * The root of an English word by derivation, for meeting a dictionary gloss
 * that uses another form of the same word: "municipal" and "municipality",
 * "provincial" and "province", "Belarusian" and "Belarus". Inflections are
 * `stemEnglish`'s business; this goes further and errs toward joining, so its
 * links are weak evidence.
 */

/** Derivational endings removed, the first that fits (longest first). */
const DERIVATIONAL_ENDINGS: readonly string[] = [
  'isation', 'ization', 'ational', 'ality', 'ation', 'ities', 'ical', 'ians', 'ness', 'ment', 'ship', 'ese', 'ian', 'ion', 'ity',
  'ism', 'ist', 'ish', 'ial', 'ate', 'ise', 'ize', 'ic', 'al', 'an', 'ia', 'es', 'y', 'a', 'e', 's',
];

/** Shortest root kept after removing an ending. */
const MIN_ROOT_LENGTH = 4;

/**
 * The derivational root of a lower-case word.
 * @example rootOf('municipality') //=> 'municip'
 * @example rootOf('municipal') //=> 'municip'
 * @example rootOf('provincial') //=> 'provinc'
 * @example [rootOf('cooperation'), rootOf('cooperate')] //=> ['cooper', 'cooper']
 */
export function rootOf(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`;
  // Twice: "european" → "europe" → "europ", as "europe" → "europ".
  for (let pass = 0; pass < 2; pass++) {
    const ending = DERIVATIONAL_ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= MIN_ROOT_LENGTH);
    if (ending === undefined) break;
    w = w.slice(0, -ending.length);
  }
  return w;
}
