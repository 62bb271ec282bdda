/**
 * The review report: one self-contained HTML page (no network, no external
 * assets) showing each article's English and Chinese side by side, bead by
 * bead, coloured by confidence, with unaligned sentences marked, the cleaning
 * issues listed, and a summary.
 */
import type { Issue } from '../errors';
import type { Corpus, CorpusUnit, UnalignedSentence } from '../types';
import { escapeHtml } from './escape-html';
import { reportRowsByArticle, type ReportRow } from './report-rows';
import { REPORT_CSS, REPORT_SCRIPT } from './report-style';

/** Confidence at or above which a unit is shown as high (green). */
const HIGH_CONFIDENCE = 0.9;

/**
 * Render the review report of a corpus.
 * @example
 * // corpus = buildCorpus(…): see its example, and examples/build-corpus.ts for the whole program
 * const html = renderReport(corpus);
 * html.startsWith('<!doctype html>') //=> true
 */
export function renderReport(corpus: Corpus): string {
  const rows = reportRowsByArticle(corpus);
  const title = `Review: ${corpus.name}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top">
  <h1>${escapeHtml(title)}</h1>
  <span class="generator">${escapeHtml(corpus.generator)}</span>
  <label><input type="checkbox" id="only-review"> only rows that need review</label>
</header>
<div class="layout">
${renderToc(corpus, rows)}
<main>
${renderSummary(corpus)}
${corpus.articles.map((article) => renderArticle(article, rows.get(article.index) ?? [], corpus.summary.confidenceThreshold)).join('\n')}
${renderIssues(corpus.issues)}
</main>
</div>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function renderToc(corpus: Corpus, rows: ReadonlyMap<number, readonly ReportRow[]>): string {
  const links = corpus.articles.map((article) => {
    const articleRows = rows.get(article.index) ?? [];
    const units = articleRows.filter((row) => row.kind === 'unit').length;
    const open = articleRows.length - units;
    const label = `${article.index + 1}. ${truncate(article.title, 40)}`;
    return `<a href="#article-${article.index + 1}">${escapeHtml(label)} <span class="count">${units} units${open > 0 ? `, ${open} unaligned` : ''}</span></a>`;
  });
  return `<nav class="toc" aria-label="Articles">${links.join('\n')}<a href="#cleaning">Cleaning issues <span class="count">${corpus.issues.length}</span></a></nav>`;
}

function renderSummary(corpus: Corpus): string {
  const s = corpus.summary;
  const card = (value: string, label: string, id: string): string => `<div class="card" id="summary-${id}"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div></div>`;
  const beadTypes = Object.entries(s.beadTypes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, count]) => `${type}: ${count}`)
    .join(' · ');
  return `<section class="summary" aria-label="Summary">
<div class="cards">
${card(String(s.units.accepted), 'units in the TMX', 'accepted')}
${card(String(s.units.review), `units to review (confidence < ${s.confidenceThreshold})`, 'review')}
${card(s.meanConfidence.toFixed(2), 'mean confidence', 'confidence')}
${card(`${s.unaligned.en} / ${s.unaligned.zh}`, 'unaligned sentences EN / ZH', 'unaligned')}
${card(`${s.sentences.en} / ${s.sentences.zh}`, 'sentences EN / ZH', 'sentences')}
${card(String(s.articles), 'articles', 'articles')}
</div>
<p class="legend"><strong>Bead types (EN-ZH):</strong>&nbsp;${escapeHtml(beadTypes || 'none')}</p>
<p class="legend"><span style="--c:var(--high)">confidence ≥ ${HIGH_CONFIDENCE}</span><span style="--c:var(--good)">≥ 0.7</span><span style="--c:var(--low)">≥ ${s.confidenceThreshold} (threshold)</span><span style="--c:var(--review)">below threshold: kept out of the TMX</span><span style="--c:var(--none)">unaligned</span></p>
</section>`;
}

function renderArticle(article: { readonly index: number; readonly title: string }, rows: readonly ReportRow[], threshold: number): string {
  const body = rows.map((row) => (row.kind === 'unit' ? renderUnitRow(row.unit, threshold) : renderUnalignedRow(row.unaligned))).join('\n');
  return `<section class="article" id="article-${article.index + 1}">
<h2>Article ${article.index + 1} <span class="muted">— ${escapeHtml(truncate(article.title, 110))}</span></h2>
<table class="beads">
<thead><tr><th>English</th><th>中文</th><th>Bead</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
}

function confidenceClass(unit: CorpusUnit, threshold: number): string {
  if (unit.status === 'review' || unit.confidence < threshold) return 'review';
  if (unit.confidence >= HIGH_CONFIDENCE) return 'high';
  return unit.confidence >= 0.7 ? 'good' : 'low';
}

function renderUnitRow(unit: CorpusUnit, threshold: number): string {
  const lines = unit.origin.lines;
  const percent = Math.round(unit.confidence * 100);
  const badges = [unit.status === 'review' ? '<span class="badge review">review</span>' : '', unit.method !== 'aligned' ? `<span class="badge ${unit.method}">${unit.method}</span>` : ''].join(' ');
  return `<tr class="row unit ${confidenceClass(unit, threshold)}" data-unit="${escapeHtml(unit.id)}" data-status="${unit.status}" data-confidence="${unit.confidence.toFixed(3)}">
<td class="en">${escapeHtml(unit.en)}<span class="line">${lineLabel(lines.en)}</span></td>
<td class="zh" lang="zh">${escapeHtml(unit.zh)}<span class="line">${lineLabel(lines.zh)}</span></td>
<td class="meta">${unit.origin.bead} · ${percent}%<br><span class="bar"><i style="width:${percent}%"></i></span>${badges}</td>
</tr>`;
}

function renderUnalignedRow(unaligned: UnalignedSentence): string {
  const sentence = unaligned.sentence;
  const text = `${escapeHtml(sentence.text)}<span class="line">line ${sentence.line}</span>`;
  const empty = `<td class="${sentence.lang === 'en' ? 'zh' : 'en'} empty">${escapeHtml(unaligned.reason)}</td>`;
  const cell = `<td class="${sentence.lang}"${sentence.lang === 'zh' ? ' lang="zh"' : ''}>${text}</td>`;
  return `<tr class="row unaligned" data-sentence="${escapeHtml(sentence.id)}" data-lang="${sentence.lang}">
${sentence.lang === 'en' ? cell + empty : empty + cell}
<td class="meta">${sentence.lang === 'en' ? '1-0' : '0-1'} · unaligned</td>
</tr>`;
}

function renderIssues(issues: readonly Issue[]): string {
  const rows = issues.map(
    (issue) =>
      `<tr data-code="${issue.code}"><td>${issue.place ? `${issue.place.line}:${issue.place.column}` : ''}</td><td><code>${issue.code}</code></td><td>${escapeHtml(issue.message)}${issue.removed === undefined ? '' : ` Removed: <code>${escapeHtml(issue.removed)}</code>`}</td></tr>`,
  );
  return `<section id="cleaning"><h2>Cleaning issues (${issues.length})</h2>
<table class="issues"><thead><tr><th>Line:col</th><th>Code</th><th>What</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></section>`;
}

function lineLabel(lines: readonly [number, number]): string {
  return lines[0] === lines[1] ? `line ${lines[0]}` : `lines ${lines[0]}–${lines[1]}`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
