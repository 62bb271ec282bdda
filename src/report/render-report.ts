/**
 * The review report: one self-contained HTML page (no network, no external
 * assets) showing each article's English and Chinese side by side, bead by
 * bead, coloured by confidence bands derived from the threshold, with
 * unaligned sentences marked, the cleaning issues listed, and a summary. The
 * Chinese is shown as in the source; when the TMX holds it in the other
 * script, the page says so and offers that text too.
 */
import type { Issue } from '../errors';
import type { ChineseTmxLang } from '../tmx/write/tmx-write-options';
import type { Corpus, CorpusUnit, UnalignedSentence } from '../types';
import { confidenceBands, type ConfidenceBand } from './confidence-bands';
import { escapeHtml } from './escape-html';
import { reportRowsByArticle, type ReportRow } from './report-rows';
import { chineseScripts, type ChineseScripts } from './report-scripts';
import { REPORT_CSS, REPORT_SCRIPT } from './report-style';

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /**
   * The Chinese language tag of the TMX built beside the report (`build --zh-lang`).
   * The report shows the source's script and, when this tag's script differs
   * (zh-CN, zh-Hans: Simplified; zh-TW, zh-Hant: Traditional; zh: unchanged),
   * offers the Chinese as the TMX holds it. Default `'zh-CN'`, as `build`.
   */
  readonly zhLang?: ChineseTmxLang;
}

/**
 * Every option with its default.
 * @example DEFAULT_REPORT_OPTIONS //=> { zhLang: 'zh-CN' }
 */
export const DEFAULT_REPORT_OPTIONS: Required<ReportOptions> = { zhLang: 'zh-CN' };

/**
 * Render the review report of a corpus.
 * @example
 * // corpus = buildCorpus(…): see its example, and examples/build-corpus.ts for the whole program
 * const html = renderReport(corpus);
 * html.startsWith('<!doctype html>') //=> true
 * // The TMX of `build --zh-lang zh-TW` keeps Traditional: the report then offers no Simplified text.
 * renderReport(corpus, { zhLang: 'zh-TW' })
 */
export function renderReport(corpus: Corpus, options: ReportOptions = {}): string {
  const rows = reportRowsByArticle(corpus);
  const title = `Review: ${corpus.name}`;
  const bands = confidenceBands(corpus.summary.confidenceThreshold);
  const scripts = chineseScripts(corpus, options.zhLang ?? DEFAULT_REPORT_OPTIONS.zhLang);
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
  ${scripts.tmxText ? `<label><input type="checkbox" id="show-tmx-script"> Chinese as in the TMX (${escapeHtml(scripts.tmxLabel)})</label>` : ''}
</header>
<div class="layout">
${renderToc(corpus, rows)}
<main>
${renderSummary(corpus, bands, scripts)}
${corpus.articles.map((article) => renderArticle(article, rows.get(article.index) ?? [], bands, scripts)).join('\n')}
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

function renderSummary(corpus: Corpus, bands: readonly ConfidenceBand[], scripts: ChineseScripts): string {
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
<p class="legend" id="legend"><strong>Confidence (threshold ${s.confidenceThreshold}):</strong>&nbsp;${bands.map((band) => `<span class="band-${band.name}" data-band="${band.name}" data-min="${band.min}" data-max="${band.max}">${escapeHtml(band.label)}</span>`).join('')}<span class="band-none" data-band="none">unaligned</span></p>
<p class="legend" id="script-note">${escapeHtml(scripts.note)}</p>
</section>`;
}

function renderArticle(article: { readonly index: number; readonly title: string }, rows: readonly ReportRow[], bands: readonly ConfidenceBand[], scripts: ChineseScripts): string {
  const body = rows.map((row) => (row.kind === 'unit' ? renderUnitRow(row.unit, bands, scripts) : renderUnalignedRow(row.unaligned, scripts))).join('\n');
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

/** The row classes of a unit: its band's colour, and `review` when it stays out of the TMX. */
function unitClasses(unit: CorpusUnit, bands: readonly ConfidenceBand[]): string {
  const band = bands.find((b) => unit.confidence >= b.min) ?? bands[bands.length - 1];
  return `band-${band?.name ?? 'low'}${unit.status === 'review' ? ' review' : ''}`;
}

function renderUnitRow(unit: CorpusUnit, bands: readonly ConfidenceBand[], scripts: ChineseScripts): string {
  const lines = unit.origin.lines;
  const percent = Math.round(unit.confidence * 100);
  const badges = [unit.status === 'review' ? '<span class="badge review">review</span>' : '', unit.method !== 'aligned' ? `<span class="badge ${unit.method}">${unit.method}</span>` : ''].join(' ');
  return `<tr class="row unit ${unitClasses(unit, bands)}" data-unit="${escapeHtml(unit.id)}" data-status="${unit.status}" data-confidence="${unit.confidence.toFixed(3)}">
<td class="en">${escapeHtml(unit.en)}<span class="line">${lineLabel(lines.en)}</span></td>
<td class="zh" lang="zh">${chineseText(unit.zh, scripts)}<span class="line">${lineLabel(lines.zh)}</span></td>
<td class="meta">${unit.origin.bead} · ${percent}%<br><span class="bar"><i style="width:${percent}%"></i></span>${badges}</td>
</tr>`;
}

function renderUnalignedRow(unaligned: UnalignedSentence, scripts: ChineseScripts): string {
  const sentence = unaligned.sentence;
  const text = `${sentence.lang === 'zh' ? chineseText(sentence.text, scripts) : escapeHtml(sentence.text)}<span class="line">line ${sentence.line}</span>`;
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

/** Chinese as in the source, and the TMX's conversion beside it (hidden until asked for) when the scripts differ. */
function chineseText(text: string, scripts: ChineseScripts): string {
  const source = `<span class="zh-source" lang="${scripts.sourceTag}">${escapeHtml(text)}</span>`;
  return scripts.tmxText ? `${source}<span class="zh-tmx" lang="${scripts.tmxTag}">${escapeHtml(scripts.tmxText(text))}</span>` : source;
}

function lineLabel(lines: readonly [number, number]): string {
  return lines[0] === lines[1] ? `line ${lines[0]}` : `lines ${lines[0]}–${lines[1]}`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
