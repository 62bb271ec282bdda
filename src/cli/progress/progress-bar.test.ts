import { describe, expect, it } from 'vitest';
import { fakeStream as stream } from '../../../test/helpers/fake-stream';
import { createProgress } from './progress-bar';

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

describe('createProgress options', () => {
  it('shows bytes as MB and a note after the count', () => {
    const terminal = stream(true);
    const progress = createProgress(terminal, 'reading', { unit: 'bytes' });
    progress.update(3 * 2 ** 20, 12 * 2 ** 20, 'memory.tmx');
    expect(terminal.written).toBe(`\rreading [${'#'.repeat(8)}${'.'.repeat(22)}] 3.0/12.0 MB memory.tmx`);
  });

  it('redraws at most every 80 ms, but always draws the end', () => {
    const terminal = stream(true);
    const progress = createProgress(terminal, 'x');
    for (let k = 1; k < 1000; k++) progress.update(k, 1000);
    progress.update(1000, 1000);
    expect(terminal.written.split('\r').filter((part) => part.length > 0).length).toBeLessThan(10);
    expect(terminal.written.endsWith('1000/1000')).toBe(true);
  });
});
