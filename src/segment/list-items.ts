/**
 * Lists written as running text: when a line begins with a list marker
 * ("1) Register online 2) Pay the fee", "• first • second"), each following
 * marker of the same series starts a new item, whatever ends the item before
 * it. A list inside a sentence ("Attendees include: 1) …; 2) …") does not
 * begin a line, so it stays one sentence.
 */
import { isDigitAt, isSpaceCode } from './char-class';
import { lineBreakLength } from './line-breaks';
import { LINE_BREAK, LIST_MARKER_START } from './sentence-patterns';

/** Longest list series followed (items after the first), so a stray match cannot run on. */
const MAX_LIST_ITEMS = 100;

/**
 * Longest list item (UTF-16 units) searched for the next marker; bounds the
 * work of a text with many lines that start with "1." and no "2.". Not fitted.
 */
const MAX_ITEM_LENGTH = 2000;

/** How one marker is written: the text around its label. */
interface MarkerForm {
  readonly before: string;
  readonly after: string;
  readonly label: string;
}

/**
 * Offsets where list items begin (the first one only when it is not at the
 * start of the text), in increasing order.
 * @example findListItemStarts('1) Register online 2) Pay the fee') //=> [19]
 * @example findListItemStarts('Attendees include: 1) officials; 2) managers') //=> []
 */
export function findListItemStarts(text: string): number[] {
  const starts: number[] = [];
  const onlyNewlines = !hasRareLineBreak(text);
  let lineStart = 0;
  while (lineStart < text.length) {
    followSeries(text, firstNonSpaceOnLine(text, lineStart), starts);
    const lineEnd = onlyNewlines ? text.indexOf('\n', lineStart) : nextLineBreak(text, lineStart);
    if (lineEnd < 0) break;
    lineStart = lineEnd + lineBreakLength(text, lineEnd);
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** Starting from a marker at `at` (if there is one), find each next marker of the series. */
function followSeries(text: string, at: number, starts: number[]): void {
  if (!mayStartMarker(text.charCodeAt(at))) return;
  const match = LIST_MARKER_START.exec(text.slice(at, at + 8));
  if (match === null) return;
  const groups = match.groups ?? {};
  const label = groups['label'] ?? groups['bracketed'] ?? groups['bullet'] ?? '';
  const labelAt = match[0].indexOf(label);
  let form: MarkerForm = { before: match[0].slice(0, labelAt), after: match[0].slice(labelAt + label.length), label };
  let cursor = at + match[0].length;
  for (let item = 0; item < MAX_LIST_ITEMS; item++) {
    const next: MarkerForm = { ...form, label: groups['bullet'] === undefined ? successor(form.label) : form.label };
    const found = findMarker(text, `${next.before}${next.label}${next.after}`, cursor);
    if (found < 0) return;
    if (item === 0 && at > 0) starts.push(at); // the first item starts a sentence too once the series is certain
    starts.push(found);
    form = next;
    cursor = found + next.before.length + next.label.length + next.after.length;
  }
}

/** The next marker written exactly so, after white space; one ending in a period not followed by a digit ("2." in "2.5"). */
function findMarker(text: string, marker: string, from: number): number {
  const endsInPeriod = marker.endsWith('.');
  const window = text.slice(0, Math.min(text.length, from + MAX_ITEM_LENGTH + marker.length));
  let at = window.indexOf(marker, from);
  while (at >= 0) {
    if (at > 0 && isSpaceCode(text.charCodeAt(at - 1)) && !(endsInPeriod && isDigitAt(text, at + marker.length))) return at;
    at = window.indexOf(marker, at + 1);
  }
  return -1;
}

/** 1 → 2, a → b. */
function successor(label: string): string {
  const number = Number(label);
  if (Number.isInteger(number)) return String(number + 1);
  return String.fromCharCode(label.charCodeAt(0) + 1);
}

function firstNonSpaceOnLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i)) && lineBreakLength(text, i) === 0) i++;
  return i;
}

/** True when the text has a line break other than `\n` (`\r`, U+2028, U+2029); most texts have none, and `indexOf('\n')` is much faster than the regex. */
function hasRareLineBreak(text: string): boolean {
  return text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
}

function nextLineBreak(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  return LINE_BREAK.exec(text)?.index ?? -1;
}

/** Cheap test before the regex: a digit, a lower-case ASCII letter, a bracket or a bullet. */
function mayStartMarker(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || code === 0x28 || code === 0xff08 || (code >= 0x2022 && code <= 0x2043) || code === 0x25aa || code === 0x25e6;
}
