/**
 * Evidence of an English sentence: its content words (stems, number values),
 * and for capitalised words the pinyin name keys ("Wang Wen" → `py:wangwen`).
 */
import { ALIGN_WORD } from '../../segment/tokens/tokenize-english';
import { type DescribeContext, type EnglishWordInfo, MAX_EVIDENCE_UNITS } from './describe-context';
import { englishWordConcepts } from '../concepts/english-word-concepts';
import { ENGLISH_STOP_WORDS } from '../concepts/english-stop-words';
import { markEntries } from './mark-items';
import type { EvidenceEntry, SentenceDescription } from './sentence-description';
import { ITEM_KIND } from './sentence-evidence';
import { textLengths } from './text-lengths';

/** Name keys join up to this many capitalised words ("Chen Qing Yang"). */
export const MAX_NAME_WORDS = 3;
/** Shorter keys are too likely to meet a Chinese syllable pair by chance. */
const MIN_NAME_KEY_LETTERS = 4;
const CAPITALISED = /^\p{Lu}\p{L}*(?:['’]\p{L}+)*$/u;
const LETTERS_ONLY = /[^a-z]/gu;

const NO_NAME_KEYS: readonly string[] = [];

/**
 * Describe one English sentence.
 */
export function describeEnglishSentence(text: string, context: DescribeContext): SentenceDescription {
  const tokens = text.slice(0, MAX_EVIDENCE_UNITS).match(ALIGN_WORD) ?? [];
  const entries: EvidenceEntry[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] ?? '';
    const info = tokenInfo(token, context);
    if (info === undefined) continue;
    const names = context.names && CAPITALISED.test(token) ? nameKeys(tokens, t) : NO_NAME_KEYS;
    entries.push({ kind: info.kind, lexiconIds: [], keys: info.keys, nameKeys: names, word: undefined });
  }
  for (const entry of markEntries(text.slice(0, MAX_EVIDENCE_UNITS))) entries.push(entry);
  return { lengths: { ...textLengths(text), words: tokens.length }, entries };
}

/** A token's concept keys and kind, cached in the context; undefined for a stop word. */
function tokenInfo(token: string, context: DescribeContext): EnglishWordInfo | undefined {
  if (context.englishWords.has(token)) return context.englishWords.get(token);
  const keys = englishWordConcepts(token);
  const isNumber = keys[0]?.startsWith('#') ?? false;
  const info = !isNumber && ENGLISH_STOP_WORDS.has(token.toLowerCase()) ? undefined : { keys, kind: isNumber ? ITEM_KIND.number : ITEM_KIND.word };
  context.englishWords.set(token, info);
  return info;
}

/** Keys of the capitalised-word runs starting at token `t`: "Wang", "Wang Wen" → `py:wangwen`. */
function nameKeys(tokens: readonly string[], t: number): string[] {
  const keys: string[] = [];
  let key = '';
  for (let k = t; k < tokens.length && k < t + MAX_NAME_WORDS; k++) {
    const token = tokens[k] ?? '';
    if (!CAPITALISED.test(token)) break;
    key += token.toLowerCase().replace(LETTERS_ONLY, '');
    if (key.length >= MIN_NAME_KEY_LETTERS) keys.push(`py:${key}`);
  }
  return keys;
}
