/**
 * Every regular expression of the align stage, as named and documented data
 * (the words of English sentences and glosses are cut by `ALIGN_WORD`, defined
 * with the other English word rules in segment/tokens/tokenize-english.ts).
 */

/**
 * A run of Han characters, or a run of Latin letters and digits, in Chinese text.
 * @example [...'於2022年訪問COVID'.matchAll(CHINESE_TEXT_RUN)].map((m) => m[0]) //=> ['於', '2022', '年訪問', 'COVID']
 * @example '，。'.match(CHINESE_TEXT_RUN) //=> null
 */
export const CHINESE_TEXT_RUN: RegExp = /\p{Script=Han}+|\p{N}+(?:[.,]\p{N}+)*|\p{Script=Latin}[\p{Script=Latin}\p{M}'’]*/gu;

/**
 * Chinese numeral characters (digits and units), as in 二十, 三百零五, 一九八六.
 * @example CHINESE_NUMERAL_RUN.exec('第二十章')?.[0] //=> '二十'
 * @example CHINESE_NUMERAL_RUN.test('章') //=> false
 */
export const CHINESE_NUMERAL_RUN: RegExp = /[〇零一二两三四五六七八九十百千万亿]+/u;

/**
 * A number written with digits, possibly with thousands separators and an
 * English ordinal suffix.
 * @example DIGIT_NUMBER.exec('15th')?.[1] //=> '15'
 * @example DIGIT_NUMBER.test('fifteen') //=> false
 */
export const DIGIT_NUMBER: RegExp = /^(\p{Nd}+(?:,\p{Nd}{3})*(?:\.\p{Nd}+)?)(?:st|nd|rd|th)?$/u;

/**
 * A parenthetical remark in a CC-CEDICT gloss: "(literary)", "(of eyes)".
 * @example 'to hit (coll.)'.replace(GLOSS_PARENTHETICAL, '') //=> 'to hit '
 * @example GLOSS_PARENTHETICAL.test('to hit') //=> false
 */
export const GLOSS_PARENTHETICAL: RegExp = /\([^()]*\)/gu;

/**
 * A cross-reference in a CC-CEDICT gloss: Han headwords with a bracketed
 * pinyin, "打傘|打伞[da3 san3]", or a bare "[da3]".
 * @example 'as in 打伞[da3 san3] here'.replace(GLOSS_CROSS_REFERENCE, '') //=> 'as in  here'
 * @example GLOSS_CROSS_REFERENCE.test('umbrella') //=> false
 */
export const GLOSS_CROSS_REFERENCE: RegExp = /[\p{Script=Han}|·]*\[[^\]]*\]/gu;

/**
 * A CC-CEDICT sense that is about the word, not a translation of it: variants,
 * cross-references, surnames, classifiers, abbreviations, readings.
 * @example GLOSS_META_SENSE.test('variant of 說|说[shuo1]') //=> true
 * @example GLOSS_META_SENSE.test('to speak') //=> false
 */
export const GLOSS_META_SENSE: RegExp =
  /^\s*(?:(?:(?:old|ancient|archaic|unofficial|erhua|Japanese|Korean|same as)\s*)?variant of|see\b|see also\b|surname\b|classifier\b|CL:|abbr\.|also pr\.|Taiwan pr\.|pr\.|used in\b|also written\b|also called\b)/iu;

/**
 * Punctuation marks that survive translation, by concept key: a question, an
 * exclamation, an opening quotation mark or title bracket 《 (English quotes
 * titles), a parenthesis. An English apostrophe-quote counts only at the start
 * of a word: "'Well?" but not "don't".
 * @example SENTENCE_MARKS.question.test('你好吗？') //=> true
 * @example SENTENCE_MARKS.quote.test("don't") //=> false
 */
export const SENTENCE_MARKS: Readonly<Record<string, RegExp>> = {
  question: /[?？]/u,
  exclamation: /[!！]/u,
  quote: /[“「『《"]|(?:^|[\s(—–-])['‘]\p{L}/u,
  parenthesis: /[(（]/u,
};
