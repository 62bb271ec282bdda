/**
 * English number words, ordinals and month names with their values, so that
 * "twentieth", "20th" and 二十 (or 20) meet as one number. Written for
 * bitext-tm from English grammar; months map to their number (November → 11)
 * so that 11月 meets "November".
 */
const CARDINALS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen';
const ORDINALS =
  'zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth';
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety';
const TENTHS = 'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth';
const MONTHS = 'january february march april may june july august september october november december';

function build(): Map<string, number> {
  const values = new Map<string, number>();
  CARDINALS.split(' ').forEach((w, i) => values.set(w, i));
  ORDINALS.split(' ').forEach((w, i) => values.set(w, i));
  TENS.split(' ').forEach((w, i) => values.set(w, (i + 2) * 10));
  TENTHS.split(' ').forEach((w, i) => values.set(w, (i + 2) * 10));
  // "may" and "march" are common verbs: months are only read from capitalised words (see evidence/sentence-evidence.ts).
  MONTHS.split(' ').forEach((w, i) => values.set(`month:${w}`, i + 1));
  for (const [word, value] of [['hundred', 100], ['hundredth', 100], ['thousand', 1000], ['thousandth', 1000], ['million', 1e6], ['billion', 1e9], ['dozen', 12], ['twice', 2], ['half', 0.5]] as const) {
    values.set(word, value);
  }
  return values;
}

/** Lower-case number word, ordinal or `month:<name>` → value. */
export const ENGLISH_NUMBER_WORDS: ReadonlyMap<string, number> = build();
