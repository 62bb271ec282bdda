/** Step 5 of the corpus: draft units become corpus units with ids, provenance and a status. */
import type { CorpusSentence, CorpusUnit, UnalignedSentence } from '../../types';
import { joinText } from '../sentences/join-text';
import type { ArticleSentences } from '../sentences/collect-sentences';
import type { ArticleAlignment } from '../alignment/draft';

/** The units and unaligned sentences of one article, in reading order. */
export function makeUnits(
  documentName: string,
  article: ArticleSentences,
  alignment: ArticleAlignment,
  confidenceThreshold: number,
): { units: CorpusUnit[]; unaligned: UnalignedSentence[] } {
  const ordered = [...alignment.units].sort((a, b) => firstOf(a.en) - firstOf(b.en) || firstOf(a.zh) - firstOf(b.zh));
  const units = ordered.map((draft, n): CorpusUnit => {
    const en = draft.en.map((i) => sentenceAt(article.en, i));
    const zh = draft.zh.map((i) => sentenceAt(article.zh, i));
    return {
      id: `a${article.article}-u${n}`,
      en: joinText('en', en.map((s) => s.text)),
      zh: joinText('zh', zh.map((s) => s.text)),
      confidence: round(draft.confidence),
      method: draft.method,
      status: draft.confidence >= confidenceThreshold ? 'accepted' : 'review',
      origin: {
        document: documentName,
        article: article.article,
        bead: `${en.length}-${zh.length}`,
        lines: { en: lineRange(en), zh: lineRange(zh) },
        spans: { en: spanOf(en), zh: spanOf(zh) },
      },
      sentences: { en: en.map((s) => s.id), zh: zh.map((s) => s.id) },
    };
  });
  const unaligned = [...alignment.unaligned]
    .sort((a, b) => a.lang.localeCompare(b.lang) || a.index - b.index)
    .map((u): UnalignedSentence => ({ sentence: sentenceAt(article[u.lang], u.index), reason: u.reason }));
  return { units, unaligned };
}

function sentenceAt(sentences: readonly CorpusSentence[], index: number): CorpusSentence {
  const sentence = sentences[index];
  if (!sentence) throw new Error(`no sentence ${index} in the article`);
  return sentence;
}

function firstOf(indices: readonly number[]): number {
  return indices.reduce((min, index) => Math.min(min, index), Infinity);
}

function lineRange(sentences: readonly CorpusSentence[]): readonly [number, number] {
  return [sentences.reduce((min, s) => Math.min(min, s.line), Infinity), sentences.reduce((max, s) => Math.max(max, s.line), -Infinity)];
}

function spanOf(sentences: readonly CorpusSentence[]): { start: number; end: number } {
  return { start: sentences.reduce((min, s) => Math.min(min, s.span.start), Infinity), end: sentences.reduce((max, s) => Math.max(max, s.span.end), -Infinity) };
}

/** Confidences are written with 4 decimals: stable across platforms, enough to sort by. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
