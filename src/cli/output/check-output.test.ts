import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutputFiles, checkOutputFolder } from './check-output';
import { writeError } from './write-error';

const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-check-output-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('checking outputs before the work', () => {
  it('accepts a folder that exists or can be created', async () => {
    await expect(checkOutputFolder(dir)).resolves.toBeUndefined();
    await expect(checkOutputFolder(join(dir, 'new', 'deeper'))).resolves.toBeUndefined();
  });

  it('refuses a file where a folder must be, on the way or at the end', async () => {
    writeFileSync(join(dir, 'file'), 'x');
    await expect(checkOutputFolder(join(dir, 'file'))).rejects.toMatchObject({ code: 'FILE_NOT_A_FOLDER' });
    await expect(checkOutputFolder(join(dir, 'file', 'below'))).rejects.toMatchObject({ code: 'FILE_NOT_A_FOLDER' });
  });

  it('refuses an output that is a folder, or the input under any name (a hard link too)', async () => {
    mkdirSync(join(dir, 'folder.tmx'));
    await expect(checkOutputFiles([join(dir, 'folder.tmx')], [])).rejects.toMatchObject({ code: 'FILE_IS_A_FOLDER' });
    writeFileSync(join(dir, 'in.tmx'), '<tmx/>');
    linkSync(join(dir, 'in.tmx'), join(dir, 'same.tmx'));
    await expect(checkOutputFiles([join(dir, 'same.tmx')], [join(dir, 'in.tmx')])).rejects.toMatchObject({ code: 'FILE_SAME_AS_INPUT', file: join(dir, 'same.tmx') });
    await expect(checkOutputFiles([join(dir, '.', 'in.tmx')], [join(dir, 'in.tmx')])).rejects.toMatchObject({ code: 'FILE_SAME_AS_INPUT' });
    await expect(checkOutputFiles([join(dir, 'other.tmx')], [join(dir, 'in.tmx')])).resolves.toBeUndefined();
  });
});

describe('writeError', () => {
  it.each([
    ['EACCES', 'FILE_NOT_WRITABLE'],
    ['EPERM', 'FILE_NOT_WRITABLE'],
    ['EROFS', 'FILE_NOT_WRITABLE'],
    ['ENOSPC', 'FILE_DISK_FULL'],
    ['EDQUOT', 'FILE_DISK_FULL'],
    ['EEXIST', 'FILE_EXISTS'],
    ['ENOTDIR', 'FILE_NOT_A_FOLDER'],
    ['EISDIR', 'FILE_IS_A_FOLDER'],
    ['EWHATEVER', 'FILE_NOT_WRITABLE'],
  ])('%s is a typed one-line error naming the file', (errno, code) => {
    const error = writeError('out/a.tmx', Object.assign(new Error(`${errno}: something`), { code: errno })) as Error & { code: string; file: string };
    expect([error.name, error.code, error.file, error.message.includes('\n')]).toEqual(['FileWriteError', code, 'out/a.tmx', false]);
  });

  it('passes through what is not a system error', () => {
    const bug = new TypeError('a bug');
    expect(writeError('a', bug)).toBe(bug);
  });
});
