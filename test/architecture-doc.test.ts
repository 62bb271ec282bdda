/**
 * docs/architecture.md and the README's stage table name every folder of
 * src/ (sub-folders included) and no folder that does not exist, so the
 * picture a newcomer reads stays the picture of the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');

/** Every folder under src/, as `src/a/b/`. */
function sourceFolders(dir = 'src'): string[] {
  const folders: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = `${dir}/${entry.name}`;
    folders.push(`${path}/`);
    for (const folder of sourceFolders(path)) folders.push(folder);
  }
  return folders.sort();
}

/** The folders a text names: `src/…/` in backticks. */
function namedFolders(text: string): string[] {
  return [...new Set([...text.matchAll(/`(src\/[\w/-]+\/)`/gu)].map((match) => match[1] ?? ''))].sort();
}

describe('the architecture as written', () => {
  const folders = sourceFolders();
  for (const [file, text] of [
    ['docs/architecture.md', readFileSync(join(root, 'docs/architecture.md'), 'utf8')],
    ['README.md', readFileSync(join(root, 'README.md'), 'utf8')],
  ] as const) {
    it(`${file} names every folder of src/ and none that does not exist`, () => {
      const named = namedFolders(text);
      expect(folders.filter((folder) => !named.includes(folder)), 'folders the text does not name').toEqual([]);
      expect(named.filter((folder) => !folders.includes(folder)), 'folders the text names that do not exist').toEqual([]);
    });
  }
});
