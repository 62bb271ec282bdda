/**
 * The data that crosses stage boundaries. Plain readonly objects, no classes:
 * every stage can be tested with literals, and everything serialises to JSON.
 *
 * Offsets are UTF-16 code-unit indices (JavaScript string indices) unless a
 * name says otherwise. Every piece of text keeps a {@link Span} into the
 * ORIGINAL input, so outputs can slice the original text (Traditional stays
 * Traditional) and errors can point back to the user's file.
 */

import type { Issue } from './errors';
import type { Span } from './position';

// Positions are defined with the line index in position.ts (errors.ts needs them
// too, and types.ts needs Issue from errors.ts: one home below both keeps the
// imports one-way); they are data that crosses stages, so they are named here too.
export type { Point, Span } from './position';

/** The two languages bitext-tm works with. */
export type Lang = 'en' | 'zh';

/** Script of a Chinese text. `mixed` when both occur in significant amounts. */
export type ChineseScript = 'simplified' | 'traditional' | 'mixed';

/** One input text as the user gave it, decoded (BOM removed, line endings kept). */
export interface SourceText {
  /** File path as given, `<stdin>`, or a caller-chosen name. */
  readonly name: string;
  readonly text: string;
}

/**
 * Maps offsets in a derived text (the cleaned paragraph, the Simplified view)
 * back to the text it was derived from.
 *
 * `breakpoints` is sorted by `derived` offset; each pair says "derived offset
 * d corresponds to original offset o". Between two breakpoints offsets advance
 * one to one. A deletion in the derived text is a jump in `original`.
 * The first breakpoint is always `[0, o0]`.
 */
export interface OffsetMap {
  readonly breakpoints: readonly (readonly [derived: number, original: number])[];
}

/** A paragraph of one language: usually one input line, or one side of a caption line. */
export interface Paragraph {
  readonly lang: Lang;
  /** Cleaned text (pinyin notes removed), in the original script. */
  readonly text: string;
  /** Index into {@link Document.sources}. */
  readonly source: number;
  /** Where the paragraph lies in the original source text (before cleaning). */
  readonly span: Span;
  /** 1-based line number of the paragraph's first character in the source text. */
  readonly line: number;
  /** Maps offsets in {@link Paragraph.text} to offsets in the source text. */
  readonly offsets: OffsetMap;
}

/** A run of consecutive paragraphs in one language. */
export interface MonolingualBlock {
  readonly kind: 'monolingual';
  readonly lang: Lang;
  readonly paragraphs: readonly Paragraph[];
}

/**
 * A caption or headline line that holds both languages ("English text中文文本"):
 * its two sides already translate each other.
 */
export interface PairedBlock {
  readonly kind: 'paired';
  readonly en: Paragraph;
  readonly zh: Paragraph;
}

/** A block of an article: one language, or a caption line with both. */
export type Block = MonolingualBlock | PairedBlock;

