/**
 * Applies durable writes to the in-memory index one after another, in the
 * order they were made, whatever order their durability resolves in: a write
 * is visible to lookups only after every earlier write is.
 */
export class WriteQueue {
  private tail: Promise<void> = Promise.resolve();

  /**
   * Once every earlier write is applied and `durable` resolves, run `apply`.
   * Resolves when applied; rejects with `durable`'s error (nothing applied),
   * and later writes still go on.
   */
  after(durable: Promise<void>, apply: () => void | Promise<void>): Promise<void> {
    durable.catch(() => undefined); // handled below, once earlier writes are applied
    const run = this.tail.then(() => durable).then(apply);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every write made so far is applied (or failed). */
  idle(): Promise<void> {
    return this.tail;
  }
}
