/**
 * The splitters the benchmark compares, each as seg_score.mjs calls one:
 * `(text, lang) => string[]`. Peers run with their default options.
 */
import { sentences as sbdSentences } from 'sbd';
import { split as sentenceSplitterSplit } from 'sentence-splitter';
import { splitSentences } from '../../src/index';
import type { Splitter } from './seg-metrics';

/** A named splitter and the languages it supports. */
export interface NamedSplitter {
  readonly name: string;
  readonly langs: readonly ('en' | 'zh')[];
  readonly split: Splitter;
}

const intlSegmenters = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  zh: new Intl.Segmenter('zh', { granularity: 'sentence' }),
};

/** bitext-tm first, then the peers named in issue 3. */
export const SPLITTERS: readonly NamedSplitter[] = [
  { name: 'bitext-tm', langs: ['en', 'zh'], split: (text, lang) => splitSentences(text, lang).map((s) => s.text) },
  {
    name: 'Intl.Segmenter',
    langs: ['en', 'zh'],
    split: (text, lang) => Array.from(intlSegmenters[lang].segment(text), (s) => s.segment),
  },
  { name: 'sbd', langs: ['en'], split: (text) => sbdSentences(text, {}) },
  {
    name: 'sentence-splitter',
    langs: ['en', 'zh'],
    split: (text) => sentenceSplitterSplit(text).flatMap((node) => (node.type === 'Sentence' ? [node.raw] : [])),
  },
];
