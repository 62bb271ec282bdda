import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fakeStream as stream } from '../../../test/helpers/fake-stream';
import { watchReadProgress } from './read-progress';


const file = join(mkdtempSync(join(tmpdir(), 'bitext-progress-')), 'big.txt');
writeFileSync(file, 'x'.repeat(3 * 2 ** 20));

describe('watchReadProgress', () => {
  it('draws the bytes read of a file on a terminal and clears the line when done', async () => {
    const terminal = stream(true);
    const source = createReadStream(file, { highWaterMark: 1 << 16 });
    const progress = watchReadProgress(source, terminal, 'reading big.txt');
    expect(terminal.written).toMatch(/^\rreading big\.txt \[\.{30}\] 0\.0\/3\.0 MB$/u);
    for await (const chunk of source) expect(chunk).toBeDefined();
    progress.finish();
    expect(terminal.written.endsWith('\r')).toBe(true);
  });

  it('stays silent in a pipe, and for standard input (size unknown)', () => {
    const pipe = stream(false);
    const source = createReadStream(file);
    watchReadProgress(source, pipe, 'x').finish();
    source.destroy();
    const terminal = stream(true);
    watchReadProgress(Readable.from(['a']), terminal, 'x').finish();
    expect([pipe.written, terminal.written]).toEqual(['', '']);
  });

  it('stops by itself when the reader destroys the stream', async () => {
    const terminal = stream(true);
    const source = createReadStream(file);
    watchReadProgress(source, terminal, 'x');
    source.destroy();
    await new Promise<void>((resolve) => source.once('close', () => { resolve(); }));
    expect(terminal.written.endsWith('\r')).toBe(true);
  });
});
