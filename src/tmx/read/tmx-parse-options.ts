/** Options of `parseTmx` and `readTmx`. */
import type { Issue } from '../../errors';

/** How `parseTmx` and `readTmx` read a TMX file. */
export interface TmxParseOptions {
  /**
   * Inline markup in `<seg>` (bpt, ept, it, ph, hi, ut, sub):
   * - `flatten`: plain text. The native codes inside bpt/ept/it/ph/ut (and
   *   their `sub` flows) are dropped, the text inside `hi` is kept.
   * - `tags`: the segment's inner markup as canonical TMX XML (`&`, `<` and `>`
   *   in text escaped), so tags survive a TMX → TMX conversion.
   * - `placeholders`: plain text with each inline code as an OmegaT-style
   *   placeholder numbered in order, `<b0>…</b0>` for a bpt/ept pair (the letter
   *   from the native tag, `b` for `<b>`), `<x1/>` for a ph or ut, `<f2>` /
   *   `</f3>` for an isolated it; what translation-memory lookup shows (it
   *   does not score the placeholders).
   *
   * Default `flatten`.
   */
  readonly inline?: 'flatten' | 'tags' | 'placeholders';
  /**
   * A `<tu>` that cannot become a unit (a `<tuv>` without `xml:lang`, a `<tuv>`
   * without `<seg>`, a `<tu>` without `<tuv>`): `skip` reports an error Issue
   * and goes on, `error` throws a TmxParseError. Default `skip`.
   */
  readonly onInvalidUnit?: 'skip' | 'error';
  /**
   * Characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF),
   * raw or as `&#…;`: `error` throws TMX_ILLEGAL_CHAR (the file is not
   * well-formed), `remove` drops them with a warning Issue. Default `error`.
   */
  readonly illegalChars?: 'error' | 'remove';
  /**
   * Largest `<tu>`, `<header>` or other markup construct, in UTF-16 code
   * units of decoded text; a larger one throws TMX_OVERSIZED_ELEMENT before
   * it is buffered whole. Default 1 MiB (1,048,576): the largest units in
   * public memories (DGT, EU Bookshop) are a few KB; this keeps memory bounded.
   */
  readonly maxElementLength?: number;
  /** File name to put into issues and errors (the CLI passes the path). Default: none. */
  readonly file?: string;
  /**
   * Called with each Issue as it is found. When given, issues are not also
   * collected (a multi-gigabyte file can hold millions). Default: collect.
   */
  readonly onIssue?: (issue: Issue) => void;
}

/**
 * The defaults of {@link TmxParseOptions}.
 * @example DEFAULT_TMX_PARSE_OPTIONS //=> { inline: 'flatten', onInvalidUnit: 'skip', illegalChars: 'error', maxElementLength: 1048576 }
 */
export const DEFAULT_TMX_PARSE_OPTIONS: {
  readonly inline: 'flatten';
  readonly onInvalidUnit: 'skip';
  readonly illegalChars: 'error';
  readonly maxElementLength: number;
} = {
  inline: 'flatten',
  onInvalidUnit: 'skip',
  illegalChars: 'error',
  maxElementLength: 1_048_576,
};
