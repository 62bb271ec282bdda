/** A growable list of 32-bit unsigned integers backed by one typed array (no boxed numbers). */
export class UintList {
  data: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Make room for `size` values in total. */
  reserve(size: number): void {
    if (size <= this.data.length) return;
    // Grow by 1.5× rather than 2×: the lists of a million-unit build are hundreds of MB.
    const data = new Uint32Array(Math.max(size, Math.ceil(this.data.length * 1.5)));
    data.set(this.data.subarray(0, this.length));
    this.data = data;
  }

  /** The values as a typed array of exactly `length` elements (a copy only when the capacity is larger). */
  toArray(): Uint32Array {
    return this.length === this.data.length ? this.data : this.data.slice(0, this.length);
  }
}
