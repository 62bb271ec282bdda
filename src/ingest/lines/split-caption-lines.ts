/**
 * Turn detected lines into paragraph drafts: a caption line that holds both
 * languages becomes a pair of drafts, and a line with neither language
 * ("2022", "***") takes the language of the line before it (or after it).
 */
import type { Lang, Span } from '../../types';
import type { LineLanguage } from '../language/detect-line-language';
import type { SourceLine } from './split-lines';

/** A paragraph before cleaning: its language, its trimmed span in the source, its line. */
export interface ParagraphDraft {
  readonly lang: Lang;
  readonly span: Span;
  readonly line: number;
}

/** One line's drafts: a paragraph, or the two sides of a caption line (`first` says which came first). */
export type LineDraft =
  | { readonly kind: 'paragraph'; readonly paragraph: ParagraphDraft }
  | { readonly kind: 'paired'; readonly en: ParagraphDraft; readonly zh: ParagraphDraft; readonly first: Lang; readonly line: SourceLine };

/**
 * Drafts for `lines`, given the language detected for each (same order).
 * Lines of neither language are dropped only when no line has a language
 * (then there is nothing to attach them to; ingestion reports that).
 */
export function splitCaptionLines(text: string, lines: readonly SourceLine[], languages: readonly LineLanguage[]): LineDraft[] {
  const resolved = resolveNeutralLines(languages);
  const drafts: LineDraft[] = [];
  lines.forEach((line, i) => {
    const language = languages[i];
    if (language?.kind === 'paired') {
      const head = trimSpan(text, { start: line.span.start, end: language.at });
      const tail = trimSpan(text, { start: language.at, end: line.span.end });
      const [en, zh] = language.first === 'en' ? [head, tail] : [tail, head];
      drafts.push({ kind: 'paired', first: language.first, line, en: { lang: 'en', span: en, line: line.line }, zh: { lang: 'zh', span: zh, line: line.line } });
      return;
    }
    const lang = resolved[i];
    if (lang !== undefined) drafts.push({ kind: 'paragraph', paragraph: { lang, span: line.span, line: line.line } });
  });
  return drafts;
}

/** The language of each line, neutral lines taking the previous line's (or, at the start, the next line's, a caption line's first part). */
function resolveNeutralLines(languages: readonly LineLanguage[]): (Lang | undefined)[] {
  const own = languages.map((l) => (l.kind === 'paired' ? undefined : l.lang));
  // Looking ahead, a caption line starts with its first part's language.
  const opening = languages.map((l) => (l.kind === 'paired' ? l.first : l.lang));
  const out: (Lang | undefined)[] = [];
  let previous: Lang | undefined;
  for (let i = 0; i < own.length; i++) {
    const lang = own[i] ?? previous ?? opening.slice(i + 1).find((l) => l !== undefined);
    out.push(lang);
    // After a caption line the next neutral line follows its second part.
    const language = languages[i];
    previous = language?.kind === 'paired' ? (language.first === 'en' ? 'zh' : 'en') : lang;
  }
  return out;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
