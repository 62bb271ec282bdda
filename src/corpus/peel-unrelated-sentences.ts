/**
 * Step 3b of the corpus: a many-to-one bead must not carry a sentence that
 * translates nothing on the other side ("Photos by Li Ming." glued to the
 * sentence before it). Peel such a sentence off the edge of a bead when
 *   - alone, it scores below {@link PEEL_MAX_ALONE} against the other side
 *     (it is not more likely than not a translation of it), and
 *   - the bead without it scores at least as well as with it (it added
 *     nothing but length).
 * A short sentence that does translate part of the other side ("She agreed."
 * ↔ 她表示同意…) raises the bead's score and stays.
 */
import type { SentencePairScorer } from '../align/sentence-pair-scorer';
import type { Lang } from '../types';
import { joinText } from './join-text';

/**
 * Pair score below which a sentence alone is not evidence of translating the
 * other side: the pair scorer's even-odds point. Not fitted; on the seed and
 * the corpus fixtures no true many-to-one bead passes both tests.
 */
export const PEEL_MAX_ALONE = 0.5;

/** A bead as sentence texts per side, and what peeling left. */
export interface PeelResult {
  /** Positions (into the given lists) that stay in the bead. */
  readonly en: readonly number[];
  readonly zh: readonly number[];
  /** Positions peeled off, per side. */
  readonly peeledEn: readonly number[];
  readonly peeledZh: readonly number[];
  /** Pair score of what stays. */
  readonly score: number;
}

/**
 * Peel unrelated edge sentences off a bead (texts per side, in order).
 * @example
 * peelUnrelatedSentences(['Forty interpreters took part.', 'Photos by Li Ming.'], ['四十名翻譯參加。'], score).peeledEn //=> [1]
 */
export function peelUnrelatedSentences(en: readonly string[], zh: readonly string[], score: SentencePairScorer): PeelResult {
  let keepEn = en.map((_, i) => i);
  let keepZh = zh.map((_, i) => i);
  const peeledEn: number[] = [];
  const peeledZh: number[] = [];
  const textOf = (lang: Lang, keep: readonly number[]): string => joinText(lang, keep.map((i) => (lang === 'en' ? en[i] : zh[i]) ?? ''));
  let current = score(textOf('en', keepEn), textOf('zh', keepZh));
  for (;;) {
    const candidates: { lang: Lang; position: number }[] = [];
    for (const [lang, keep] of [['en', keepEn], ['zh', keepZh]] as const) {
      if (keep.length < 2) continue;
      candidates.push({ lang, position: keep[0] ?? 0 }, { lang, position: keep[keep.length - 1] ?? 0 });
    }
    let peeled = false;
    for (const { lang, position } of candidates) {
      const other = lang === 'en' ? textOf('zh', keepZh) : textOf('en', keepEn);
      const alone = lang === 'en' ? score(en[position] ?? '', other) : score(other, zh[position] ?? '');
      if (alone >= PEEL_MAX_ALONE) continue;
      const restEn = lang === 'en' ? keepEn.filter((i) => i !== position) : keepEn;
      const restZh = lang === 'zh' ? keepZh.filter((i) => i !== position) : keepZh;
      const rest = score(textOf('en', restEn), textOf('zh', restZh));
      if (rest < current) continue;
      keepEn = restEn;
      keepZh = restZh;
      (lang === 'en' ? peeledEn : peeledZh).push(position);
      current = rest;
      peeled = true;
      break;
    }
    if (!peeled) break;
  }
  return { en: keepEn, zh: keepZh, peeledEn: peeledEn.sort((a, b) => a - b), peeledZh: peeledZh.sort((a, b) => a - b), score: current };
}
