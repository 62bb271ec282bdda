/**
 * The review page as one self-contained HTML document (no network but its
 * own server, no framework): the page's modules are TypeScript functions in
 * this folder, put into the page as their text.
 */
import { escapeHtml } from '../../report/escape-html';
import { startReviewPage } from './page-app';
import { createReviewClient } from './page-client';
import { createRowView } from './page-row-view';
import { createVirtualList } from './page-virtual-list';
import { REVIEW_PAGE_CSS } from './review-page-style';

/**
 * The page's script: each module's function as text, then the call that
 * starts the page. Function names are read from the functions, so a bundler
 * that renames them keeps the script consistent.
 */
export function reviewPageScript(): string {
  const modules = { createVirtualList, createRowView, createReviewClient };
  const definitions = [...Object.values(modules), startReviewPage].map((fn) => fn.toString()).join('\n');
  const wiring = Object.entries(modules).map(([name, fn]) => `${name}: ${fn.name}`).join(', ');
  // esbuild may wrap functions with __name() when asked to keep names: give it a harmless definition.
  return `'use strict';\nvar __name = (fn) => fn;\n${definitions}\n${startReviewPage.name}({ ${wiring} });\n`;
}

const HELP_KEYS: readonly [string, string][] = [
  ['j / ↓, k / ↑', 'next / previous row'],
  ['n, p', 'next / previous row that needs review'],
  ['c', 'confirm the unit (or term pair)'],
  ['x', 'reject: its sentences go back to unaligned'],
  ['s', 'split (←/→ English cut, Shift+←/→ Chinese cut, Enter)'],
  ['m', 'merge with the next row'],
  ['[ ]', 'move the first / last English sentence to the unit above / below'],
  ['{ }', 'the same for Chinese'],
  ['e, E', 'edit the English / Chinese text (Enter saves, Esc cancels)'],
  ['/', 'search both languages'],
  ['t', 'units / term pairs'],
  ['?', 'this help'],
];

/** The page's HTML. `nonce` is the one the Content-Security-Policy header allows scripts with. */
export function renderReviewPage(options: { readonly title: string; readonly nonce: string }): string {
  const help = HELP_KEYS.map(([keys, what]) => `<tr><td>${keys.split(', ').map((k) => `<kbd>${escapeHtml(k)}</kbd>`).join(' ')}</td><td>${escapeHtml(what)}</td></tr>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${REVIEW_PAGE_CSS}</style>
</head>
<body>
<header>
  <h1 id="title">${escapeHtml(options.title)}</h1>
  <span class="tabs"><button type="button" id="tab-units" class="active">Units</button> <button type="button" id="tab-terms">Term pairs</button></span>
  <label>Status <select id="f-status"></select></label>
  <label>Method <select id="f-method"><option value="all">all</option><option value="aligned">aligned</option><option value="caption">caption</option><option value="recovered">recovered</option></select></label>
  <label>Confidence <input id="f-min" type="number" min="0" max="1" step="0.05" value="0" aria-label="minimum confidence"> – <input id="f-max" type="number" min="0" max="1" step="0.05" value="1" aria-label="maximum confidence"></label>
  <label>Search <input id="search" type="search" placeholder="English or 中文  ( / )" autocomplete="off"></label>
  <label>Reviewer <input id="who" autocomplete="off"></label>
  <span class="hint">Press <kbd>?</kbd> for keys</span>
</header>
<div class="bar2"><span id="counts"></span><span id="status" class="idle">Every decision is saved as you make it.</span><span id="outputs"></span></div>
<div id="notices"></div>
<div id="list" tabindex="0" aria-label="Units"></div>
<div id="help" role="dialog" aria-label="Keys"><table>${help}</table></div>
<script nonce="${escapeHtml(options.nonce)}">${reviewPageScript()}</script>
</body>
</html>
`;
}
