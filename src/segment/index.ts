/** The segment stage: sentence splitting and the shared tokenizers (re-exports only). */
export { segmentParagraph } from './segment-paragraph';
export { splitSentences } from './split-sentences';
export { DEFAULT_SPLIT_OPTIONS, type SplitOptions } from './split-options';
export type { SplitSentence } from './slice-sentences';
export { ENGLISH_WORD, tokenizeEnglish, type Token } from './tokens/tokenize-english';
export {
  CHINESE_CHAR_TOKEN,
  loadChineseWordSegmenter,
  tokenizeChineseChars,
  type ChineseWord,
  type ChineseWordSegmenter,
  type ChineseWordTag,
} from './tokens/tokenize-chinese';
