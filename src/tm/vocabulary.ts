/**
 * Token keys ↔ integer ids, shared by both sides of a memory. Ids make the
 * index and the edit distance work on typed arrays instead of strings.
 */
import { scanTokens, TOKEN_KIND, type TokenScratch } from './scan-tokens';
import { foldHan, tokenKey } from './token-key';
import type { UintList } from './uint-list';

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
  private frozen = false;

  constructor(keys: readonly string[] = []) {
    this.keys = [...keys];
    this.ids = new Map(this.keys.map((key, id) => [key, id]));
    if (this.ids.size !== this.keys.length) throw new Error('Vocabulary keys must be distinct');
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
    let id = this.ids.get(key);
    if (id === undefined) {
      if (this.frozen) throw new Error('Vocabulary is frozen');
      id = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, id);
    }
    return id;
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
      if (kind === TOKEN_KIND.han && end - start === 1) id = this.hanId(text, start, unknown);
      else id = this.idOf(tokenKey(text, start, end, kind), unknown);
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
