/**
 * Every regex of the ingest stage, as named data (style habit 9). Each has a
 * matching and a non-matching example; `ingest-patterns.test.ts` runs them.
 * All use the `u` flag and Unicode property classes.
 */

/**
 * A parenthesised note of Latin letters (half- or full-width parentheses),
 * captured as `letters`. Whether it is a pinyin note is decided by
 * `findPinyinNotes` (a Han character before it, a real syllable inside).
 * @example '經(jīng)貿'.match(PINYIN_NOTE_CANDIDATE)?.[0] //=> '(jīng)'
 * @example PINYIN_NOTE_CANDIDATE.test('(重慶)') //=> false
 */
export const PINYIN_NOTE_CANDIDATE: RegExp = /[(（](?<letters>\p{Script=Latin}{1,7})[)）]/gu;

/**
 * A lowercase pinyin letter: a-z, ü, and the vowels with one of the four tone
 * marks (precomposed, as text editors produce them).
 * @example PINYIN_LETTERS.test('jīng') //=> true
 * @example PINYIN_LETTERS.test('ATO') //=> false
 */
export const PINYIN_LETTERS: RegExp = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+$/u;

/**
 * A parenthesised syllable with a tone mark right after a Han character: left
 * in cleaned text, it is a pinyin note that does not read the character.
 * @example '的(jīng)'.match(MISPLACED_PINYIN_NOTE)?.[0] //=> '(jīng)'
 * @example MISPLACED_PINYIN_NOTE.test('方案(a) A(jīng)') //=> false
 */
export const MISPLACED_PINYIN_NOTE: RegExp = /(?<=\p{Script=Han})[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*[)）]/gu;

const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';

/**
 * An English paragraph that opens with a full date, as news leads do:
 * "On November 11th, 2022, …", "November 15, 2022 —", "In November 2022, …", "On 3 May 2021, …".
 * @example ENGLISH_DATE_OPENER.test('On November 11th, 2022, Chongqing and San Francisco held') //=> true
 * @example ENGLISH_DATE_OPENER.test('On the forum, representatives') //=> false
 */
export const ENGLISH_DATE_OPENER: RegExp = new RegExp(
  `^(?:(?:On|In|From|By|As of|Since)\\s+)?(?:${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?|${DAY}\\s+${MONTH}(?:,?\\s+\\d{4})?|${MONTH},?\\s+\\d{4})(?=[\\s,.;:—–-])`,
  'u',
);

/**
 * An English paragraph that opens with a bare year ("2022 marks …", "In 2021, …"):
 * a weak opener, trusted only when the Chinese side opens with a year too.
 * @example ENGLISH_YEAR_OPENER.test('2022 marks the 50th anniversary') //=> true
 * @example ENGLISH_YEAR_OPENER.test('20 companies attended') //=> false
 */
export const ENGLISH_YEAR_OPENER: RegExp = /^(?:In\s+)?\d{4}(?=[\s,])/u;

/**
 * A Chinese paragraph that opens with a full date: 2022年11月11日，11月4日， 2022年11月，
 * (any decimal digits, full-width included, or Chinese numerals for the year).
 * @example CHINESE_DATE_OPENER.test('2022年11月11日,重慶市與美國舊金山市') //=> true
 * @example CHINESE_DATE_OPENER.test('自2020年以來,大賽已成功舉辦3屆') //=> false
 */
export const CHINESE_DATE_OPENER: RegExp = /^(?:(?:\p{Nd}{4}|[〇零一二三四五六七八九]{4})\s*年\s*\p{Nd}{1,2}\s*月|\p{Nd}{1,2}\s*月\s*\p{Nd}{1,2}\s*日)/u;

/**
 * A Chinese paragraph that opens with a bare year ("2022年,是…"): a weak opener.
 * @example CHINESE_YEAR_OPENER.test('2022年,是中日邦交正常化50周年') //=> true
 * @example CHINESE_YEAR_OPENER.test('2022川渝港澳青年論壇') //=> false
 */
export const CHINESE_YEAR_OPENER: RegExp = /^(?:\p{Nd}{4}|[〇零一二三四五六七八九]{4})\s*年/u;

