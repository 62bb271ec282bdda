/**
 * The roles of Chinese quotation marks and title marks: which ones open and
 * close a quotation or a title, so the Chinese scanner can tell where it is.
 * Brackets are not tracked: like quoted speech, a bracket of several sentences
 * is split inside (the MAC convention), and its closing mark stays with the
 * sentence it closes.
 */
import { skipSpaces } from '../char-class';

/** What a quotation or title mark does. `0` (none) for every other character. */
export const MarkRole = {
  none: 0,
  /** “ 「 『 ‘ 〝 */
  quoteOpen: 1,
  /** ” 」 』 ’ 〞 〟 */
  quoteClose: 2,
  /** " ＂: opens when no straight quotation is open, else closes. */
  quoteStraight: 3,
  /** 《 〈: a title, inside which nothing ends a sentence ("《摔跤吧！爸爸》"). */
  titleOpen: 4,
  /** 》 〉 */
  titleClose: 5,
} as const;

/** One of the {@link MarkRole} values. */
export type MarkRoleValue = (typeof MarkRole)[keyof typeof MarkRole];

const ROLES: readonly (readonly [string, MarkRoleValue])[] = [
  ['\u201c\u300c\u300e\u2018\u301d', MarkRole.quoteOpen],
  ['\u201d\u300d\u300f\u2019\u301e\u301f', MarkRole.quoteClose],
  ['"\uff02', MarkRole.quoteStraight],
  ['\u300a\u3008', MarkRole.titleOpen],
  ['\u300b\u3009', MarkRole.titleClose],
];

const ROLE_BY_CODE: ReadonlyMap<number, MarkRoleValue> = new Map(
  ROLES.flatMap(([chars, role]) => Array.from(chars).map((char) => [char.charCodeAt(0), role] as const)),
);

/**
 * The role of a UTF-16 code unit.
 * @example markRole('「'.charCodeAt(0)) === MarkRole.quoteOpen //=> true
 */
export function markRole(code: number): MarkRoleValue {
  return ROLE_BY_CODE.get(code) ?? MarkRole.none;
}

/** The single quotes ‘ ’ also serve as apostrophes in Latin words ("People’s"). */
export const LEFT_SINGLE_QUOTE = 0x2018;
/** See {@link LEFT_SINGLE_QUOTE}. */
export const RIGHT_SINGLE_QUOTE = 0x2019;

/**
 * Where the closing marks after a sentence end begin: right there, or after
 * white space when a closing quote follows it ("摔交。 ”"), a typesetting slip
 * that must not push the quote into the next sentence.
 * @example closingMarkAfterSpace('好。 ”他', 2) //=> 3
 */
export function closingMarkAfterSpace(text: string, at: number): number {
  const next = skipSpaces(text, at);
  return next > at && next < text.length && markRole(text.charCodeAt(next)) === MarkRole.quoteClose ? next : at;
}

/**
 * Dashes that break off speech: — ― (the Chinese dash —— is two of them).
 * @example isChineseSpeechDash('—'.charCodeAt(0)) //=> true
 */
export function isChineseSpeechDash(code: number): boolean {
  return code === 0x2014 || code === 0x2015;
}
