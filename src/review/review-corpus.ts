/** The corpus a review state stands for: units in reading order, unaligned sentences, a new summary. */
import { summarizeCorpus } from '../corpus/units/summarize-corpus';
import type { Corpus, CorpusSentence, CorpusUnit, UnalignedSentence } from '../types';
import { sentenceNumber, type ReviewState, type ReviewUnit } from './review-state';
import { maxOf, minOf } from '../min-max';

/**
 * The reviewed corpus. Units nobody touched are the base corpus's own
 * objects; the others get their origin (bead type, lines, spans) from their
 * sentences. Ordered as the build orders them: by article, then first
 * English sentence, then first Chinese sentence.
 */
export function reviewedCorpus(base: Corpus, state: ReviewState): Corpus {
  const units = [...state.units.values()].sort(compareUnits).map((unit) => unit.unchanged ?? corpusUnitOf(unit, state, base.name));
  const baseUnaligned = new Map(base.unaligned.map((u) => [u.sentence.id, u]));
  const unaligned: UnalignedSentence[] = [...state.unaligned.entries()]
    .map(([id, reason]) => {
      const known = baseUnaligned.get(id);
      return known?.reason === reason ? known : { sentence: state.sentence(id), reason };
    })
    .sort((a, b) => a.sentence.article - b.sentence.article || a.sentence.lang.localeCompare(b.sentence.lang) || sentenceNumber(a.sentence.id) - sentenceNumber(b.sentence.id));
  const summary = summarizeCorpus(base.summary.articles, base.summary.sentences, units, unaligned, base.summary.confidenceThreshold);
  return { ...base, summary, units, unaligned };
}

function compareUnits(a: ReviewUnit, b: ReviewUnit): number {
  return a.article - b.article || first(a.en) - first(b.en) || first(a.zh) - first(b.zh);
}

function first(ids: readonly string[]): number {
  return ids.length === 0 ? Infinity : sentenceNumber(ids[0] as string);
}

function corpusUnitOf(unit: ReviewUnit, state: ReviewState, document: string): CorpusUnit {
  const en = unit.en.map((id) => state.sentence(id));
  const zh = unit.zh.map((id) => state.sentence(id));
  return {
    id: unit.id,
    en: state.textOf(unit, 'en'),
    zh: state.textOf(unit, 'zh'),
    confidence: unit.confidence,
    method: unit.method,
    status: unit.status,
    origin: { document, article: unit.article, bead: `${en.length}-${zh.length}`, lines: { en: lineRange(en), zh: lineRange(zh) }, spans: { en: spanOf(en), zh: spanOf(zh) } },
    sentences: { en: unit.en, zh: unit.zh },
    ...(unit.review === undefined ? {} : { review: unit.review }),
  };
}

function lineRange(sentences: readonly CorpusSentence[]): readonly [number, number] {
  return [minOf(sentences.map((s) => s.line)), maxOf(sentences.map((s) => s.line))];
}

function spanOf(sentences: readonly CorpusSentence[]): { start: number; end: number } {
  return { start: minOf(sentences.map((s) => s.span.start)), end: maxOf(sentences.map((s) => s.span.end)) };
}
