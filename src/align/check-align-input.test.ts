import { describe, expect, it } from 'vitest';
import { AlignError } from '../errors';
import type { Sentence } from '../types';
import { alignSentences } from './align-sentences';
import { checkAlignInput } from './check-align-input';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AlignError) return error.code;
    throw error;
  }
  return 'no error';
}

const sentence = (lang: 'en' | 'zh', text: string): Sentence => ({ lang, text, span: { start: 0, end: text.length }, source: 0, line: 1 });

describe('checkAlignInput', () => {
  it('defaults to English → Chinese and infers the other side', () => {
    expect(checkAlignInput(['a'], ['甲'], {})).toMatchObject({ sourceLang: 'en', targetLang: 'zh' });
    expect(checkAlignInput(['甲'], ['a'], { sourceLang: 'zh' })).toMatchObject({ targetLang: 'en' });
    expect(checkAlignInput(['甲'], ['a'], { targetLang: 'en' })).toMatchObject({ sourceLang: 'zh' });
  });

  it('takes the languages of Sentence inputs', () => {
    expect(checkAlignInput([sentence('zh', '甲')], [sentence('en', 'a')], {})).toMatchObject({ sourceLang: 'zh', targetLang: 'en' });
  });

  it('rejects bad languages and bad sentences with typed errors', () => {
    expect(codeOf(() => alignSentences(['a'], ['b'], { sourceLang: 'en', targetLang: 'en' }))).toBe('ALIGN_UNKNOWN_LANG');
    expect(codeOf(() => alignSentences(['a'], ['b'], { sourceLang: 'fr' as 'en' }))).toBe('ALIGN_UNKNOWN_LANG');
    expect(codeOf(() => alignSentences([sentence('zh', '甲')], ['b'], { sourceLang: 'en' }))).toBe('ALIGN_INVALID_INPUT');
    expect(codeOf(() => alignSentences([42 as unknown as string], ['b'], {}))).toBe('ALIGN_INVALID_INPUT');
    expect(codeOf(() => alignSentences('abc' as unknown as string[], ['b'], {}))).toBe('ALIGN_INVALID_INPUT');
    expect(codeOf(() => alignSentences(['a'], ['甲'], { bandWidth: -1 }))).toBe('ALIGN_INVALID_INPUT');
    expect(codeOf(() => alignSentences(['a'], ['甲'], { bandWidth: Number.NaN }))).toBe('ALIGN_INVALID_INPUT');
  });
});
