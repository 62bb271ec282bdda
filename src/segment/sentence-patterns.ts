/**
 * The regular expressions of the segment stage, as named data. None of them
 * runs per character: the scanners test them only at a candidate boundary
 * (a period followed by a capital letter, a closing quote followed by a speech
 * tag), on a single character or a short slice of text.
 */

/**
 * An upper- or title-case letter at the start of the string.
 * @example UPPER_CASE_START.test('Émile') //=> true
 * @example UPPER_CASE_START.test('émile') //=> false
 */
export const UPPER_CASE_START: RegExp = /^[\p{Lu}\p{Lt}]/u;

/**
 * A lower-case letter at the start of the string.
 * @example LOWER_CASE_START.test('über') //=> true
 * @example LOWER_CASE_START.test('Über') //=> false
 */
export const LOWER_CASE_START: RegExp = /^\p{Ll}/u;

/**
 * A letter of any script at the start of the string.
 * @example LETTER_START.test('重') //=> true
 * @example LETTER_START.test('5') //=> false
 */
export const LETTER_START: RegExp = /^\p{L}/u;

/**
 * A decimal digit of any script (ASCII, full-width, …) at the start of the string.
 * @example DIGIT_START.test('５') //=> true
 * @example DIGIT_START.test('五') //=> false
 */
export const DIGIT_START: RegExp = /^\p{Nd}/u;

/**
 * A Han character at the start of the string; 々 and 〇 are Script=Han too.
 * @example HAN_START.test('慶') //=> true
 * @example HAN_START.test('ア') //=> false
 */
export const HAN_START: RegExp = /^\p{Script=Han}/u;

/**
 * A whitespace-delimited token that is a URL, an e-mail address or a path, in
 * which a period followed by a capital letter is not a missing space.
 * @example URL_OR_EMAIL.test('Jane.Doe@example.com') //=> true
 * @example URL_OR_EMAIL.test('https://example.org/A.Html') //=> true
 * @example URL_OR_EMAIL.test('Francisco.He') //=> false
 */
export const URL_OR_EMAIL: RegExp = /@|:\/\/|^www\d*\.|\/\p{L}/iu;

/**
 * A period-separated abbreviation such as U.S, e.g, Ph.D (the final period
 * excluded): two or more runs of one to three letters joined by periods.
 * @example DOTTED_ABBREVIATION.test('U.S.A') //=> true
 * @example DOTTED_ABBREVIATION.test('Ph.D') //=> true
 * @example DOTTED_ABBREVIATION.test('example.com') //=> false
 */
export const DOTTED_ABBREVIATION: RegExp = /^\p{L}{1,3}(?:\.\p{L}{1,3})+$/u;

/**
 * The trailing period a caller may write on an extra abbreviation ('Dept.').
 * @example 'Dept.'.replace(TRAILING_PERIOD, '') //=> 'Dept'
 */
export const TRAILING_PERIOD: RegExp = /\.$/u;

/**
 * An English speech tag with a capitalised speaker after a quotation that ends
 * in ? or ! ("Wang asked.", "Old Hai said softly,"): the tag stays in the
 * sentence of the quotation. (A lower-case tag, "he cried", never starts a
 * sentence anyway.) Speakers of one to three capitalised words; common verbs of saying.
 * @example SPEECH_TAG_EN.test('Wang asked. Then') //=> true
 * @example SPEECH_TAG_EN.test('Wang left the room.') //=> false
 */
export const SPEECH_TAG_EN: RegExp =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:\p{Ll}+ly\s+)?(?:asked|said|says|asks|cried|shouted|replied|answered|added|exclaimed|whispered|muttered|murmured|called|yelled|screamed|snapped|protested|demanded|insisted|interrupted|explained|pleaded|begged|repeated|continued|laughed|sighed|groaned|roared|thought|wondered)(?:\s+\p{Ll}+ly)?\s*[.,!?;:]/u;

/**
 * A list marker at the start of a line: a number or letter with `)`, `.`, `.)`
 * or in brackets (`1)`, `2.`, `a)`, `(3)`, `（4）`) followed by white space, or
 * a bullet followed by white space or a number (`• `, `⁃9.`). Group `label`
 * is the number or letter, `bracketed` a bracketed one, `bullet` the bullet.
 * @example LIST_MARKER_START.exec('2) Pay the fee')?.groups?.['label'] //=> '2'
 * @example LIST_MARKER_START.test('2022 was a good year') //=> false
 */
export const LIST_MARKER_START: RegExp =
  /^(?:[(（](?<bracketed>\d{1,2}|[a-z])[)）](?=\s)|(?<label>\d{1,2}|[a-z])(?:\.\)|\.|\))(?=\s)|(?<bullet>[•◦▪‣⁃])(?=[\s\d]))/u;

/**
 * A line terminator (global: for searching from `lastIndex`).
 * @example 'a\u2029b'.search(LINE_BREAK) //=> 1
 */
export const LINE_BREAK: RegExp = /[\n\r\u2028\u2029]/gu;
