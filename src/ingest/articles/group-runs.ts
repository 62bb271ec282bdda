/**
 * Group built lines into runs: consecutive paragraphs of one language, cut
 * also before an article opener and after an article closer (so that article
 * detection can put a boundary there), and caption lines on their own.
 */
import type { Lang, PairedBlock, Paragraph } from '../../types';
import { articleMarkers } from './article-markers';
import { SENTENCE_END } from '../ingest-patterns';

/** A line after cleaning: a paragraph, or a caption line already paired. */
export type BuiltLine = { readonly kind: 'paragraph'; readonly paragraph: Paragraph } | { readonly kind: 'paired'; readonly block: PairedBlock };

/** A run of one language, or a caption line, with what article detection needs to know about it. */
export type Unit =
  | {
      readonly kind: 'run';
      readonly lang: Lang;
      readonly paragraphs: readonly Paragraph[];
      /** The first paragraph opens with a date (see {@link articleMarkers}). */
      readonly opener: 'strong' | 'weak' | undefined;
      /** The last paragraph is a source or credit line. */
      readonly closed: boolean;
    }
  | {
      readonly kind: 'paired';
      readonly block: PairedBlock;
      /** Neither side ends like a sentence: a headline, not a photo caption. */
      readonly headline: boolean;
    };

/**
 * The units of a document, in input order.
 */
export function groupRuns(lines: readonly BuiltLine[]): Unit[] {
  const units: Unit[] = [];
  let run: Paragraph[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first !== undefined && last !== undefined) {
      units.push({ kind: 'run', lang: first.lang, paragraphs: run, opener: articleMarkers(first).opener, closed: articleMarkers(last).closer });
    }
    run = [];
  };
  for (const line of lines) {
    if (line.kind === 'paired') {
      flush();
      const { en, zh } = line.block;
      units.push({ kind: 'paired', block: line.block, headline: !SENTENCE_END.test(en.text) && !SENTENCE_END.test(zh.text) });
      continue;
    }
    const paragraph = line.paragraph;
    const previous = run[run.length - 1];
    if (previous !== undefined && (previous.lang !== paragraph.lang || articleMarkers(previous).closer || articleMarkers(paragraph).opener !== undefined)) flush();
    run.push(paragraph);
  }
  flush();
  return units;
}