/**
 * An English line that closes an article: a source or credit line.
 * @example ARTICLE_CLOSER_EN.test('Source: Chongqing Foreign Affairs Official WeChat Account') //=> true
 * @example ARTICLE_CLOSER_EN.test('Sources of growth were many.') //=> false
 */
export const ARTICLE_CLOSER_EN: RegExp = /^[([]?(?:Sources?|Editors?|Edited by|Translated by|Translators?|Reporters?|Photos?(?: by)?|Credits?)\s*[:：/／|]/iu;

/**
 * A Chinese line that closes an article: 來源/来源 (source), 責任編輯 (editor), 記者 (reporter), 翻譯 (translation).
 * @example ARTICLE_CLOSER_ZH.test('來源/重慶外事微信公眾號') //=> true
 * @example ARTICLE_CLOSER_ZH.test('來源於重慶的企業') //=> false
 */
export const ARTICLE_CLOSER_ZH: RegExp = /^[（(【[]?(?:稿件|資料|资料|圖片|图片|新聞|新闻|信息)?(?:來源|来源|責任編輯|责任编辑|編輯|编辑|記者|记者|翻譯|翻译|撰稿|供稿)\s*[:：/／|\s]/u;

/**
 * Sentence-final punctuation at the end of a line: a caption line ends with it, a headline does not.
 * @example SENTENCE_END.test('attended the forum.') //=> true
 * @example SENTENCE_END.test('as Volunteers') //=> false
 */
export const SENTENCE_END: RegExp = /[.!?。！？…][”"’'」』）)]*$/u;

/**
 * Punctuation and space that end the first part of a caption line (where the
 * second language may begin after it).
 * @example PART_END.test('。') //=> true
 * @example PART_END.test('-') //=> false
 */
export const PART_END: RegExp = /[\s.!?;:,)\]”’"。！？；：，、」』）]/u;

// ---- Damage: English -------------------------------------------------------

/**
 * An ordinal glued to the next word: "20thCPC", "3rdChina", "30thto". `number`,
 * `suffix` and `next` are captured; the suffix is checked against the number.
 * @example [...'20thCPC'.matchAll(GLUED_ORDINAL)][0]?.groups?.['next'] //=> 'CPC'
 * @example GLUED_ORDINAL.test('the 20th CPC') //=> false
 */
export const GLUED_ORDINAL: RegExp = /(?<![\p{L}\p{N}])(?<number>\d+)(?<suffix>st|nd|rd|th)(?<next>\p{L}{2,})/gu;

/**
 * A sentence end glued to the next sentence: "San Francisco.He", "since 2020.The".
 * The match is the punctuation mark.
 * @example [...'San Francisco.He said'.matchAll(GLUED_SENTENCE)][0]?.index //=> 13
 * @example GLUED_SENTENCE.test('U.S.A. and Ph.D.') //=> false
 */
export const GLUED_SENTENCE: RegExp = /(?<=\p{Ll}{2}|\d)[.!?](?=\p{Lu}\p{Ll})/gu;

/**
 * A comma or semicolon glued to the next word: "trade,investment", "Wang Wen,Director".
 * @example [...'trade,investment'.matchAll(GLUED_COMMA)][0]?.index //=> 5
 * @example GLUED_COMMA.test('1,000 and Co.,Ltd.') //=> false
 */
export const GLUED_COMMA: RegExp = /(?<=\p{L})[,;](?=\p{L})/gu;

/**
 * An opening parenthesis or quote glued to the word before it: "China(Chongqing)", "of“Jointly".
 * @example [...'Western China(Chongqing)'.matchAll(GLUED_OPENING)][0]?.index //=> 13
 * @example GLUED_OPENING.test('name(s) and China (Chongqing)') //=> false
 */
export const GLUED_OPENING: RegExp = /(?<=\p{Ll}{2})[(“](?=\p{Lu})/gu;

/**
 * A list number glued to its item: "3)Officials".
 * @example '; 3)Officials'.match(GLUED_LIST_NUMBER)?.[0] //=> '3)'
 * @example GLUED_LIST_NUMBER.test('1) Officials') //=> false
 */
export const GLUED_LIST_NUMBER: RegExp = /(?<=^|\s)\d{1,2}\)(?=\p{L})/gu;

/**
 * A lowercase function word glued to a capitalised word: "theDeclaration", "ofChina".
 * Names such as "iPhone", "eBay", "McDonald", "WeChat" do not start with one of these words.
 * @example 'adopted theDeclaration of'.match(GLUED_FUNCTION_WORD)?.[0] //=> 'the'
 * @example GLUED_FUNCTION_WORD.test('iPhone, WeChat, McDonald, theory') //=> false
 */
export const GLUED_FUNCTION_WORD: RegExp = /(?<![\p{L}\p{N}])(?:the|of|and|to|in|on|at|for|with|by|from|an?|as|is|was|that|this)(?=\p{Lu}\p{Ll})/gu;

/**
 * A capitalised acronym with a lowercase l inside, an OCR/typing confusion of I: "COVlD", "ClA".
 * The l must be inside the word (chemical formulas such as "HCl" end with it).
 * @example 'COVlD-19'.match(ACRONYM_WITH_L)?.[0] //=> 'COVlD'
 * @example ACRONYM_WITH_L.test('HCl, NaCl, Hello, COVID') //=> false
 */
export const ACRONYM_WITH_L: RegExp = /(?<!\p{L})\p{Lu}+l+\p{Lu}+(?!\p{L})/gu;

/**
 * A token that is a web or mail address, where "www.Example" is not a glued sentence.
 * @example ADDRESS_TOKEN.test('www.Chongqing.gov.cn') //=> true
 * @example ADDRESS_TOKEN.test('Francisco.He') //=> false
 */
export const ADDRESS_TOKEN: RegExp = /^(?:[^\s:]*:\/\/\S*|www\.\S*|[^\s@]*@\S*)$/iu;

// ---- Damage: Chinese and any text --------------------------------------------

/**
 * An ASCII question mark after a Han character, followed by something a question
 * mark cannot precede (a letter, a digit, punctuation): "正?;?0周年", "缓?、".
 * @example '正?;?0周年'.match(BROKEN_QUESTION_MARK)?.[0] //=> '?;?'
 * @example BROKEN_QUESTION_MARK.test('你好嗎?我很好') //=> false
 */
export const BROKEN_QUESTION_MARK: RegExp = /(?<=\p{Script=Han})\?(?:[;:,.、，。；：]{1,2}\?)?(?=[;:,.、，。；：\p{Script=Latin}\p{N}])/gu;

/**
 * An ASCII comma between Chinese characters (or before a digit or quote that opens a Chinese phrase).
 * @example [...'共識,促進'.matchAll(ASCII_COMMA_IN_CHINESE)][0]?.index //=> 2
 * @example ASCII_COMMA_IN_CHINESE.test('1,000 和 A,B') //=> false
 */
export const ASCII_COMMA_IN_CHINESE: RegExp = /(?<=\p{Script=Han}),(?=[\p{Script=Han}\p{Nd}“「《])/gu;

/**
 * The replacement character, or UTF-8 read as Windows-1252 ("Ã©", "â€™").
 * @example 'cafÃ©'.match(MOJIBAKE)?.[0] //=> 'Ã©'
 * @example MOJIBAKE.test('café Ânes') //=> false
 */
export const MOJIBAKE: RegExp = /\uFFFD+|[ÃÂ][\u0080-\u00BF]|â€[\u0080-\u00BF™œ\u2018-\u201E\u2020-\u2022\u2026\u2030]/gu;

/**
 * A character that has no place in text and cannot be written to XML: C0 and
 * C1 controls except tab, line feed and carriage return (vertical tab and form
 * feed included: pdftotext writes a form feed at each page break), a lone
 * surrogate (with the `u` flag a surrogate range matches only unpaired
 * halves), and the non-characters U+FFFE and U+FFFF. Everything the TMX
 * writer would have to drop is removed (and reported) here first.
 * @example CONTROL_CHARACTER.test('a\u0007b') //=> true
 * @example CONTROL_CHARACTER.test('a\tb\r\n') //=> false
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
export const CONTROL_CHARACTER: RegExp = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * Control characters that break a line or a page: replaced by a space, so the words on both sides stay apart.
 * @example BREAKING_CONTROL_CHARACTER.test('\f') //=> true
 */
export const BREAKING_CONTROL_CHARACTER: RegExp = /[\v\f]/u;
