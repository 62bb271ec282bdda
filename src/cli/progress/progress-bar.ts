/** A progress bar on a terminal; nothing when the stream is a file or a pipe. */

/** Report `done` of `total` (with an optional note after the count); `finish` clears the bar. */
export interface Progress {
  update(done: number, total: number, note?: string): void;
  finish(): void;
}

/** How a bar shows its count. */
export interface ProgressOptions {
  /** `count` (default): "3/10"; `bytes`: "1.2/45.0 MB". */
  readonly unit?: 'count' | 'bytes';
}

const WIDTH = 30;
/** Redraw at most this often (a terminal write per TMX chunk would slow the reader). */
const REDRAW_INTERVAL_MS = 80;

/**
 * A progress reporter for `stream`: a redrawn bar when it is a terminal
 * (`isTTY`), otherwise silent, so logs and pipes stay clean.
 */
export function createProgress(stream: { write(text: string): unknown; readonly isTTY?: boolean }, label: string, options: ProgressOptions = {}): Progress {
  if (stream.isTTY !== true) return { update: () => undefined, finish: () => undefined };
  let drawnWidth = 0;
  let drawnAt = -Infinity;
  return {
    update(done, total, note) {
      const now = performance.now();
      if (drawnWidth > 0 && done < total && now - drawnAt < REDRAW_INTERVAL_MS) return;
      drawnAt = now;
      const filled = total === 0 ? WIDTH : Math.min(WIDTH, Math.round((done / total) * WIDTH));
      const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${formatCount(done, total, options.unit)}${note === undefined ? '' : ` ${note}`}`;
      // Pad over a longer previous line (the note may shrink).
      stream.write(`\r${line.padEnd(drawnWidth)}`);
      drawnWidth = Math.max(drawnWidth, line.length);
    },
    finish() {
      if (drawnWidth > 0) stream.write(`\r${' '.repeat(drawnWidth)}\r`);
    },
  };
}

function formatCount(done: number, total: number, unit: ProgressOptions['unit']): string {
  if (unit !== 'bytes') return `${done}/${total}`;
  const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
  return `${mb(done)}/${mb(total)} MB`;
}
