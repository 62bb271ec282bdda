/**
 * The first look at a source text, before anything changes: it must hold
 * text; its non-blank lines; and the pinyin notes and control characters that
 * cleaning will remove (language detection must ignore both).
 */
import { IngestError, type Issue } from '../../errors';
import type { Edit } from '../clean/apply-edits';
import type { CleaningEdits } from '../clean/build-lines';
import { findControlCharacters } from '../clean/find-control-characters';
import { findPinyinNotes } from '../clean/find-pinyin-notes';
import type { SourceContext } from '../source-context';
import { splitLines, type SourceLine } from './split-lines';

/** A scanned source: its lines, and the cleaning edits found in them (per line, in order). */
export interface ScannedSource {
  /** Problems with the text as a whole (none at present: a lone CR is a line end, as in old Mac files). */
  readonly issues: readonly Issue[];
  readonly lines: readonly SourceLine[];
  /** `pinyinNotes[i]` are the pinyin notes of line `i`. */
  readonly pinyinNotes: readonly (readonly Edit[])[];
  readonly edits: CleaningEdits;
}

/**
 * Scan a source.
 * @example scanSource(sourceContext({ name: 'a.txt', text: '經(jīng)\n\nEnglish' }, 0), 1_000_000).lines.length //=> 2
 * @throws IngestError INGEST_EMPTY_INPUT when the text is empty or whitespace, INGEST_LINE_TOO_LONG for a line over `maxLineLength`
 */
export function scanSource(context: SourceContext, maxLineLength: number): ScannedSource {
  const lines = splitLines(context.source.text);
  if (lines.length === 0) {
    throw new IngestError('INGEST_EMPTY_INPUT', context.source.text.length === 0 ? 'Expected text, found an empty text.' : 'Expected text, found only whitespace.', {
      file: context.source.name,
    });
  }
  const long = lines.find((line) => line.span.end - line.span.start > maxLineLength);
  if (long !== undefined) {
    throw new IngestError(
      'INGEST_LINE_TOO_LONG',
      `Expected lines (paragraphs) of at most ${maxLineLength} characters, found one of ${long.span.end - long.span.start}: the file's line ends were probably lost; put each paragraph on its own line.`,
      { file: context.source.name, place: context.lines.pointAt(long.span.start) },
    );
  }
  const pinyinNotes = lines.map((line) => findPinyinNotes(context, line.span));
  const controlCharacters = lines.flatMap((line) => findControlCharacters(context, line.span));
  return { lines, issues: [], pinyinNotes, edits: { pinyinNotes: pinyinNotes.flat(), controlCharacters } };
}
