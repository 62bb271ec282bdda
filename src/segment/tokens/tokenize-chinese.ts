/**
 * Chinese tokens, two ways:
 *
 * - characters (`tokenizeChineseChars`): every Han character is a token, and
 *   a Latin word or number inside Chinese stays whole ("2022", "COVID-19",
 *   the same definition as `ENGLISH_WORD`); punctuation, kana and white space
 *   are not tokens. Cheap, script-neutral (Traditional and Simplified give the
 *   same tokens), the unit of length and overlap for alignment and lookup;
 * - words (`loadChineseWordSegmenter().tokenize`): segmentit's dictionary
 *   segmentation, run on the Simplified view (`simplifiedView`, segmentit's
 *   dictionaries are Simplified) and mapped back, so each word has the
 *   original-script text and span plus its Simplified form and a tag from
 *   segmentit's part of speech (person, place, org, …). Every character except
 *   white space is in some word, punctuation included (tag `punctuation`).
 *   segmentit is slow (about 60k characters/s): for term extraction, not hot loops.
 */
import { simplifiedView } from '../../chinese/simplified-view';
import { mapSpan } from '../../offset-map';
import type { Span } from '../../types';
import { requireSegmentit } from './require-segmentit';
import { ENGLISH_WORD, type Token } from './tokenize-english';

/**
 * A Chinese character token: one Han character (astral extensions included),
 * a Latin word or a number. Punctuation and whitespace are not tokens.
 * @example '在2022年COVID'.match(CHINESE_CHAR_TOKEN) //=> ['在', '2022', '年', 'COVID']
 */
export const CHINESE_CHAR_TOKEN: RegExp = new RegExp(`\\p{Script=Han}|${ENGLISH_WORD.source}`, 'gu');

/**
 * Split Chinese text into characters; Latin words and numbers stay whole.
 * Spans are UTF-16 offsets into `text`.
 * @example tokenizeChineseChars('於2022年訪問').map((t) => t.text) //=> ['於', '2022', '年', '訪', '問']
 * @example tokenizeChineseChars('COVID疫情').map((t) => t.text) //=> ['COVID', '疫', '情']
 */
export function tokenizeChineseChars(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(CHINESE_CHAR_TOKEN)) {
    tokens.push({ text: match[0], span: { start: match.index, end: match.index + match[0].length } });
  }
  return tokens;
}

/** Named-entity hints from segmentit's part-of-speech tags. */
export type ChineseWordTag = 'person' | 'place' | 'org' | 'other-proper' | 'noun' | 'verb' | 'punctuation' | 'other';

/** A Chinese word: original-script text, Simplified form, span into the original, and a tag. */
export interface ChineseWord extends Token {
  readonly simplified: string;
  readonly tag: ChineseWordTag;
}

/** A loaded segmentit instance. Loading takes ~0.3 s, so it is explicit. */
export interface ChineseWordSegmenter {
  /**
   * Split Chinese text (either script) into words with spans into `text`;
   * white space is dropped, punctuation kept (tag `punctuation`).
   * @example segmenter.tokenize('重慶市政府外辦').map((w) => w.text) //=> ['重慶', '市政府', '外辦']
   */
  tokenize(text: string): ChineseWord[];
}

// segmentit POSTAG bit flags (segmentit/src/POSTAG.js).
const TAG_BITS: readonly (readonly [number, ChineseWordTag])[] = [
  [0x80, 'person'], // A_NR 人名
  [0x40, 'place'], // A_NS 地名
  [0x20, 'org'], // A_NT 机构团体
  [0x08, 'other-proper'], // A_NZ 其他专名
  [0x100000, 'noun'], // D_N 名词
  [0x1000, 'verb'], // D_V 动词
  [0x800, 'punctuation'], // D_W 标点符号
];

/**
 * Load segmentit with its default dictionaries (about 0.3 s). segmentit is
 * slow (~60k characters/s): use it for term extraction, not in hot loops.
 * @example
 * const segmenter = loadChineseWordSegmenter();
 * segmenter.tokenize('論壇由重慶市政府外辦主任王雯主持。').map((w) => [w.text, w.simplified, w.tag])
 * //=> [['論壇', '论坛', 'noun'], ['由', '由', 'other'], ['重慶', '重庆', 'place'], ['市政府', '市政府', 'noun'],
 * //    ['外辦', '外办', 'noun'], ['主任', '主任', 'noun'], ['王雯', '王雯', 'person'], ['主持', '主持', 'verb'], ['。', '。', 'punctuation']]
 */
export function loadChineseWordSegmenter(): ChineseWordSegmenter {
  const segmentit = requireSegmentit(); // on first use: importing bitext-tm does not load it
  const segment = segmentit.useDefault(new segmentit.Segment());
  return {
    tokenize(text: string): ChineseWord[] {
      const view = simplifiedView(text);
      const words: ChineseWord[] = [];
      let cursor = 0;
      for (const word of segment.doSegment(view.text)) {
        // segmentit drops whitespace; find each word in order to recover its offsets.
        const at = view.text.indexOf(word.w, cursor);
        if (at === -1 || word.w.trim().length === 0) continue;
        cursor = at + word.w.length;
        const span: Span = mapSpan(view.offsets, { start: at, end: cursor });
        words.push({ text: text.slice(span.start, span.end), simplified: word.w, span, tag: tagOf(word.p) });
      }
      return words;
    },
  };
}

function tagOf(bits: number | undefined): ChineseWordTag {
  if (bits === undefined) return 'other';
  for (const [bit, tag] of TAG_BITS) if ((bits & bit) !== 0) return tag;
  return 'other';
}
