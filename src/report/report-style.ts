/** The report's stylesheet, inlined: the page is one self-contained file. */
export const REPORT_CSS = `
:root { --bg: #fbfbfa; --fg: #1d1d1f; --muted: #6b6b70; --line: #e4e4e7; --card: #fff;
  --high: #1f8f4e; --good: #6aa84f; --check: #e69138; --low: #d9534f; --none: #9a9aa0; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
header.top { position: sticky; top: 0; z-index: 2; background: var(--card); border-bottom: 1px solid var(--line);
  padding: 10px 24px; display: flex; gap: 24px; align-items: center; flex-wrap: wrap; }
header.top h1 { font-size: 17px; margin: 0; font-weight: 600; }
header.top .generator { color: var(--muted); font-size: 13px; }
header.top label { font-size: 14px; cursor: pointer; }
.layout { display: grid; grid-template-columns: 230px minmax(0, 1fr); gap: 24px; padding: 16px 24px 48px; max-width: 1500px; margin: 0 auto; }
nav.toc { position: sticky; top: 64px; align-self: start; font-size: 13px; max-height: calc(100vh - 80px); overflow: auto; }
nav.toc a { display: block; color: var(--fg); text-decoration: none; padding: 3px 6px; border-radius: 4px; }
nav.toc a:hover { background: #eef; }
nav.toc .count { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 18px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 130px; }
.card .value { font-size: 22px; font-weight: 600; }
.card .label { color: var(--muted); font-size: 12px; }
.legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: 13px; color: var(--muted); margin: 6px 0 18px; }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; background: var(--c); }
.band-high { --c: var(--high); } .band-good { --c: var(--good); } .band-check { --c: var(--check); } .band-low { --c: var(--low); } .band-none { --c: var(--none); }
section.article, #cleaning { margin-bottom: 28px; scroll-margin-top: 64px; }
section.article h2 { font-size: 16px; margin: 0 0 8px; }
section.article h2 .muted { font-weight: 400; }
table.beads { width: 100%; border-collapse: separate; border-spacing: 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
table.beads th { text-align: left; font-size: 12px; font-weight: 600; color: var(--muted); padding: 6px 10px; border-bottom: 1px solid var(--line); background: #f6f6f7; }
table.beads td { vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); }
table.beads tr:last-child td { border-bottom: 0; }
td.en, td.zh { width: 44%; }
td.zh :lang(zh-Hant) { font-family: "Noto Serif CJK TC", "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", system-ui, sans-serif; }
td.zh :lang(zh-Hans) { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
.zh-tmx { display: none; }
body.show-tmx-script .zh-tmx { display: inline; } body.show-tmx-script .zh-source { display: none; }
td.meta { white-space: nowrap; font-size: 12px; color: var(--muted); width: 12%; }
tr.row td:first-child { border-left: 4px solid var(--c, var(--none)); }
tr.review { background: #fff6f5; }
tr.unaligned { --c: var(--none); background: repeating-linear-gradient(135deg, #fafafa, #fafafa 8px, #f3f3f4 8px, #f3f3f4 16px); }
tr.unaligned td.empty { color: var(--muted); font-style: italic; font-size: 13px; }
.sentence + .sentence { margin-top: 4px; }
.line { color: var(--muted); font-size: 11px; margin-left: 4px; }
.bar { display: inline-block; width: 60px; height: 6px; background: var(--line); border-radius: 3px; vertical-align: middle; margin-right: 6px; }
.bar > i { display: block; height: 100%; border-radius: 3px; background: var(--c, var(--none)); }
.badge { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 9px; background: #eee; color: var(--fg); margin-top: 4px; }
.badge.review { background: #fde2e0; } .badge.recovered { background: #e3ecfd; } .badge.caption { background: #efe6fb; }
body.only-review tr.row:not(.review):not(.unaligned) { display: none; }
table.issues { width: 100%; border-collapse: collapse; font-size: 13px; background: var(--card); }
table.issues td, table.issues th { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; background: #f1f1f3; padding: 0 3px; border-radius: 3px; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } nav.toc { position: static; max-height: none; } }
`;

/** The only script: the "needs review" filter, and the switch to the TMX's Chinese script. */
export const REPORT_SCRIPT = `
document.getElementById('only-review').addEventListener('change', function (event) {
  document.body.classList.toggle('only-review', event.target.checked);
});
var tmxScript = document.getElementById('show-tmx-script');
if (tmxScript) tmxScript.addEventListener('change', function (event) {
  document.body.classList.toggle('show-tmx-script', event.target.checked);
});
`;
