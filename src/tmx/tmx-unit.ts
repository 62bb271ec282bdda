/**
 * What the TMX reader returns: a TMX document as data, every language of a
 * multilingual memory kept. Conversion to the pipeline's two-language
 * {@link TranslationUnit} is a separate, documented step (`toTranslationUnit`).
 */
import type { Point } from '../types';

/** A `<prop type="…">` of a header, unit or variant. */
export interface TmxProp {
  readonly type: string;
  readonly value: string;
  /** The prop's `xml:lang`, when it has one. */
  readonly lang?: string;
  /** The prop's `o-encoding` (the original encoding of its value), when it has one. */
  readonly encoding?: string;
}

/** A `<note>` of a header, unit or variant. */
export interface TmxNote {
  readonly text: string;
  readonly lang?: string;
  /** The note's `o-encoding`, when it has one. */
  readonly encoding?: string;
}

/** A `<ude>` of the header: a user-defined encoding (TMX 1.4 §3.3), kept so a conversion loses nothing. */
export interface TmxUde {
  /** Its attributes (`name`, `base`). */
  readonly attributes: Readonly<Record<string, string>>;
  /** Its `<map>` elements' attributes (`unicode`, `code`, `ent`, `subst`), in order. */
  readonly maps: readonly Readonly<Record<string, string>>[];
}

/** One `<tuv>`: a language variant of a unit. */
export interface TmxVariant {
  /** `xml:lang` (or TMX 1.1's `lang`) exactly as written, e.g. `zh-CN`. */
  readonly lang: string;
  /** The `<seg>` text: plain text, or the segment's inner TMX markup (see `TmxParseOptions.inline`). */
  readonly text: string;
  /** True when the `<seg>` held inline markup (bpt/ept/it/ph/hi/ut). */
  readonly hasMarkup: boolean;
  readonly props: readonly TmxProp[];
  readonly notes: readonly TmxNote[];
  /** Other attributes of the `<tuv>` (creationdate, changeid, …), by name. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** One `<tu>`. */
export interface TmxUnit {
  /** 1-based position among the file's `<tu>` elements (skipped ones count too). */
  readonly index: number;
  readonly tuid?: string;
  readonly props: readonly TmxProp[];
  readonly notes: readonly TmxNote[];
  /** Variants in file order (TMX readers take the first as the source). */
  readonly variants: readonly TmxVariant[];
  /** Other attributes of the `<tu>` (srclang, creationdate, usagecount, …), by name. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Where the `<tu>` starts in the decoded text. */
  readonly place: Point;
}

/** The `<tmx>` version and `<header>`. */
export interface TmxHeader {
  /** The `<tmx version>` attribute, e.g. `1.4`. */
  readonly version: string;
  /** The header's `srclang` (`*all*` means any), empty when missing. */
  readonly srclang: string;
  /** Every header attribute by name (creationtool, segtype, datatype, …). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly props: readonly TmxProp[];
  readonly notes: readonly TmxNote[];
  /** The header's user-defined encodings. */
  readonly udes: readonly TmxUde[];
}

/** A whole TMX document read into memory by `parseTmx`. */
export interface TmxDocument {
  readonly header: TmxHeader;
  readonly units: readonly TmxUnit[];
}