/** One article (a news item, a chapter, one file pair): blocks in input order. */
export interface Article {
  /** 0-based position in the document. */
  readonly index: number;
  /** A title when one is known (the file pair's name, a headline), else empty. */
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** The result of ingestion: articles of language blocks of paragraphs, plus what cleaning did. */
export interface Document {
  /** Short name used for outputs, e.g. `chongqing-fao-2022.en-zh`. */
  readonly name: string;
  readonly sources: readonly SourceText[];
  readonly articles: readonly Article[];
  /** Script of the Chinese side as detected. */
  readonly chineseScript: ChineseScript;
  /** Cleaning steps and recoverable problems, in input order. */
  readonly issues: readonly Issue[];
}

/** A sentence of the pipeline, with its place in the document. */
export interface Sentence {
  readonly lang: Lang;
  /** Text in the original script, cleaned as its paragraph is. */
  readonly text: string;
  /** Span in the source text (index {@link Sentence.source} of the document's sources). */
  readonly span: Span;
  readonly source: number;
  /** 1-based line of the sentence's first character in the source text. */
  readonly line: number;
}

/**
 * One alignment link: consecutive sentence indices on each side (either side
 * may be empty, never both). `cost` is lower-is-better, `confidence` in [0, 1].
 */
export interface Bead {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly cost: number;
  readonly confidence: number;
}

/** Where a translation unit came from when it was built from a corpus. */
export interface UnitOrigin {
  readonly document: string;
  /** 0-based article index. */
  readonly article: number;
  /** Bead type written English-count-Chinese-count, e.g. `1-2`. */
  readonly bead: string;
  /** 1-based first and last input line of each side. */
  readonly lines: { readonly en: readonly [number, number]; readonly zh: readonly [number, number] };
  /** Spans of each side in its source text. */
  readonly spans: { readonly en: Span; readonly zh: Span };
}

/**
 * A translation unit: an English text and its Chinese translation. The unit
 * of the TMX writer, the termbase extractor and the translation memory.
 */
export interface TranslationUnit {
  /** Stable identifier (the TMX `tuid`). */
  readonly id: string;
  readonly en: string;
  readonly zh: string;
  /** Alignment confidence in [0, 1]; absent for units read from a TMX without one. */
  readonly confidence?: number;
  /** Provenance when the unit was built from a corpus. */
  readonly origin?: UnitOrigin;
  /** Extra properties (TMX `<prop type>` → value), kept from imported memories. */
  readonly props?: Readonly<Record<string, string>>;
  /** Who last changed the unit and when (a reviewer's decision): the TMX `changeid` and `changedate`. */
  readonly changed?: UnitChange;
}

/** The last change of a unit by a person. */
export interface UnitChange {
  /** ISO 8601 time in UTC, e.g. `2026-12-01T10:15:00.000Z`. */
  readonly at: string;
  /** Who made it (a user name). */
  readonly by: string;
}

/** Kinds of terms in the termbase. `event` covers named events and documents. */
export type TermType = 'person' | 'org' | 'place' | 'title' | 'event';

/** A short example of a term in use: the sentence of one unit that holds it. */
export interface TermExample {
  /** Id of the unit the example comes from. */
  readonly unit: string;
  readonly en: string;
  /** In the original script of the unit. */
  readonly zh: string;
}

/** An English–Chinese term pair with its evidence. */
export interface Term {
  readonly type: TermType;
  readonly en: string;
  /** Chinese form in the original script. */
  readonly zh: string;
  /** Chinese form in Simplified script. */
  readonly zhHans: string;
  /** Number of units that support the pair. */
  readonly count: number;
  /** Confidence in [0, 1]. */
  readonly confidence: number;
  /** Methods that found the pair (e.g. `pinyin`, `appositive`, `cedict`, `association`). */
  readonly methods: readonly string[];
  /** Ids of the units the pair comes from. */
  readonly units: readonly string[];
  /** A few examples (the first units, in input order). */
  readonly examples: readonly TermExample[];
  /**
   * The concept entry the pair belongs to (`e12`): the variants of one name
   * (full name, short form, acronym, either language) share it. Absent when
   * the pair was not grouped (a termbase read from a file without entries).
   */
  readonly entry?: string;
}

/** How the main job found a unit. */
export type UnitMethod =
  /** Sentence alignment inside a pair of blocks. */
  | 'aligned'
  /** A caption or headline line that holds both languages. */
  | 'caption'
  /** A non-monotonic pair recovered from what the first pass left unaligned. */
  | 'recovered';

/** A sentence of the corpus, with a stable id (`a<article>-<lang>-<n>`). */
export interface CorpusSentence extends Sentence {
  readonly id: string;
  /** 0-based article index. */
  readonly article: number;
}

/** A translation unit of the corpus: always with provenance and confidence. */
export interface CorpusUnit extends TranslationUnit {
  readonly confidence: number;
  readonly origin: UnitOrigin;
  readonly method: UnitMethod;
  /**
   * `accepted` units go to the TMX; `review` units fell below the confidence
   * threshold. A unit a reviewer confirmed or corrected is `accepted`.
   */
  readonly status: 'accepted' | 'review';
  /** Ids of the sentences on each side. */
  readonly sentences: { readonly en: readonly string[]; readonly zh: readonly string[] };
  /** A reviewer's last decision on the unit (`bitext-tm review`); absent for units nobody reviewed. */
  readonly review?: UnitReview;
}

/** What a reviewer decided about a unit (see the review stage). */
export interface UnitReview {
  /**
   * `confirmed`: a reviewer said the unit is right. `corrected`: a reviewer
   * changed it (split, merge, moved sentence, edited text) without confirming it since.
   */
  readonly state: 'confirmed' | 'corrected';
  /** Who decided. */
  readonly by: string;
  /** When, ISO 8601 in UTC. */
  readonly at: string;
  /** Sides whose text a reviewer edited (the unit's text is then no longer its sentences' text). */
  readonly edited?: readonly Lang[];
}

/** A sentence left without a counterpart, and why. */
export interface UnalignedSentence {
  readonly sentence: CorpusSentence;
  /** Plain-language reason, e.g. "no Chinese sentence translates it". */
  readonly reason: string;
}

/** Counts a reviewer wants first. */
export interface CorpusSummary {
  readonly articles: number;
  readonly sentences: { readonly en: number; readonly zh: number };
  readonly units: { readonly accepted: number; readonly review: number };
  /** Units (accepted and review) per bead type, `en-zh` counts, e.g. `{"1-1": 120, "1-2": 8}`. */
  readonly beadTypes: Readonly<Record<string, number>>;
  readonly meanConfidence: number;
  readonly unaligned: { readonly en: number; readonly zh: number };
  readonly confidenceThreshold: number;
}

/** The main job's result: units, the sentences left out, and everything cleaning reported. */
export interface Corpus {
  readonly name: string;
  /** `bitext-tm <version>`. */
  readonly generator: string;
  readonly summary: CorpusSummary;
  /** Article titles (first line of each article), by index. */
  readonly articles: readonly { readonly index: number; readonly title: string }[];
  readonly units: readonly CorpusUnit[];
  readonly unaligned: readonly UnalignedSentence[];
  readonly issues: readonly Issue[];
}
