/**
 * Well-known acronyms of PRC government English and international bodies,
 * with the words they stand for. Data only, compiled by hand for bitext-tm.
 * An acronym defined in the corpus itself ("… (CPAFFC)") takes precedence.
 */
export const KNOWN_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['CPC', ['Communist', 'Party', 'of', 'China']],
  ['CCP', ['Chinese', 'Communist', 'Party']],
  ['PRC', ["People's", 'Republic', 'of', 'China']],
  ['NPC', ['National', "People's", 'Congress']],
  ['CPPCC', ["Chinese", "People's", 'Political', 'Consultative', 'Conference']],
  ['HKSAR', ['Hong', 'Kong', 'Special', 'Administrative', 'Region']],
  ['MSAR', ['Macao', 'Special', 'Administrative', 'Region']],
  ['SAR', ['Special', 'Administrative', 'Region']],
  ['UN', ['United', 'Nations']],
  ['EU', ['European', 'Union']],
  ['ASEAN', ['Association', 'of', 'Southeast', 'Asian', 'Nations']],
  ['WTO', ['World', 'Trade', 'Organization']],
  ['WHO', ['World', 'Health', 'Organization']],
]);
