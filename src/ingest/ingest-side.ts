/**
 * One text of a parallel pair: every paragraph is in the text's language.
 * Lines in the other language stay (nothing is dropped) and are reported.
 */
import type { Issue } from '../errors';
import type { Lang, Paragraph } from '../types';
import { buildLines } from './clean/build-lines';
import type { BuildParagraphOptions } from './clean/build-paragraph';
import { detectLineLanguage } from './language/detect-line-language';
import { requireSideLanguage } from './language/require-language';
import { scanSource } from './lines/scan-source';
import { issueAt, type SourceContext } from './source-context';
import type { LineDraft } from './lines/split-caption-lines';

/** The paragraphs of one side, and the issues found in it. */
export interface IngestedSide {
  readonly paragraphs: readonly Paragraph[];
  readonly issues: readonly Issue[];
}

/**
 * Ingest the `lang` side of a parallel pair.
 * @throws IngestError INGEST_EMPTY_INPUT, or INGEST_NO_ENGLISH_TEXT / INGEST_NO_CHINESE_TEXT when the text is in the other language
 */
export function ingestSide(context: SourceContext, lang: Lang, options: BuildParagraphOptions & { readonly stripPinyinNotes: boolean; readonly maxLineLength: number }): IngestedSide {
  const text = context.source.text;
  const scan = scanSource(context, options.maxLineLength);
  const languages = scan.lines.map((line, i) => detectLineLanguage(text, line.span, (scan.pinyinNotes[i] ?? []).map((e) => e.span)));
  requireSideLanguage(context, lang, languages);
  const misplaced: Issue[] = [];
  const drafts: LineDraft[] = scan.lines.map((line, i) => {
    const language = languages[i];
    const found = language?.kind === 'paired' ? 'both languages' : language?.lang !== undefined && language.lang !== lang ? (language.lang === 'en' ? 'English' : 'Chinese') : undefined;
    if (found !== undefined) {
      misplaced.push(
        issueAt(context, {
          severity: 'warning',
          code: 'INGEST_SUSPECT_TEXT',
          message: `Expected a line in ${lang === 'en' ? 'English' : 'Chinese'} in this side of the pair, found ${found}; kept it as ${lang === 'en' ? 'English' : 'Chinese'}.`,
          span: line.span,
        }),
      );
    }
    return { kind: 'paragraph', paragraph: { lang, span: line.span, line: line.line } };
  });
  const built = buildLines(context, drafts, options.stripPinyinNotes ? scan.edits : { ...scan.edits, pinyinNotes: [] }, options);
  const paragraphs = built.lines.flatMap((line) => (line.kind === 'paragraph' ? [line.paragraph] : []));
  return { paragraphs, issues: [...scan.issues, ...misplaced, ...built.issues] };
}
