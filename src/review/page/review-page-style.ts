/** The review page's stylesheet, inlined: the page is one self-contained document. */
export const REVIEW_PAGE_CSS = `
:root { --bg: #fbfbfa; --fg: #1d1d1f; --muted: #6b6b70; --line: #e4e4e7; --card: #fff; --sel: #2f6fde;
  --high: #1f8f4e; --good: #6aa84f; --review: #d9534f; --none: #9a9aa0; --confirmed: #1565c0; --corrected: #7b3fc4; }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { background: var(--bg); color: var(--fg); display: flex; flex-direction: column;
  font: 14px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
header { background: var(--card); border-bottom: 1px solid var(--line); padding: 8px 16px; display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center; }
header h1 { font-size: 16px; margin: 0; font-weight: 600; }
header .tabs button { border: 1px solid var(--line); background: #f4f4f5; padding: 3px 12px; border-radius: 14px; cursor: pointer; font: inherit; }
header .tabs button.active { background: var(--fg); color: #fff; border-color: var(--fg); }
header label { font-size: 13px; color: var(--muted); display: inline-flex; gap: 4px; align-items: center; }
header input, header select { font: inherit; font-size: 13px; padding: 2px 6px; border: 1px solid #cfcfd4; border-radius: 5px; background: #fff; }
header input[type=number] { width: 62px; }
#search { width: 240px; }
#who { width: 110px; }
.bar2 { display: flex; gap: 18px; align-items: center; padding: 4px 16px; font-size: 12px; color: var(--muted); border-bottom: 1px solid var(--line); background: #f7f7f8; flex-wrap: wrap; }
#status.saving, #outputs.busy { color: #8a6d00; } #status.saved, #outputs.ok { color: var(--high); } #status.error, #status.conflict, #outputs.error { color: var(--review); font-weight: 600; }
#notices:empty { display: none; }
#notices { padding: 6px 16px; background: #fff6e5; border-bottom: 1px solid #f0d9a8; font-size: 13px; max-height: 120px; overflow: auto; }
.notice { display: flex; justify-content: space-between; gap: 10px; }
.notice button { border: 0; background: none; cursor: pointer; font-size: 15px; }
#list { flex: 1; overflow: auto; position: relative; outline: none; contain: strict; }
.vlist-spacer { width: 1px; }
.vlist-row { position: absolute; top: 0; left: 0; right: 0; contain: layout paint; }
.row { display: grid; grid-template-columns: 150px minmax(0, 1fr) minmax(0, 1fr) 132px; gap: 0 14px; padding: 7px 12px 7px 10px;
  border-bottom: 1px solid var(--line); background: var(--card); border-left: 5px solid var(--c, var(--none)); }
.row.term { grid-template-columns: 150px minmax(0, 1fr) minmax(0, 1fr) 100px; }
.row.high { --c: var(--high); } .row.good { --c: var(--good); }
.row.review { --c: var(--review); background: #fff6f5; } .row.confirmed { --c: var(--confirmed); } .row.corrected { --c: var(--corrected); }
.row.unaligned { --c: var(--none); background: repeating-linear-gradient(135deg, #fafafa, #fafafa 8px, #f3f3f4 8px, #f3f3f4 16px); }
.row.t-rejected, .row.t-unsupported { opacity: .55; } .row.t-review { --c: var(--review); } .row.t-confirmed { --c: var(--confirmed); } .row.t-termbase { --c: var(--high); }
.row.selected { box-shadow: inset 0 0 0 2px var(--sel); z-index: 1; }
.row.pending { opacity: .6; }
.cell.zh { font-family: "Noto Serif CJK TC", "Noto Sans CJK TC", "Noto Sans CJK SC", "PingFang TC", "Microsoft JhengHei", system-ui, sans-serif; }
.cell.empty { color: var(--muted); font-style: italic; font-size: 13px; }
.s { position: relative; }
.s + .s::before { content: ""; }
.row.selected .s:not(.edited) { background: linear-gradient(transparent 92%, #c9d8f5 92%); }
.row .act-move { display: none; border: 1px solid #cfcfd4; background: #fff; border-radius: 4px; font-size: 11px; line-height: 1; padding: 1px 3px; margin-left: 3px; cursor: pointer; vertical-align: 1px; }
.row.selected .act-move, .row:hover .act-move { display: inline-block; }
.line { color: var(--muted); font-size: 11px; margin-left: 4px; }
.meta { font-size: 12px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 2px 6px; align-content: flex-start; }
.meta .uid { font-family: ui-monospace, Menlo, monospace; font-size: 11px; }
.bar { display: inline-block; width: 50px; height: 6px; background: var(--line); border-radius: 3px; margin-top: 6px; }
.bar > i { display: block; height: 100%; border-radius: 3px; background: var(--c, var(--none)); }
.badge { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 9px; background: #eee; color: var(--fg); }
.badge.st-review { background: #fde2e0; } .badge.st-confirmed { background: #dbe8fb; } .badge.st-corrected { background: #ece0fb; }
.badge.st-unaligned { background: #ececee; } .badge.m-recovered { background: #e3ecfd; } .badge.m-caption { background: #efe6fb; }
.badge.st-rejected, .badge.st-unsupported { background: #f1d6d6; } .badge.st-termbase { background: #dff0e4; }
.edited-badge { background: #fff0c2; margin-left: 6px; }
.actions { display: flex; gap: 4px; align-items: flex-start; justify-content: flex-end; }
.actions .act { border: 1px solid #d4d4d8; background: #fff; border-radius: 5px; width: 24px; height: 24px; cursor: pointer; font-size: 13px; padding: 0; }
.actions .act:hover { background: #eef2fb; }
.split-help { font-size: 11px; color: var(--muted); text-align: right; }
.cut { color: var(--review); border-top: 2px dashed var(--review); font-size: 11px; margin: 3px 0; padding-top: 1px; }
.editing textarea { width: 100%; font: inherit; border: 1px solid var(--sel); border-radius: 5px; padding: 4px; resize: vertical; }
.term-form { grid-column: 2 / 5; display: flex; gap: 8px; align-items: center; }
.term-form input { font: inherit; padding: 2px 6px; border: 1px solid var(--sel); border-radius: 5px; flex: 1; }
.hint { font-size: 11px; color: var(--muted); }
.example { font-size: 12px; color: var(--muted); margin-top: 2px; }
.article-head { padding: 8px 12px 6px; font-size: 13px; background: #f1f1f3; border-bottom: 1px solid var(--line); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.article-head .muted, .article-head .count { color: var(--muted); }
mark { background: #ffe98a; color: inherit; padding: 0; }
#help { display: none; position: fixed; right: 16px; top: 90px; background: #fff; border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 8px 30px rgba(0,0,0,.15); padding: 12px 18px; font-size: 13px; z-index: 5; }
#help.open { display: block; }
#help kbd { font: 12px ui-monospace, Menlo, monospace; background: #f1f1f3; border: 1px solid #ddd; border-radius: 3px; padding: 0 4px; }
#help td { padding: 1px 8px 1px 0; }
`;
