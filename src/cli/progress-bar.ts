/** A progress bar on a terminal; nothing when the stream is a file or a pipe. */

/** Report `done` of `total`; `finish` clears the bar. */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const WIDTH = 30;

/**
 * A progress reporter for `stream`: a redrawn bar when it is a terminal
 * (`isTTY`), otherwise silent, so logs and pipes stay clean.
 */
export function createProgress(stream: { write(text: string): unknown; readonly isTTY?: boolean }, label: string): Progress {
  if (stream.isTTY !== true) return { update: () => undefined, finish: () => undefined };
  let drawn = false;
  return {
    update(done, total) {
      const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write(`\r${' '.repeat(label.length + WIDTH + 24)}\r`);
    },
  };
}
