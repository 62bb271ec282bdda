/// <reference lib="dom" />
/**
 * Runs in the browser. The review page: loads the state, shows the rows in a
 * virtual list with filters and search, moves a selection with the keyboard,
 * and turns the reviewer's actions into decisions for the client to save.
 *
 * Serialised with Function.prototype.toString: uses only browser globals,
 * what is declared inside it, and the modules it is given.
 */
import type { OutputsState, PageRow, PageTermRow, PageUnitRow } from '../review-rows';
import type { createReviewClient } from './page-client';
import type { createRowView } from './page-row-view';
import type { createVirtualList } from './page-virtual-list';

/** The other page modules, passed in (the page's script is assembled from their text). */
export interface PageModules {
  readonly createVirtualList: typeof createVirtualList;
  readonly createRowView: typeof createRowView;
  readonly createReviewClient: typeof createReviewClient;
}

type Row = PageRow | PageTermRow;
interface ArticleItem {
  readonly kind: 'article';
  readonly key: string;
  readonly article: number;
  readonly title: string;
  readonly count: number;
}
type Item = Row | ArticleItem;

/** Start the page. */
export function startReviewPage(modules: PageModules): void {
  const $ = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;
  const viewport = $('list');
  const view = modules.createRowView();
  const perf = { renders: [] as number[], ready: 0 };
  (window as unknown as { reviewPage: unknown }).reviewPage = perf;

  let threshold = 0.5;
  let highFrom = 0.75;
  let titles = new Map<number, string>();
  let rows = new Map<number, PageRow[]>();
  let terms: PageTermRow[] = [];
  let tab: 'units' | 'terms' = 'units';
  let items: Item[] = [];
  let indexOf = new Map<string, number>();
  let selected: string | undefined;
  let mode: { key: string; split?: { en: number; zh: number }; edit?: 'en' | 'zh' } | undefined;
  let termEditing: string | undefined;
  let query = '';
  let firstState = true;
  const pendingKeys = new Set<string>();

  const list = modules.createVirtualList<Item>(viewport, {
    key: (item) => item.key,
    estimate: (item, width) => estimate(item, width),
    render: (item) => renderItem(item),
    decorate: (item, element) => {
      element.classList.toggle('selected', item.key === selected);
      element.classList.toggle('pending', pendingKeys.has(item.key));
    },
    onRender: (ms) => {
      if (perf.renders.length >= 2000) perf.renders.shift();
      perf.renders.push(ms);
    },
  });

  function estimate(item: Item, width: number): number {
    if (item.kind === 'article') return 34;
    const column = Math.max(120, (width - 300) / 2);
    const lines = (text: string, charWidth: number): number => Math.max(1, Math.ceil((text.length * charWidth) / column));
    if (item.kind === 'term') return 58;
    if (item.kind === 'unaligned') return 22 + 22 * lines(item.sentence.text, item.lang === 'zh' ? 15 : 7.4);
    return 30 + 22 * Math.max(lines(view.textOf(item, 'en'), 7.4), lines(view.textOf(item, 'zh'), 15));
  }

  function renderItem(item: Item): HTMLElement {
    const context = { threshold, highFrom, query };
    if (item.kind === 'article') return view.article(item);
    if (item.kind === 'term') return view.term(item, context, termEditing === item.key);
    if (item.kind === 'unaligned') return view.unaligned(item, context);
    const current = mode?.key === item.key ? mode : undefined;
    return view.unit(item, context, current ? { ...(current.split ? { split: current.split } : {}), ...(current.edit ? { edit: current.edit } : {}) } : undefined);
  }

  // ---- filters -------------------------------------------------------------
  const statusSelect = $('f-status') as HTMLSelectElement;
  const methodSelect = $('f-method') as HTMLSelectElement;
  const minInput = $('f-min') as HTMLInputElement;
  const maxInput = $('f-max') as HTMLInputElement;
  const search = $('search') as HTMLInputElement;

  function passes(row: Row): boolean {
    const status = row.kind === 'unaligned' ? 'unaligned' : row.status;
    const wanted = statusSelect.value;
    if (wanted === 'needs' ? !(status === 'review' || status === 'unaligned') : wanted !== 'all' && wanted !== status) return false;
    if (tab === 'units' && methodSelect.value !== 'all' && (row.kind !== 'unit' || row.method !== methodSelect.value)) return false;
    const min = Number(minInput.value || 0);
    const max = Number(maxInput.value || 1);
    if (row.kind === 'unaligned') {
      if (min > 0) return false;
    } else {
      if (row.confidence < min || row.confidence > max) return false;
    }
    if (query === '') return true;
    return searchText(row).includes(query);
  }

  function searchText(row: Row): string {
    if (row.kind === 'term') return `${row.en}\n${row.zh}\n${row.zhHans}`.toLowerCase();
    if (row.kind === 'unaligned') return `${row.sentence.text}\n${row.sentence.zhHans ?? ''}`.toLowerCase();
    const simplified = row.edited?.zh !== undefined ? (row.edited.zhHans ?? '') : row.zh.map((s) => s.zhHans ?? '').join('');
    return `${view.textOf(row, 'en')}\n${view.textOf(row, 'zh')}\n${simplified}`.toLowerCase();
  }

  function setStatusOptions(): void {
    const options =
      tab === 'units'
        ? [['all', 'all rows'], ['needs', 'needs review'], ['review', 'below threshold'], ['accepted', 'accepted'], ['confirmed', 'confirmed'], ['corrected', 'corrected'], ['unaligned', 'unaligned']]
        : [['all', 'all pairs'], ['review', 'review list'], ['termbase', 'termbase'], ['confirmed', 'confirmed'], ['rejected', 'rejected'], ['unsupported', 'unsupported']];
    statusSelect.replaceChildren(
      ...options.map(([value, label]) => {
        const option = document.createElement('option');
        option.value = value ?? '';
        option.textContent = label ?? '';
        return option;
      }),
    );
    methodSelect.disabled = tab === 'terms';
  }

  // ---- the list of items ---------------------------------------------------
  function rebuild(): void {
    const previous = selected === undefined ? -1 : (indexOf.get(selected) ?? -1);
    const next: Item[] = [];
    if (tab === 'units') {
      for (const [article, articleRows] of [...rows].sort((a, b) => a[0] - b[0])) {
        const shown = articleRows.filter(passes);
        if (shown.length === 0) continue;
        next.push({ kind: 'article', key: `a:${article}:${shown.length}`, article, title: titles.get(article) ?? '', count: shown.length });
        for (const row of shown) next.push(row);
      }
    } else {
      for (const item of terms.filter(passes)) next.push(item);
    }
    items = next;
    indexOf = new Map(items.map((item, i) => [item.key, i]));
    list.setItems(items);
    if (selected === undefined || !indexOf.has(selected)) {
      const fallback = items.slice(Math.max(0, previous)).find((item) => item.kind !== 'article') ?? [...items].reverse().find((item) => item.kind !== 'article');
      selected = fallback?.key;
      list.refresh();
    }
    updateCounts();
  }

  function updateCounts(): void {
    const counts: Record<string, number> = { accepted: 0, review: 0, confirmed: 0, corrected: 0, unaligned: 0 };
    for (const articleRows of rows.values()) {
      for (const row of articleRows) {
        const status = row.kind === 'unaligned' ? 'unaligned' : row.status;
        counts[status] = (counts[status] ?? 0) + 1;
      }
    }
    const units = (counts['accepted'] ?? 0) + (counts['review'] ?? 0) + (counts['confirmed'] ?? 0) + (counts['corrected'] ?? 0);
    const n = (status: string): number => counts[status] ?? 0;
    $('counts').textContent = `${units} units: ${n('accepted')} accepted · ${n('review')} below threshold · ${n('confirmed')} confirmed · ${n('corrected')} corrected · ${n('unaligned')} unaligned sentences · ${terms.length} term pairs · showing ${items.filter((i) => i.kind !== 'article').length}`;
  }

  function select(key: string | undefined, scroll = true): void {
    selected = key;
    const index = key === undefined ? -1 : (indexOf.get(key) ?? -1);
    if (scroll && index >= 0) list.scrollToIndex(index);
    else list.refresh();
  }

  function current(): Row | undefined {
    const index = selected === undefined ? -1 : (indexOf.get(selected) ?? -1);
    const item = items[index];
    return item && item.kind !== 'article' ? (item) : undefined;
  }

  function step(direction: 1 | -1, test: (row: Row) => boolean = () => true): void {
    let index = selected === undefined ? (direction === 1 ? -1 : items.length) : (indexOf.get(selected) ?? -1);
    for (index += direction; index >= 0 && index < items.length; index += direction) {
      const item = items[index];
      if (item && item.kind !== 'article' && test(item)) { select(item.key); return; }
    }
  }

  const needsReview = (row: Row): boolean => row.kind === 'unaligned' || (row.kind === 'unit' && row.status === 'review') || (row.kind === 'term' && row.status === 'review');

  // ---- decisions -----------------------------------------------------------
  function unitRef(row: PageUnitRow): object {
    return { en: row.en.map((s) => s.id), zh: row.zh.map((s) => s.id), text: { en: view.textOf(row, 'en'), zh: view.textOf(row, 'zh') } };
  }
  function rowRef(row: PageRow): object {
    return row.kind === 'unit' ? unitRef(row) : { sentence: row.sentence.id, text: row.sentence.text };
  }
  function termRef(row: PageTermRow): object {
    return { type: row.type, en: row.en, zh: row.zh };
  }
  /** The row after (or before) one in its article, of any kind or units only. */
  function neighbour(row: PageRow, direction: 1 | -1, unitsOnly: boolean): PageRow | undefined {
    const articleRows = rows.get(row.article) ?? [];
    for (let i = articleRows.findIndex((r) => r.key === row.key) + direction; i >= 0 && i < articleRows.length; i += direction) {
      const candidate = articleRows[i];
      if (candidate && (!unitsOnly || candidate.kind === 'unit')) return candidate;
    }
    return undefined;
  }

  function decide(row: Row, decision: object, then: 'next' | 'stay' = 'stay'): void {
    pendingKeys.add(row.key);
    client.send(decision);
    if (then === 'next') step(1);
    else list.refresh();
  }

  function act(name: string, row: Row | undefined, detail: Record<string, string> = {}): void {
    if (!row) return;
    if (row.kind === 'term') {
      if (name === 'confirm') decide(row, { op: 'confirm-term', term: termRef(row) }, 'next');
      if (name === 'reject') decide(row, { op: 'reject-term', term: termRef(row) }, 'next');
      if (name === 'edit') startTermEdit(row);
      return;
    }
    if (name === 'merge') {
      const next = neighbour(row, 1, false);
      if (!next) { notice('There is no row after this one in its article to merge with.'); return; }
      decide(row, { op: 'merge', unit: rowRef(row), next: rowRef(next) });
      return;
    }
    if (row.kind !== 'unit') return;
    if (name === 'confirm') decide(row, { op: 'confirm', unit: unitRef(row) }, 'next');
    if (name === 'reject') decide(row, { op: 'reject', unit: unitRef(row) }, 'next');
    if (name === 'split') startSplit(row);
    if (name === 'edit') startEdit(row, detail['lang'] === 'zh' ? 'zh' : 'en');
    if (name === 'move') {
      const sentence = detail['sentence'] ?? '';
      const lang = sentence.includes('-zh-') ? 'zh' : 'en';
      const side = row[lang];
      const id = sentence || (detail['dir'] === 'prev' ? side[0]?.id : side[side.length - 1]?.id) || '';
      const target = neighbour(row, detail['dir'] === 'prev' ? -1 : 1, true);
      if (target?.kind === 'unit') decide(row, { op: 'move', sentence: id, from: unitRef(row), to: unitRef(target) });
      else notice(`There is no unit ${detail['dir'] === 'prev' ? 'above' : 'below'} this one in its article to move the sentence to.`);
    }
  }

  function redraw(row: Row): void {
    list.forget(row);
    list.refresh();
  }

  function startSplit(row: PageUnitRow): void {
    const en = row.en.length;
    const zh = row.zh.length;
    mode = { key: row.key, split: { en: en > 1 ? 1 : en, zh: zh > 1 ? 1 : en > 1 ? zh : 0 } };
    redraw(row);
  }

  function startEdit(row: PageUnitRow, lang: 'en' | 'zh'): void {
    mode = { key: row.key, edit: lang };
    redraw(row);
    const area = viewport.querySelector<HTMLTextAreaElement>('.editing textarea');
    area?.focus();
    area?.setSelectionRange(area.value.length, area.value.length);
  }

  function startTermEdit(row: PageTermRow): void {
    termEditing = row.key;
    redraw(row);
    viewport.querySelector<HTMLInputElement>('.editing .term-en')?.focus();
  }

  function endMode(): void {
    const row = current();
    mode = undefined;
    termEditing = undefined;
    if (row) redraw(row);
  }

  // ---- keyboard --------------------------------------------------------------
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const row = current();
    if (target.closest('.editing')) {
      if (event.key === 'Escape') {
        event.preventDefault();
        endMode();
        viewport.focus();
      } else if (event.key === 'Enter' && !event.shiftKey && row) {
        event.preventDefault();
        if (row.kind === 'term') {
          const box = target.closest('.editing') as HTMLElement;
          const value = (cls: string): string => (box.querySelector(cls) as HTMLInputElement).value.trim();
          if (value('.term-en') === '' || value('.term-zh') === '') { notice('A term pair needs both an English and a Chinese form.'); return; }
          const to = { type: value('.term-type'), en: value('.term-en'), zh: value('.term-zh') };
          endMode();
          decide(row, { op: 'edit-term', term: termRef(row), to });
        } else if (mode?.edit && row.kind === 'unit') {
          const text = (target as HTMLTextAreaElement).value;
          const lang = mode.edit;
          endMode();
          if (text.trim() !== '' && text !== view.textOf(row, lang)) decide(row, { op: 'edit', unit: unitRef(row), lang, text });
        }
        viewport.focus();
      }
      return;
    }
    if (target.matches('input, select, textarea')) {
      if (event.key === 'Escape' || (event.key === 'Enter' && target === search)) {
        event.preventDefault();
        viewport.focus();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (mode?.split && row?.kind === 'unit') {
      const split = mode.split;
      const sides = { en: row.en.length, zh: row.zh.length };
      const lang = event.shiftKey ? 'zh' : 'en';
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        split[lang] = Math.max(0, Math.min(sides[lang], split[lang] + (event.key === 'ArrowLeft' ? -1 : 1)));
        redraw(row);
      } else if (event.key === 'Enter') {
        const at = { ...split };
        endMode();
        decide(row, { op: 'split', unit: unitRef(row), at });
      } else if (event.key === 'Escape') endMode();
      event.preventDefault();
      return;
    }
    const keys: Record<string, () => void> = {
      j: () => { step(1); },
      ArrowDown: () => { step(1); },
      k: () => { step(-1); },
      ArrowUp: () => { step(-1); },
      n: () => { step(1, needsReview); },
      N: () => { step(-1, needsReview); },
      p: () => { step(-1, needsReview); },
      Home: () => { select(items.find((i) => i.kind !== 'article')?.key); },
      End: () => { select([...items].reverse().find((i) => i.kind !== 'article')?.key); },
      c: () => { act('confirm', row); },
      x: () => { act('reject', row); },
      s: () => { act('split', row); },
      m: () => { act('merge', row); },
      e: () => { act('edit', row, { lang: 'en' }); },
      E: () => { act('edit', row, { lang: 'zh' }); },
      '[': () => { act('move', row, { dir: 'prev', sentence: firstId(row, 'en') }); },
      ']': () => { act('move', row, { dir: 'next', sentence: lastId(row, 'en') }); },
      '{': () => { act('move', row, { dir: 'prev', sentence: firstId(row, 'zh') }); },
      '}': () => { act('move', row, { dir: 'next', sentence: lastId(row, 'zh') }); },
      '/': () => { search.focus(); },
      t: () => { switchTab(tab === 'units' ? 'terms' : 'units'); },
      '?': () => $('help').classList.toggle('open'),
      Escape: () => { $('help').classList.remove('open'); },
    };
    const run = keys[event.key];
    if (run) {
      event.preventDefault();
      run();
    }
  });

  function firstId(row: Row | undefined, lang: 'en' | 'zh'): string {
    return row?.kind === 'unit' ? (row[lang][0]?.id ?? '') : '';
  }
  function lastId(row: Row | undefined, lang: 'en' | 'zh'): string {
    const side = row?.kind === 'unit' ? row[lang] : [];
    return side[side.length - 1]?.id ?? '';
  }

  // ---- mouse ----------------------------------------------------------------
  viewport.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const element = target.closest<HTMLElement>('.row');
    if (!element?.dataset['key'] || element.classList.contains('editing')) return;
    const key = element.dataset['key'];
    if (key !== selected) select(key, false);
    const button = target.closest<HTMLElement>('button[data-act]');
    if (button) act(button.dataset['act'] ?? '', current(), { sentence: button.dataset['sentence'] ?? '', dir: button.dataset['dir'] ?? '' });
  });
  viewport.addEventListener('dblclick', (event) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('.cell');
    const row = current();
    if (!cell || !row || row.kind !== 'unit') return;
    act('edit', row, { lang: cell.classList.contains('zh') ? 'zh' : 'en' });
  });

  // ---- tabs, filters, search --------------------------------------------------
  function switchTab(next: 'units' | 'terms'): void {
    tab = next;
    selected = undefined;
    mode = undefined;
    document.body.dataset['tab'] = next;
    $('tab-units').classList.toggle('active', next === 'units');
    $('tab-terms').classList.toggle('active', next === 'terms');
    setStatusOptions();
    rebuild();
    viewport.scrollTop = 0;
    list.refresh();
  }
  $('tab-units').addEventListener('click', () => {
    switchTab('units');
  });
  $('tab-terms').addEventListener('click', () => {
    switchTab('terms');
  });
  for (const input of [statusSelect, methodSelect, minInput, maxInput]) input.addEventListener('change', rebuild);
  let searchTimer = 0;
  search.addEventListener('input', () => {
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => {
      query = search.value.trim().toLowerCase();
      list.reset();
      rebuild();
    }, 120);
  });
  const who = $('who') as HTMLInputElement;
  who.addEventListener('change', () => {
    localStorage.setItem('bitext-tm-review-who', who.value.trim());
  });

  // ---- status and notices -------------------------------------------------------
  function notice(message: string): void {
    const box = $('notices');
    const item = document.createElement('div');
    item.className = 'notice';
    item.textContent = message;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.title = 'Dismiss';
    close.addEventListener('click', () => {
      item.remove();
    });
    item.append(close);
    box.append(item);
  }

  function showOutputs(outputs: OutputsState): void {
    const element = $('outputs');
    element.textContent = outputs.error ?? (outputs.writing ? 'writing the TMX, TBX, TSV and units.json…' : `files up to date (revision ${outputs.revision})`);
    element.className = outputs.error !== undefined ? 'error' : outputs.writing ? 'busy' : 'ok';
    element.dataset['revision'] = String(outputs.revision);
  }

  const client = modules.createReviewClient(new URLSearchParams(location.search).get('token') ?? '', {
    onState(state) {
      threshold = state.threshold;
      highFrom = state.highFrom;
      titles = new Map(state.articles.map((a) => [a.index, a.title]));
      rows = new Map();
      for (const row of state.rows) {
        const articleRows = rows.get(row.article);
        if (articleRows) articleRows.push(row);
        else rows.set(row.article, [row]);
      }
      terms = [...(state.terms ?? [])];
      $('tab-terms').hidden = state.terms === null;
      $('title').textContent = `Review: ${state.name}`;
      document.body.dataset['revision'] = String(state.revision);
      if (firstState) {
        who.value = localStorage.getItem('bitext-tm-review-who') ?? state.who;
        for (const n of state.notices) notice(`${n.message} [${n.code}]`);
      }
      pendingKeys.clear();
      showOutputs(state.outputs);
      rebuild();
      if (firstState) {
        firstState = false;
        perf.ready = performance.now();
        performance.mark('review-ready');
        document.body.dataset['ready'] = 'true';
        viewport.focus();
      }
    },
    onSaved(answer) {
      for (const patch of answer.patches) {
        const articleRows = rows.get(patch.article) ?? [];
        rows.set(patch.article, [...articleRows.slice(0, patch.start), ...patch.rows, ...articleRows.slice(patch.start + patch.deleteCount)]);
      }
      if (answer.terms) terms = [...answer.terms];
      for (const note of answer.notes) notice(`${note.message} [${note.code}]`);
      pendingKeys.clear();
      document.body.dataset['revision'] = String(answer.revision);
      rebuild();
    },
    onDropped(_decision, message) {
      notice(`Not saved: ${message}`);
    },
    onStatus(kind, message) {
      const element = $('status');
      element.textContent = message;
      element.className = kind;
    },
    onOutputs: showOutputs,
  });

  setStatusOptions();
  document.body.dataset['tab'] = 'units';
  client.load().catch((error: unknown) => {
    notice(`Could not load the review: ${(error as Error).message}`);
  });
  (window as unknown as { reviewClient: unknown }).reviewClient = client;
}
