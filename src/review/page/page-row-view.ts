/// <reference lib="dom" />
/**
 * Runs in the browser. DOM elements for the review page's rows: a unit (its
 * sentences on each side, status, confidence, actions), an unaligned
 * sentence, an article heading, a term pair; and the split and edit forms
 * that replace a unit row while the reviewer uses them.
 *
 * Serialised with Function.prototype.toString: uses only browser globals and
 * what is declared inside it.
 */

import type { PageSentenceRow, PageTermRow, PageUnitRow } from '../review-rows';

/** What a row needs besides its data. */
export interface RowViewContext {
  readonly threshold: number;
  /** Where the 'high' band starts (PageState.highFrom). */
  readonly highFrom: number;
  /** The search, lower-cased, to highlight; empty for none. */
  readonly query: string;
}

/** The row renderers. */
export interface RowView {
  /** A unit's text on one side: what a reviewer typed, or its sentences joined as the language writes them. */
  textOf(row: PageUnitRow, lang: 'en' | 'zh'): string;
  article(item: { readonly article: number; readonly title: string; readonly count: number }): HTMLElement;
  unit(row: PageUnitRow, context: RowViewContext, mode?: { split?: { en: number; zh: number }; edit?: 'en' | 'zh' }): HTMLElement;
  unaligned(row: PageSentenceRow, context: RowViewContext): HTMLElement;
  term(row: PageTermRow, context: RowViewContext, editing: boolean): HTMLElement;
}

