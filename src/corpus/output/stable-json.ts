/** JSON for committed outputs: the same value always gives the same bytes, and diffs stay readable. */

/**
 * Serialise `value` with object keys sorted (so the bytes do not depend on
 * how an object was built), two-space indentation, and a final newline.
 * Arrays and objects of primitives (spans, points, offset breakpoints) stay
 * on one line.
 * @example stableJson({ b: [1, 2], a: { d: [[0, 3]], c: { start: 0, end: 2 } } })
 * //=> '{\n  "a": {\n    "c": {"end": 2, "start": 0},\n    "d": [[0, 3]]\n  },\n  "b": [1, 2]\n}\n'
 */
export function stableJson(value: unknown): string {
  return `${format(value, '')}\n`;
}

function format(value: unknown, indent: string): string {
  // JSON has no undefined: as JSON.stringify does inside arrays, write null.
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isFlat)) return `[${value.map((v) => format(v, inner)).join(', ')}]`;
    return `[\n${value.map((v) => `${inner}${format(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '{}';
  if (entries.every(([, v]) => isPrimitive(v))) return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${format(v, inner)}`).join(', ')}}`;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** A primitive, or an array of primitives: printed on one line. */
function isFlat(value: unknown): boolean {
  return isPrimitive(value) || (Array.isArray(value) && value.every(isPrimitive));
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}
