/**
 * Build a paragraph from its draft: apply the cleaning edits (pinyin notes,
 * control characters), look for damage in the cleaned text, and either report
 * it or, with `repair`, apply its safe fixes and report each one.
 */
import type { Issue } from '../../errors';
import { mapOffset, mapSpan } from '../../offset-map';
import type { Paragraph } from '../../types';
import { applyEdits, type Edit } from './apply-edits';
import { findSuspectText } from './find-suspect-text';
import { issueAt, type SourceContext } from '../source-context';
import type { ParagraphDraft } from '../lines/split-caption-lines';

/** A paragraph and the issues its cleaning and checking produced, in text order. */
export interface BuiltParagraph {
  readonly paragraph: Paragraph;
  readonly issues: readonly Issue[];
}

/** What {@link buildParagraph} does besides the cleaning edits. */
export interface BuildParagraphOptions {
  /** Look for damage and report it. */
  readonly reportSuspectText: boolean;
  /** Apply the safe fixes of the damage found (each reported as INGEST_REPAIR_APPLIED). */
  readonly repair: boolean;
}

/**
 * Build the paragraph of `draft`; `cleaning` holds the edits inside its span
 * that this paragraph's language calls for.
 */
export function buildParagraph(context: SourceContext, draft: ParagraphDraft, cleaning: readonly Edit[], options: BuildParagraphOptions): BuiltParagraph {
  const source = context.source.text;
  const cleaned = applyEdits(source, draft.span, cleaning);
  const findings = options.reportSuspectText ? findSuspectText(cleaned.text, draft.lang) : [];
  const warnings: Issue[] = [];
  const repairs: Edit[] = [];
  for (const finding of findings) {
    if (options.repair && finding.fixes.length > 0) {
      for (const fix of finding.fixes) {
        const span = fix.span.start === fix.span.end ? emptyAt(mapOffset(cleaned.offsets, fix.span.start)) : mapSpan(cleaned.offsets, fix.span);
        const removed = source.slice(span.start, span.end);
        repairs.push({ span, replacement: fix.replacement, issue: issueAt(context, { severity: 'info', code: 'INGEST_REPAIR_APPLIED', message: fix.message, span, removed }) });
      }
    } else {
      warnings.push(issueAt(context, { severity: 'warning', code: finding.code, message: finding.message, span: mapSpan(cleaned.offsets, finding.span) }));
    }
  }
  const final = repairs.length === 0 ? cleaned : applyEdits(source, draft.span, [...cleaning, ...repairs]);
  const paragraph: Paragraph = {
    lang: draft.lang,
    text: final.text,
    source: context.index,
    span: draft.span,
    line: draft.line,
    offsets: final.offsets,
  };
  const issues = [...cleaning.map((e) => e.issue), ...warnings, ...repairs.map((e) => e.issue)];
  return { paragraph, issues: issues.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0)) };
}

function emptyAt(offset: number): { start: number; end: number } {
  return { start: offset, end: offset };
}
