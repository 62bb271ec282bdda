/**
 * Evidence of a Chinese sentence: dictionary words (longest match on the
 * Simplified view) with their CC-CEDICT translations, numbers, Latin words,
 * and pinyin keys for names.
 */
import { pinyinSyllables } from '../chinese/pinyin';
import { toSimplified } from '../chinese/convert-script';
import type { AlignLexicon } from './align-lexicon';
import { CHINESE_NUMERAL_RUN, CHINESE_TEXT_RUN } from './align-patterns';
import { parseChineseNumber } from './chinese-number';
import type { ConceptIndex } from './concept-index';
import { englishWordConcepts, numberConcept } from './english-word-concepts';
import { matchChineseWords } from './match-chinese-words';
import { addMarkItems } from './mark-items';
import { EvidenceBuilder, ITEM_KIND, type SentenceEvidence } from './sentence-evidence';
import { textLengths } from './text-lengths';

/** What describing a sentence needs: the prepared lexicon (optional) and the alignment's concept ids. */
export interface DescribeContext {
  readonly lexicon: AlignLexicon | undefined;
  readonly concepts: ConceptIndex;
  /** Whether to add pinyin name keys (costs a pinyin-pro call per Han run). */
  readonly names: boolean;
}

/** Name keys join 2 to this many syllables (王雯 → wangwen, 陈清扬 → chenqingyang). */
export const MAX_NAME_SYLLABLES = 4;
const MIN_NAME_SYLLABLES = 2;
const EMPTY: Int32Array = new Int32Array(0);

/**
 * Describe one Chinese sentence (either script).
 * @example describeChineseSentence('王雯出席了论坛。', context).itemCount //=> 4
 */
export function describeChineseSentence(text: string, context: DescribeContext): SentenceEvidence {
  const simplified = toSimplified(text);
  const builder = new EvidenceBuilder();
  let words = 0;
  for (const match of simplified.matchAll(CHINESE_TEXT_RUN)) {
    const run = match[0];
    const first = run.codePointAt(0) ?? 0;
    if (first >= 0x30 && first <= 0x39 || /^\p{N}/u.test(run)) {
      builder.addItem(ITEM_KIND.number, [context.concepts.id(numberConcept(Number(run.replaceAll(',', ''))))]);
      words++;
    } else if (/^\p{Script=Han}/u.test(run)) {
      words += describeHanRun(run, context, builder);
    } else {
      builder.addItem(ITEM_KIND.word, englishWordConcepts(run).map((key) => context.concepts.id(key)));
      words++;
    }
  }
  addMarkItems(text, builder, context);
  return builder.build({ ...textLengths(text), words });
}

/** Add the items of one Han run; returns its number of words. */
function describeHanRun(run: string, context: DescribeContext, builder: EvidenceBuilder): number {
  const words = context.lexicon ? mergeNumerals(matchChineseWords(run, context.lexicon)) : [...run];
  const syllables = context.names ? pinyinSyllables(run) : [];
  let charIndex = 0; // index into `syllables` (one per code point)
  for (const word of words) {
    const ids: number[] = [];
    const translations = context.lexicon?.translations.get(word) ?? EMPTY;
    for (const id of translations) ids.push(id);
    let kind: (typeof ITEM_KIND)[keyof typeof ITEM_KIND] = ITEM_KIND.word;
    if (isNumeral(word)) {
      const value = parseChineseNumber(word);
      if (value !== undefined && (word.length > 1 || translations.length === 0)) {
        ids.push(context.concepts.id(numberConcept(value)));
        kind = ITEM_KIND.number;
      }
    }
    const hasTranslation = ids.length > 0;
    // The word itself, for the lexicon learned from the first pass (learn-lexicon.ts).
    ids.push(context.concepts.id(`zh:${word}`));
    for (let n = MIN_NAME_SYLLABLES; n <= MAX_NAME_SYLLABLES && charIndex + n <= syllables.length; n++) {
      ids.push(context.concepts.id(`py:${syllables.slice(charIndex, charIndex + n).join('')}`));
    }
    builder.addItem(hasTranslation ? kind : ITEM_KIND.pinyin, ids);
    charIndex += [...word].length;
  }
  return words.length;
}

function isNumeral(word: string): boolean {
  const match = CHINESE_NUMERAL_RUN.exec(word);
  return match !== null && match[0].length === word.length;
}

/** Join neighbouring all-numeral words (三千|五百 → 三千五百, 一|九|八|六 → 一九八六). */
function mergeNumerals(words: readonly string[]): string[] {
  const merged: string[] = [];
  for (const word of words) {
    const last = merged.at(-1);
    if (last !== undefined && isNumeral(last) && isNumeral(word) && parseChineseNumber(last + word) !== undefined) {
      merged[merged.length - 1] = last + word;
    } else {
      merged.push(word);
    }
  }
  return merged;
}
