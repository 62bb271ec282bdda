/// <reference lib="dom" />
/**
 * Runs in the browser. A virtualised list for the review page: only the rows
 * in view (and a screen above and below) are in the DOM, however many there
 * are. Rows have different heights (text wraps), so heights are estimated,
 * then measured once rendered; offsets are prefix sums of the heights,
 * rebuilt in O(n) when a measurement changes them, and the first row in view
 * is found by binary search.
 *
 * The page's script is this file's function as text (Function.prototype.toString),
 * so the function uses nothing but browser globals and what is declared inside it.
 */

/** What the list needs to know about its items. */
export interface VirtualListOptions<T> {
  /** A DOM element for an item (cached per item object: a changed item is a new object). */
  render(item: T, index: number): HTMLElement;
  /** A first guess of an item's height in pixels, before it is measured. */
  estimate(item: T, width: number): number;
  /** A stable key of an item, to keep its measured height across updates. */
  key(item: T): string;
  /** Called for every row in view at each render (to mark the selected one, say). */
  decorate?(item: T, element: HTMLElement): void;
  /** Called after each render with the time it took, in milliseconds. */
  onRender?(milliseconds: number): void;
}

/** The list's controls. */
export interface VirtualList<T> {
  setItems(items: readonly T[]): void;
  /** Re-render the rows in view (e.g. after the selection moved). */
  refresh(): void;
  /** Scroll so item `index` is in view. */
  scrollToIndex(index: number): void;
  /** Forget an item's cached element (its content changed in place). */
  forget(item: T): void;
  /** Forget every cached element (e.g. the search to highlight changed). */
  reset(): void;
}

/** Make `viewport` (a scrolling element) a virtual list. */
export function createVirtualList<T extends object>(viewport: HTMLElement, options: VirtualListOptions<T>): VirtualList<T> {
  const spacer = document.createElement('div');
  spacer.className = 'vlist-spacer';
  viewport.appendChild(spacer);
  let items: readonly T[] = [];
  /** Measured heights by key: they survive a new list of items (a filter, a save). */
  const measured = new Map<string, number>();
  /** Guesses by item, made once: a guess joins the item's text, too slow to redo for 10,000 rows a frame. */
  let guesses = new WeakMap<T, number>();
  /** Height of each item (measured, else guessed), and their prefix sums. */
  let heights = new Float64Array(0);
  let offsets = new Float64Array(1);
  let elements = new WeakMap<T, HTMLElement>();
  let shown = new Map<T, { element: HTMLElement; index: number }>();
  let width = viewport.clientWidth;
  let frame = 0;

  function heightOf(item: T): number {
    const known = measured.get(options.key(item));
    if (known !== undefined) return known;
    let guess = guesses.get(item);
    if (guess === undefined) {
      guess = options.estimate(item, width);
      guesses.set(item, guess);
    }
    return guess;
  }

  /** Heights of every item, then offsets. */
  function layout(): void {
    heights = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) heights[i] = heightOf(items[i] as T);
    offsetsFrom(0);
  }

  /** Offsets again from item `start` on (additions only: cheap even for 10,000 items). */
  function offsetsFrom(start: number): void {
    if (offsets.length !== items.length + 1) offsets = new Float64Array(items.length + 1);
    for (let i = start; i < items.length; i++) offsets[i + 1] = (offsets[i] ?? 0) + (heights[i] ?? 0);
    spacer.style.height = `${offsets[items.length] ?? 0}px`;
  }

  /** The last index whose top is at or above `y`. */
  function indexAt(y: number): number {
    let low = 0;
    let high = Math.max(0, items.length - 1);
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((offsets[mid] ?? 0) <= y) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  function render(): void {
    const started = performance.now();
    if (viewport.clientWidth !== width) {
      width = viewport.clientWidth;
      measured.clear();
      guesses = new WeakMap();
      layout();
    }
    for (let pass = 0; pass < 3; pass++) {
      const top = viewport.scrollTop;
      const bottom = top + viewport.clientHeight;
      const margin = viewport.clientHeight;
      const first = indexAt(Math.max(0, top - margin));
      const next = new Map<T, { element: HTMLElement; index: number }>();
      const added: { item: T; element: HTMLElement; index: number }[] = [];
      for (let i = first; i < items.length && (offsets[i] ?? 0) < bottom + margin; i++) {
        const item = items[i] as T;
        let element = elements.get(item);
        if (!element) {
          element = options.render(item, i);
          element.classList.add('vlist-row');
          elements.set(item, element);
        }
        element.style.transform = `translateY(${offsets[i] ?? 0}px)`;
        options.decorate?.(item, element);
        if (element.parentNode !== viewport) {
          viewport.appendChild(element);
          added.push({ item, element, index: i });
        }
        next.set(item, { element, index: i });
      }
      for (const [item, { element }] of shown) if (!next.has(item)) element.remove();
      shown = next;
      // Measure the rows just added (one layout for all of them; rows shown before keep their
      // height); a height that differs from the guess moves the rows below it.
      let firstChanged = Infinity;
      let shiftAbove = 0;
      for (const { item, element, index } of added) {
        const height = element.offsetHeight;
        if (height <= 0) continue;
        measured.set(options.key(item), height);
        const before = heights[index] ?? 0;
        if (Math.abs(height - before) > 0.5) {
          heights[index] = height;
          firstChanged = Math.min(firstChanged, index);
          if ((offsets[index + 1] ?? 0) <= top) shiftAbove += height - before;
        }
      }
      if (firstChanged === Infinity) break;
      offsetsFrom(firstChanged);
      // Keep the row at the top of the view where it was when rows above it changed height.
      if (shiftAbove !== 0) viewport.scrollTop = top + shiftAbove;
    }
    options.onRender?.(performance.now() - started);
  }

  function schedule(): void {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  }

  viewport.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);

  return {
    setItems(next) {
      items = next;
      const keep = new Set(next);
      for (const [item, { element }] of shown) {
        if (!keep.has(item)) {
          element.remove();
          shown.delete(item);
        }
      }
      layout();
      render();
    },
    refresh: render,
    scrollToIndex(index) {
      const top = offsets[index] ?? 0;
      const bottom = offsets[index + 1] ?? top;
      const view = viewport.clientHeight;
      if (top < viewport.scrollTop + 40) viewport.scrollTop = Math.max(0, top - 40);
      else if (bottom > viewport.scrollTop + view - 40) viewport.scrollTop = bottom - view + 40;
      render();
    },
    reset() {
      for (const { element } of shown.values()) element.remove();
      shown.clear();
      elements = new WeakMap();
      render();
    },
    forget(item) {
      elements.get(item)?.remove();
      shown.delete(item);
      elements.delete(item);
    },
  };
}
