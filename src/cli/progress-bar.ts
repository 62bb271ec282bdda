/** A progress bar on a terminal; nothing when the stream is a file or a pipe, or when asked to be quiet. */

/** Report `done` of `total` (of the step `label`, when it changes); `finish` clears the bar. */
export interface Progress {
  update(done: number, total: number, label?: string): void;
  finish(): void;
}

const WIDTH = 30;

/**
 * A progress reporter for `stream`: a redrawn bar when it is a terminal
 * (`isTTY`) and `quiet` is not set, otherwise silent, so logs and pipes stay clean.
 */
export function createProgress(stream: { write(text: string): unknown; readonly isTTY?: boolean }, label: string, quiet = false): Progress {
  if (stream.isTTY !== true || quiet) return { update: () => undefined, finish: () => undefined };
  let drawn = 0;
  let current = label;
  return {
    update(done, total, step) {
      current = step ?? current;
      const filled = total === 0 ? WIDTH : Math.round((Math.min(done, total) / total) * WIDTH);
      const line = `${current} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}`;
      // Pad over a longer previous line (a longer step name).
      stream.write(`\r${line.padEnd(drawn)}`);
      drawn = Math.max(drawn, line.length);
    },
    finish() {
      if (drawn > 0) stream.write(`\r${' '.repeat(drawn)}\r`);
    },
  };
}
