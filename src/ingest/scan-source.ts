/**
 * The first look at a source text, before anything changes: it must hold
 * text; its non-blank lines; and the pinyin notes and control characters that
 * cleaning will remove (language detection must ignore both).
 */
import { IngestError } from '../errors';
import type { Edit } from './apply-edits';
import type { CleaningEdits } from './build-lines';
import { findControlCharacters } from './find-control-characters';
import { findPinyinNotes } from './find-pinyin-notes';
import type { SourceContext } from './source-context';
import { splitLines, type SourceLine } from './split-lines';

/** A scanned source: its lines, and the cleaning edits found in them (per line, in order). */
export interface ScannedSource {
  readonly lines: readonly SourceLine[];
  /** `pinyinNotes[i]` are the pinyin notes of line `i`. */
  readonly pinyinNotes: readonly (readonly Edit[])[];
  readonly edits: CleaningEdits;
}

/**
 * Scan a source.
 * @example scanSource(sourceContext({ name: 'a.txt', text: '經(jīng)\n\nEnglish' }, 0)).lines.length //=> 2
 * @throws IngestError INGEST_EMPTY_INPUT when the text is empty or whitespace
 */
export function scanSource(context: SourceContext): ScannedSource {
  const lines = splitLines(context.source.text);
  if (lines.length === 0) {
    throw new IngestError('INGEST_EMPTY_INPUT', context.source.text.length === 0 ? 'Expected text, found an empty text.' : 'Expected text, found only whitespace.', {
      file: context.source.name,
    });
  }
  const pinyinNotes = lines.map((line) => findPinyinNotes(context, line.span));
  const controlCharacters = lines.flatMap((line) => findControlCharacters(context, line.span));
  return { lines, pinyinNotes, edits: { pinyinNotes: pinyinNotes.flat(), controlCharacters } };
}
