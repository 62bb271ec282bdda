/**
 * The lossless invariant of ingestion, checked on every golden case and by
 * the property test: every non-whitespace character of every source is in
 * exactly one paragraph, at the offset the paragraph's offset map says, or
 * was reported as removed by a named step (an issue with `removed` and a
 * `span` whose source text equals it). Nothing in a paragraph is invented:
 * each character maps back to the same character in the source, or to a
 * reported repair (or is a space standing where a break was reported removed). Paragraph spans do not overlap.
 */
import { mapOffset } from '../../src/offset-map';
import type { Document, Paragraph } from '../../src/types';

/** Every paragraph of a document, paired blocks included, in order. */
export function allParagraphs(document: Document): Paragraph[] {
  return document.articles.flatMap((article) => article.blocks.flatMap((block) => (block.kind === 'paired' ? [block.en, block.zh] : [...block.paragraphs])));
}

/** The violations of the lossless invariant (empty when it holds). */
export function losslessViolations(document: Document): string[] {
  const problems: string[] = [];
  const paragraphs = allParagraphs(document);
  document.sources.forEach((source, index) => {
    const text = source.text;
    const covered = new Uint8Array(text.length);
    const issues = document.issues.filter((issue) => issue.file === source.name && issue.span !== undefined);
    const removedAt = new Uint8Array(text.length);
    const repairedAt = new Set<number>();
    for (const issue of issues) {
      const span = issue.span;
      if (span === undefined) continue;
      if (issue.removed !== undefined) {
        if (text.slice(span.start, span.end) !== issue.removed) problems.push(`${issue.code} at ${span.start}: removed ${JSON.stringify(issue.removed)} but the source has ${JSON.stringify(text.slice(span.start, span.end))}`);
        for (let i = span.start; i < span.end; i++) removedAt[i] = 1;
      }
      if (issue.code === 'INGEST_REPAIR_APPLIED') {
        repairedAt.add(span.start);
        for (let i = span.start; i < span.end; i++) repairedAt.add(i);
      }
    }
    const own = paragraphs.filter((p) => p.source === index).sort((a, b) => a.span.start - b.span.start);
    own.forEach((paragraph, k) => {
      const next = own[k + 1];
      if (next !== undefined && next.span.start < paragraph.span.end) problems.push(`paragraphs at lines ${paragraph.line} and ${next.line} overlap`);
      for (let j = 0; j < paragraph.text.length; j++) {
        const at = mapOffset(paragraph.offsets, j);
        const char = paragraph.text[j];
        if (at < paragraph.span.start || at > paragraph.span.end) {
          problems.push(`line ${paragraph.line}: text offset ${j} maps to ${at}, outside the span ${paragraph.span.start}-${paragraph.span.end}`);
        } else if (text[at] === char) {
          if (covered[at] === 1) problems.push(`source offset ${at} (${JSON.stringify(char)}) is in two paragraphs`);
          covered[at] = 1;
        } else if (!repairedAt.has(at) && !(removedAt[at] === 1 && /\s/u.test(char ?? ''))) {
          // (A space standing for a reported removal — a page break inside a line — is not invented text.)
          problems.push(`line ${paragraph.line}: ${JSON.stringify(char)} at text offset ${j} maps to ${at}, where the source has ${JSON.stringify(text[at])}, and no repair is reported`);
        }
      }
    });
    for (let i = 0; i < text.length; i++) {
      if (/\s/u.test(text[i] ?? '') || covered[i] === 1 || removedAt[i] === 1) continue;
      problems.push(`${source.name}: ${JSON.stringify(text[i])} at offset ${i} is in no paragraph and not reported as removed`);
      if (problems.length > 20) break;
    }
  });
  return problems;
}
