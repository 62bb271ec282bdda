import { describe, expect, it } from 'vitest';
import { createProgress } from './progress-bar';

function stream(isTTY: boolean): { written: string; write(text: string): void; readonly isTTY: boolean } {
  return {
    written: '',
    isTTY,
    write(text: string) {
      this.written += text;
    },
  };
}

describe('createProgress', () => {
  it('draws a bar on a terminal and clears it at the end', () => {
    const terminal = stream(true);
    const progress = createProgress(terminal, 'aligning');
    progress.update(1, 4);
    expect(terminal.written).toBe(`\raligning [${'#'.repeat(8)}${'.'.repeat(22)}] 1/4`);
    progress.finish();
    expect(terminal.written.endsWith('\r')).toBe(true);
  });

  it('writes nothing to a file or a pipe', () => {
    const pipe = stream(false);
    const progress = createProgress(pipe, 'aligning');
    progress.update(1, 4);
    progress.finish();
    expect(pipe.written).toBe('');
  });
});

describe('createProgress with steps', () => {
  it('names the step it is in, and stays silent when quiet', () => {
    const terminal = stream(true);
    const progress = createProgress(terminal, 'build');
    progress.update(0, 1, 'dictionaries');
    progress.update(3, 10, 'align');
    expect(terminal.written).toContain('\ralign [#########');
    const quiet = stream(true);
    createProgress(quiet, 'build', true).update(1, 2);
    expect(quiet.written).toBe('');
  });
});
