// Offsets into the original text, always: offset maps from cleaned text back to the
// source, and line/column from a LineIndex built once.
import { composeOffsetMaps, identityOffsetMap, LineIndex, mapOffset, mapSpan, offsetMapFrom, simplifiedView } from 'bitext-tm';

// Line 2 holds a pinyin note, "(jīng)", that cleaning removes.
const source = 'Trade forum opened.\n促進經(jīng)貿合作。';
const cleaned = '促進經貿合作。';

// A map is a list of [cleaned offset, source offset] breakpoints: the paragraph
// starts at source offset 20, and after the note (3 characters in) it jumps to 29.
const paragraph = offsetMapFrom([[0, 20], [3, 29]]);
// offsetMapFrom drops breakpoints the previous one already implies ([2, 22] here).
console.log(offsetMapFrom([[0, 20], [2, 22], [3, 29]]));
//=> { breakpoints: [[0, 20], [3, 29]] }
console.log(mapOffset(paragraph, 3)); // where 貿 is in the source
//=> 29

// A span ending right before the removed note does not swallow it.
const before = mapSpan(paragraph, { start: 0, end: 3 });
console.log(before);
//=> { start: 20, end: 23 }
console.log(source.slice(before.start, before.end));
//=> '促進經'
const after = mapSpan(paragraph, { start: 3, end: 6 });
console.log(after);
//=> { start: 29, end: 32 }
console.log(source.slice(after.start, after.end));
//=> '貿合作'

// Text derived without edits: one breakpoint.
console.log(identityOffsetMap(20));
//=> { breakpoints: [[0, 20]] }

// Chain maps: the Simplified view of the cleaned paragraph → cleaned → source.
const view = simplifiedView(cleaned);
console.log(view.text);
//=> '促进经贸合作。'
const viewToSource = composeOffsetMaps(view.offsets, paragraph);
console.log(mapOffset(viewToSource, view.text.indexOf('贸')));
//=> 29

// Line and column (1-based) of an offset, by binary search over the line starts.
const lines = new LineIndex(source); // 'Trade forum opened.\n促進經(jīng)貿合作。'
console.log(lines.pointAt(29));
//=> { line: 2, column: 10, offset: 29 }
console.log([lines.lineOf(29), lines.lineStart(2), lines.lineCount]);
//=> [2, 20, 2]
console.log(new LineIndex('ab\ncd').pointAt(4));
//=> { line: 2, column: 2, offset: 4 }
