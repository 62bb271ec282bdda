/**
 * Token keys ↔ integer ids, shared by both sides of a memory. Ids make the
 * index and the edit distance work on typed arrays instead of strings.
 */
import { scanTokens, TOKEN_KIND, type TokenScratch } from './scan-tokens';
import { foldHan, tokenKey } from './token-key';
import type { UintList } from '../core/uint-list';

const NON_ASCII_KEY = /\P{ASCII}/u;

/** A-Z to a-z; other codes unchanged. */
const lowerAscii = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

/** FNV-1a over the lower-cased codes of `text[start, end)`; -1 when a code is not ASCII. */
function asciiHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return -1;
    hash = Math.imul(hash ^ lowerAscii(code), 0x01000193);
  }
  return hash >>> 1;
}

/** `hanIds` marker: this BMP character has not been looked up yet. */
const NOT_CACHED = -1;
/** `hanIds` marker: this character's fold is not in the (frozen) vocabulary. */
const ABSENT = -2;

/** The token vocabulary of a memory. Grows while the memory is built, then is frozen. */
export class Vocabulary {
  readonly keys: string[];
  private readonly ids: Map<string, number>;
  /** Id of each BMP Han character's fold, so most Chinese tokens need no string at all. */
  private readonly hanIds: Int32Array = new Int32Array(0x10000).fill(NOT_CACHED);
  /**
   * Open-addressing table of the ASCII keys (slot → id, -1 empty), hashed on
   * the lower-cased characters as they lie in the text: an English word is
   * found without slicing or lower-casing a string (the build's hot path).
   */
  private asciiSlots: Int32Array = new Int32Array(1024).fill(-1);
  private asciiCount = 0;
  private frozen = false;

  constructor(keys: readonly string[] = []) {
    this.keys = [];
    this.ids = new Map();
    for (const key of keys) {
      if (this.ids.has(key)) throw new Error('Vocabulary keys must be distinct');
      this.add(key);
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** Stop growing: from now on unknown keys get query-local ids instead. */
  freeze(): void {
    this.frozen = true;
  }

  /** Id of `key`, or -1. */
  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  private intern(key: string): number {
    const id = this.ids.get(key);
    if (id !== undefined) return id;
    if (this.frozen) throw new Error('Vocabulary is frozen');
    return this.add(key);
  }

  private add(key: string): number {
    const id = this.keys.length;
    this.keys.push(key);
    this.ids.set(key, id);
    if (!NON_ASCII_KEY.test(key)) {
      if (2 * (this.asciiCount + 1) > this.asciiSlots.length) this.growAsciiSlots();
      this.placeAscii(id);
      this.asciiCount++;
    }
    return id;
  }

  private placeAscii(id: number): void {
    const key = this.keys[id] ?? '';
    const mask = this.asciiSlots.length - 1;
    let slot = asciiHash(key, 0, key.length) & mask;
    while ((this.asciiSlots[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
    this.asciiSlots[slot] = id;
  }

  private growAsciiSlots(): void {
    const old = this.asciiSlots;
    this.asciiSlots = new Int32Array(old.length * 2).fill(-1);
    for (const id of old) if (id >= 0) this.placeAscii(id);
  }

  /** Id of the ASCII word `text[start, end)` (compared lower-cased), -1 if absent, -2 if not ASCII. */
  private asciiWordId(text: string, start: number, end: number): number {
    const mask = this.asciiSlots.length - 1;
    let slot = asciiHash(text, start, end);
    if (slot < 0) return -2;
    slot &= mask;
    for (;;) {
      const id = this.asciiSlots[slot] ?? -1;
      if (id < 0) return -1;
      const key = this.keys[id] ?? '';
      if (key.length === end - start) {
        let same = true;
        for (let i = 0; i < key.length; i++) {
          if (key.charCodeAt(i) !== lowerAscii(text.charCodeAt(start + i))) {
            same = false;
            break;
          }
        }
        if (same) return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Append the token ids of `text` to `out`. While the vocabulary grows every
   * key gets an id; once frozen, a key it does not hold gets an id from
   * `unknown` (≥ {@link size}, distinct per key), equal to no stored token.
   * @returns The number of tokens appended.
   */
  encode(text: string, scratch: TokenScratch, out: UintList, unknown?: Map<string, number>): number {
    const count = scanTokens(text, scratch);
    out.reserve(out.length + count);
    const { starts, ends, kinds } = scratch;
    for (let t = 0; t < count; t++) {
      const start = starts[t] ?? 0;
      const end = ends[t] ?? 0;
      const kind = kinds[t] ?? TOKEN_KIND.word;
      let id: number;
      if (kind === TOKEN_KIND.han) {
        id = end - start === 1 ? this.hanId(text, start, unknown) : this.idOf(tokenKey(text, start, end, kind), unknown);
      } else {
        id = this.asciiWordId(text, start, end);
        if (id < 0) id = this.idOf(tokenKey(text, start, end, kind), unknown);
      }
      out.data[out.length++] = id;
    }
    return count;
  }

  private hanId(text: string, at: number, unknown: Map<string, number> | undefined): number {
    const code = text.charCodeAt(at);
    const cached = this.hanIds[code] ?? NOT_CACHED;
    if (cached >= 0) return cached;
    const key = foldHan(text[at] ?? '');
    if (cached === ABSENT) return this.idOf(key, unknown);
    const id = this.frozen ? this.find(key) : this.intern(key);
    if (id >= 0) {
      this.hanIds[code] = id;
      return id;
    }
    this.hanIds[code] = ABSENT;
    return this.idOf(key, unknown);
  }

  private idOf(key: string, unknown: Map<string, number> | undefined): number {
    if (!this.frozen) return this.intern(key);
    const id = this.ids.get(key);
    if (id !== undefined) return id;
    if (!unknown) throw new Error('A frozen vocabulary needs a map for unknown keys');
    let local = unknown.get(key);
    if (local === undefined) {
      local = this.keys.length + unknown.size;
      unknown.set(key, local);
    }
    return local;
  }
}
