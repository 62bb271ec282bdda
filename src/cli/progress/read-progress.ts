/** A progress bar for a command that streams a file: how many of its bytes have been read. */
import { ReadStream, statSync } from 'node:fs';
import { createProgress } from './progress-bar';

/** Stops the bar and clears its line. */
export interface ReadProgress {
  finish(): void;
}

/** How often the bar looks at the stream. */
const POLL_INTERVAL_MS = 150;

/**
 * Show how far `source` has been read, on a terminal only. The reader owns the
 * stream (it iterates it), so the bar polls the stream's `bytesRead` instead
 * of listening to its data; standard input, of unknown size, gets no bar.
 */
export function watchReadProgress(source: unknown, stderr: { write(text: string): unknown; readonly isTTY?: boolean }, label: string): ReadProgress {
  if (!(source instanceof ReadStream) || stderr.isTTY !== true) return { finish: () => undefined };
  const total = statSync(source.path).size;
  const progress = createProgress(stderr, label, { unit: 'bytes' });
  progress.update(source.bytesRead, total); // at once, so a user sees the command started
  const timer = setInterval(() => {
    progress.update(source.bytesRead, total);
  }, POLL_INTERVAL_MS);
  timer.unref();
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    clearInterval(timer);
    progress.finish();
  };
  // A reader that fails destroys its stream: stop drawing then too.
  source.once('close', finish);
  return { finish };
}
