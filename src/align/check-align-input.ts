/**
 * Step 0 of alignment: check the input and settle the languages. User
 * mistakes become an {@link AlignError} with a code; nothing is guessed.
 */
import { AlignError } from '../errors';
import type { Lang, Sentence } from '../types';
import type { AlignOptions } from './align-options';

/** The checked input: texts and languages. */
export interface AlignInput {
  readonly sourceTexts: readonly string[];
  readonly targetTexts: readonly string[];
  readonly sourceLang: Lang;
  readonly targetLang: Lang;
}

const LANGS: readonly Lang[] = ['en', 'zh'];

/**
 * Check both sentence lists and the languages: each side is `'en'` or `'zh'`
 * and the two differ; `Sentence` inputs must agree with the options.
 * @example checkAlignInput(['Hi.'], ['你好。'], {}).targetLang //=> 'zh'
 */
export function checkAlignInput(
  source: readonly (string | Sentence)[],
  target: readonly (string | Sentence)[],
  options: AlignOptions,
): AlignInput {
  const sourceTexts = sentenceTexts(source, 'source');
  const targetTexts = sentenceTexts(target, 'target');
  const sourceLang = options.sourceLang ?? langOf(source) ?? (options.targetLang === 'en' ? 'zh' : 'en');
  const targetLang = options.targetLang ?? langOf(target) ?? (sourceLang === 'en' ? 'zh' : 'en');
  for (const [side, lang] of [['sourceLang', sourceLang], ['targetLang', targetLang]] as const) {
    if (!LANGS.includes(lang)) {
      throw new AlignError('ALIGN_UNKNOWN_LANG', `Expected ${side} "en" or "zh", found ${JSON.stringify(lang)}.`);
    }
  }
  if (sourceLang === targetLang) {
    throw new AlignError('ALIGN_UNKNOWN_LANG', `Expected one English and one Chinese side, found "${sourceLang}" on both.`);
  }
  if (options.bandWidth !== undefined && !(options.bandWidth >= 0)) {
    throw new AlignError('ALIGN_INVALID_INPUT', `Expected bandWidth to be a number ≥ 0 (or Infinity), found ${String(options.bandWidth)}.`);
  }
  checkSentenceLangs(source, sourceLang, 'source');
  checkSentenceLangs(target, targetLang, 'target');
  return { sourceTexts, targetTexts, sourceLang, targetLang };
}

function sentenceTexts(sentences: readonly (string | Sentence)[], side: string): string[] {
  if (!Array.isArray(sentences)) {
    throw new AlignError('ALIGN_INVALID_INPUT', `Expected the ${side} sentences as an array, found ${typeof sentences}.`);
  }
  return sentences.map((sentence: unknown, k) => {
    if (typeof sentence === 'string') return sentence;
    if (typeof sentence === 'object' && sentence !== null && typeof (sentence as Sentence).text === 'string') return (sentence as Sentence).text;
    throw new AlignError('ALIGN_INVALID_INPUT', `Expected ${side} sentence ${k} to be a string or a Sentence, found ${sentence === null ? 'null' : typeof sentence}.`);
  });
}

function langOf(sentences: readonly (string | Sentence)[]): Lang | undefined {
  const first = sentences.find((s): s is Sentence => typeof s !== 'string');
  return first?.lang;
}

function checkSentenceLangs(sentences: readonly (string | Sentence)[], lang: Lang, side: string): void {
  sentences.forEach((sentence, k) => {
    if (typeof sentence !== 'string' && sentence.lang !== lang) {
      throw new AlignError('ALIGN_INVALID_INPUT', `Expected ${side} sentence ${k} in "${lang}", found "${sentence.lang}".`);
    }
  });
}
