import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PendingFile, removePendingFilesSync, withPendingFiles, writeFilesAtomically } from './pending-file';

const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-pending-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('PendingFile', () => {
  it('writes beside the target and renames only when published; the old file stays until then', async () => {
    const path = join(dir, 'a.tmx');
    writeFileSync(path, 'old');
    const file = await PendingFile.create(path);
    await file.write('new ');
    await file.write(new TextEncoder().encode('text'));
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
    await file.publish();
    expect(readFileSync(path, 'utf8')).toBe('new text');
    expect(readdirSync(dir)).toEqual(['a.tmx']);
  });

  it('publishes a set of files all or none: a failure while filling discards every temporary file', async () => {
    const paths = [join(dir, 'b.json'), join(dir, 'c.json')];
    await expect(
      withPendingFiles(paths, async (files) => {
        await files[0]?.write('half');
        throw new Error('the disk is gone');
      }),
    ).rejects.toThrow('the disk is gone');
    expect(paths.some((path) => existsSync(path))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    await writeFilesAtomically(paths.map((path, i) => ({ path, content: `file ${i}` })));
    expect(paths.map((path) => readFileSync(path, 'utf8'))).toEqual(['file 0', 'file 1']);
  });

  it('removes the temporary files of an interrupted run', async () => {
    const file = await PendingFile.create(join(dir, 'd.tmx'));
    await file.write('x'.repeat(10));
    removePendingFilesSync();
    expect(readdirSync(dir).filter((name) => name.startsWith('.d.tmx'))).toEqual([]);
    await file.discard();
  });

  it('types a failure: a folder that does not exist is FILE_NOT_WRITABLE with the target named', async () => {
    await expect(PendingFile.create(join(dir, 'missing', 'e.tmx'))).rejects.toMatchObject({ code: 'FILE_NOT_WRITABLE', file: join(dir, 'missing', 'e.tmx') });
  });
});