/** Create the renderers. */
export function createRowView(): RowView {
  function textOf(row: PageUnitRow, lang: 'en' | 'zh'): string {
    return row.edited?.[lang] ?? row[lang].map((s) => s.text).join(lang === 'en' ? ' ' : '');
  }

  function el(tag: string, className?: string, text?: string): HTMLElement {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /**
   * Text with the search's matches marked (case-insensitive). A Chinese text's Simplified form
   * of the same length is searched too, so 重庆 marks 重慶 (the conversion is character by character then).
   */
  function highlighted(text: string, query: string, simplified?: string): DocumentFragment {
    const fragment = document.createDocumentFragment();
    if (query === '') {
      fragment.append(text);
      return fragment;
    }
    let lower = text.toLowerCase();
    if (!lower.includes(query) && simplified?.length === text.length) lower = simplified.toLowerCase();
    let at = 0;
    for (let found = lower.indexOf(query); found !== -1; found = lower.indexOf(query, at)) {
      fragment.append(text.slice(at, found));
      fragment.append(el('mark', '', text.slice(found, found + query.length)));
      at = found + query.length;
    }
    fragment.append(text.slice(at));
    return fragment;
  }

  function button(act: string, label: string, title: string, extra: Record<string, string> = {}): HTMLElement {
    const b = el('button', `act act-${act}`, label);
    b.setAttribute('type', 'button');
    b.dataset['act'] = act;
    b.title = title;
    b.tabIndex = -1;
    for (const [k, v] of Object.entries(extra)) b.dataset[k] = v;
    return b;
  }

  function confidenceClass(row: PageUnitRow, threshold: number, highFrom: number): string {
    const status = row.status;
    if (status === 'confirmed') return 'confirmed';
    if (status === 'corrected') return 'corrected';
    const confidence = row.confidence;
    if (status === 'review' || confidence < threshold) return 'review';
    // The report's bands for a unit in the TMX: the server sends where 'high' starts.
    return confidence >= highFrom ? 'high' : 'good';
  }

  function side(row: PageUnitRow, lang: 'en' | 'zh', context: RowViewContext, split?: number): HTMLElement {
    const cell = el('div', `cell ${lang}`);
    if (lang === 'zh') cell.lang = 'zh';
    const sentences = row[lang];
    const edited = row.edited?.[lang];
    if (edited !== undefined && split === undefined) {
      const text = el('span', 's edited');
      text.append(highlighted(edited, context.query, lang === 'zh' ? row.edited?.zhHans : undefined));
      cell.append(text, el('span', 'badge edited-badge', 'edited'));
      return cell;
    }
    sentences.forEach((sentence, i) => {
      if (split === i) cell.append(el('div', 'cut', '✂ cut here'));
      const span = el('span', 's');
      span.dataset['id'] = sentence.id;
      span.append(highlighted(sentence.text, context.query, sentence.zhHans));
      if (split === undefined && sentences.length > 0) {
        if (i === 0) span.append(button('move', '↑', `Move this sentence to the unit above (${lang === 'en' ? '[' : '{'})`, { sentence: sentence.id, dir: 'prev' }));
        if (i === sentences.length - 1) span.append(button('move', '↓', `Move this sentence to the unit below (${lang === 'en' ? ']' : '}'})`, { sentence: sentence.id, dir: 'next' }));
      }
      cell.append(span, ' ');
    });
    if (split === sentences.length) cell.append(el('div', 'cut', '✂ cut here'));
    const first = sentences[0];
    const last = sentences[sentences.length - 1];
    if (first && last) cell.append(el('span', 'line', first.line === last.line ? `line ${first.line}` : `lines ${first.line}–${last.line}`));
    return cell;
  }

  function meta(row: PageUnitRow): HTMLElement {
    const box = el('div', 'meta');
    const percent = Math.round(row.confidence * 100);
    box.append(el('span', 'uid', row.id), el('span', 'bead', `${row.en.length}-${row.zh.length}`), el('span', 'conf', `${percent}%`));
    const bar = el('span', 'bar');
    const fill = el('i');
    fill.style.width = `${percent}%`;
    bar.append(fill);
    box.append(bar);
    box.append(el('span', `badge st-${row.status}`, row.status));
    if (row.method !== 'aligned') box.append(el('span', `badge m-${row.method}`, row.method));
    if (row.by !== undefined) box.title = `${row.status} by ${row.by} at ${row.at ?? ''}`;
    return box;
  }

  function actions(kind: 'unit' | 'unaligned' | 'term'): HTMLElement {
    const box = el('div', 'actions');
    if (kind === 'unit') box.append(button('confirm', '✓', 'Confirm (c)'), button('reject', '✗', 'Reject: sentences back to unaligned (x)'), button('split', '✂', 'Split (s)'), button('merge', '⤓', 'Merge with the next row (m)'), button('edit', '✎', 'Edit English (e) or Chinese (E)'));
    if (kind === 'unaligned') box.append(button('merge', '⤓', 'Merge with the next row (m)'));
    if (kind === 'term') box.append(button('confirm', '✓', 'Confirm (c)'), button('reject', '✗', 'Reject (x)'), button('edit', '✎', 'Edit (e)'));
    return box;
  }

  return {
    textOf,
    article(item) {
      const head = el('div', 'article-head');
      head.append(el('strong', '', `Article ${item.article + 1}`), el('span', 'muted', ` — ${item.title.length > 120 ? `${item.title.slice(0, 119)}…` : item.title}`), el('span', 'count', ` ${item.count} rows`));
      return head;
    },

    unit(row, context, mode) {
      const element = el('div', `row unit ${confidenceClass(row, context.threshold, context.highFrom)}`);
      element.dataset['key'] = row.key;
      element.dataset['status'] = row.status;
      element.dataset['unit'] = row.id;
      if (mode?.edit) {
        element.classList.add('editing');
        const lang = mode.edit;
        const form = el('div', `cell edit-cell ${lang}`);
        const area = document.createElement('textarea');
        area.className = 'edit-text';
        area.value = textOf(row, lang);
        area.rows = 3;
        area.setAttribute('aria-label', lang === 'en' ? 'English text' : 'Chinese text');
        form.append(area, el('div', 'hint', 'Enter saves · Shift+Enter new line · Esc cancels'));
        const other = side(row, lang === 'en' ? 'zh' : 'en', context);
        element.append(meta(row), ...(lang === 'en' ? [form, other] : [other, form]), actions('unit'));
        return element;
      }
      if (mode?.split) {
        element.classList.add('splitting');
        element.append(meta(row), side(row, 'en', context, mode.split.en), side(row, 'zh', context, mode.split.zh));
        const first = `${mode.split.en}-${mode.split.zh}`;
        const second = `${row.en.length - mode.split.en}-${row.zh.length - mode.split.zh}`;
        const oneSided = [first, second].some((part) => /^0-[1-9]|-0$/u.test(part));
        const help = el('div', 'actions split-help', `→ ${first} + ${second}${oneSided ? ' (a one-sided part goes back to unaligned)' : ''} · ←/→ English cut · Shift+←/→ Chinese cut · Enter splits · Esc cancels`);
        element.append(help);
        return element;
      }
      element.append(meta(row), side(row, 'en', context), side(row, 'zh', context), actions('unit'));
      return element;
    },

    unaligned(row, context) {
      const element = el('div', 'row unaligned');
      element.dataset['key'] = row.key;
      element.dataset['status'] = 'unaligned';
      const sentence = row.sentence;
      const lang = row.lang;
      const box = el('div', 'meta');
      box.append(el('span', 'uid', sentence.id), el('span', 'bead', lang === 'en' ? '1-0' : '0-1'), el('span', 'badge st-unaligned', 'unaligned'));
      const text = el('div', `cell ${lang}`);
      if (lang === 'zh') text.lang = 'zh';
      const span = el('span', 's');
      span.dataset['id'] = sentence.id;
      span.append(highlighted(sentence.text, context.query, sentence.zhHans));
      text.append(span, el('span', 'line', `line ${sentence.line}`));
      const reason = el('div', `cell ${lang === 'en' ? 'zh' : 'en'} empty`, row.reason);
      element.append(box, ...(lang === 'en' ? [text, reason] : [reason, text]), actions('unaligned'));
      return element;
    },

    term(row, context, editing) {
      const status = row.status;
      const element = el('div', `row term t-${status}`);
      element.dataset['key'] = row.key;
      element.dataset['status'] = status;
      const box = el('div', 'meta');
      box.append(el('span', 'bead', row.type), el('span', 'conf', `${Math.round(row.confidence * 100)}%`), el('span', 'uid', `${row.count} unit${row.count === 1 ? '' : 's'}`), el('span', `badge st-${status}`, status));
      box.title = `found by ${row.methods.join(', ')}`;
      if (editing) {
        element.classList.add('editing');
        const form = el('div', 'cell term-form');
        const type = document.createElement('select');
        type.className = 'term-type';
        for (const t of ['person', 'org', 'place', 'title', 'event']) {
          const option = document.createElement('option');
          option.value = t;
          option.textContent = t;
          option.selected = t === row.type;
          type.append(option);
        }
        const en = document.createElement('input');
        en.className = 'term-en';
        en.value = row.en;
        en.setAttribute('aria-label', 'English term');
        const zh = document.createElement('input');
        zh.className = 'term-zh';
        zh.value = row.zh;
        zh.lang = 'zh';
        zh.setAttribute('aria-label', 'Chinese term');
        form.append(type, en, zh, el('span', 'hint', 'Enter saves · Esc cancels'));
        element.append(box, form);
        return element;
      }
      const en = el('div', 'cell en');
      en.append(highlighted(row.en, context.query));
      const zh = el('div', 'cell zh');
      zh.lang = 'zh';
      zh.append(highlighted(row.zh, context.query));
      const example = row.example;
      if (example) {
        en.append(el('div', 'example', example.en));
        zh.append(el('div', 'example', example.zh));
      }
      element.append(box, en, zh, actions('term'));
      return element;
    },
  };
}
