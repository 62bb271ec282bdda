/**
 * Clean and check every paragraph draft: pinyin notes come out of Chinese
 * paragraphs, control characters out of all, damage is reported (or repaired).
 * Caption lines become paired blocks, each reported as split.
 */
import type { Issue } from '../../errors';
import type { Span } from '../../types';
import type { Edit } from './apply-edits';
import { buildParagraph, type BuildParagraphOptions } from './build-paragraph';
import type { BuiltLine } from '../articles/group-runs';
import { issueAt, type SourceContext } from '../source-context';
import type { LineDraft, ParagraphDraft } from '../lines/split-caption-lines';
import { appendAll } from '../../append-all';

/** The built lines of one source and every issue found while building them. */
export interface BuiltLines {
  readonly lines: readonly BuiltLine[];
  readonly issues: readonly Issue[];
}

/** Cleaning edits found before paragraphs exist (per source, any order). */
export interface CleaningEdits {
  /** Pinyin notes: removed from Chinese paragraphs only. */
  readonly pinyinNotes: readonly Edit[];
  /** Control characters: removed everywhere. */
  readonly controlCharacters: readonly Edit[];
}

/**
 * Build every draft of one source.
 */
export function buildLines(context: SourceContext, drafts: readonly LineDraft[], edits: CleaningEdits, options: BuildParagraphOptions): BuiltLines {
  const lines: BuiltLine[] = [];
  const issues: Issue[] = [];
  const build = (draft: ParagraphDraft): ReturnType<typeof buildParagraph> => {
    const inside = (edit: Edit): boolean => within(edit.span, draft.span);
    const cleaning = [...(draft.lang === 'zh' ? edits.pinyinNotes.filter(inside) : []), ...edits.controlCharacters.filter(inside)];
    const built = buildParagraph(context, draft, cleaning, options);
    appendAll(issues, built.issues);
    return built;
  };
  for (const draft of drafts) {
    if (draft.kind === 'paragraph') {
      const paragraph = build(draft.paragraph).paragraph;
      // A line of nothing but control characters: its removal is reported, no empty paragraph stays.
      if (!/^\s*$/u.test(paragraph.text)) lines.push({ kind: 'paragraph', paragraph });
      continue;
    }
    const [first, second] = draft.first === 'en' ? ([draft.en, draft.zh] as const) : ([draft.zh, draft.en] as const);
    issues.push(
      issueAt(context, {
        severity: 'info',
        code: 'INGEST_CAPTION_LINE_SPLIT',
        message: `Line ${draft.line.line} holds ${first.lang === 'en' ? 'English then Chinese' : 'Chinese then English'}; split it into a paired block.`,
        span: { start: second.span.start, end: second.span.start },
      }),
    );
    const builtFirst = build(first).paragraph;
    const builtSecond = build(second).paragraph;
    const [en, zh] = draft.first === 'en' ? [builtFirst, builtSecond] : [builtSecond, builtFirst];
    lines.push({ kind: 'paired', block: { kind: 'paired', en, zh } });
  }
  return { lines, issues };
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
