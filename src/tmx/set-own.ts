/**
 * Records keyed by names from the input (attributes, prop types) are plain
 * objects, which V8 keeps fast (null-prototype objects start in slow
 * dictionary mode: measured 2x slower parsing). The one key a plain object
 * would swallow, `__proto__`, is defined as an own property instead.
 */

/**
 * `record[key] = value`, also for `key === '__proto__'`.
 * @example const r: Record<string, string> = {}; setOwn(r, '__proto__', 'x'); Object.keys(r) //=> ['__proto__']
 */
export function setOwn(record: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
