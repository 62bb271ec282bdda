import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io';
import { issueData, writeSummary } from './write-summary';

function captureIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    env: {},
    readStdin: () => Promise.resolve(Buffer.alloc(0)),
    stdout: { write: (text: string) => (io.out += text) },
    stderr: { write: (text: string) => (io.err += text) },
  };
  return io;
}

describe('writeSummary', () => {
  const summary = { text: 'indexed 65 units', data: { units: 65, file: 'a.tmx' } };

  it('prints the text for people on stderr by default, or where asked', () => {
    const io = captureIo();
    writeSummary(io, summary);
    writeSummary(io, summary, { textTo: 'stdout' });
    expect([io.err, io.out]).toEqual(['indexed 65 units\n', 'indexed 65 units\n']);
  });

  it('prints the data as one JSON object on stdout with --json', () => {
    const io = captureIo();
    writeSummary(io, summary, { json: true });
    expect(io.err).toBe('');
    expect(JSON.parse(io.out)).toEqual({ units: 65, file: 'a.tmx' });
  });

  it('flattens an issue for JSON', () => {
    expect(issueData({ severity: 'error', code: 'TMX_MISSING_SEG', message: 'No seg.', file: 'a.tmx', place: { line: 3, column: 5, offset: 60 } })).toEqual({
      severity: 'error',
      code: 'TMX_MISSING_SEG',
      message: 'No seg.',
      file: 'a.tmx',
      line: 3,
      column: 5,
    });
    expect(issueData({ severity: 'warning', code: 'TMX_MISSING_HEADER', message: 'No header.' })).toEqual({ severity: 'warning', code: 'TMX_MISSING_HEADER', message: 'No header.' });
  });
});
