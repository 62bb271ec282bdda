/**
 * The .txt files of a folder, grouped as bitext-tm reads them: NAME.en.txt +
 * NAME.zh.txt pairs, halves of a pair without the other half, and other .txt
 * files. Pure (file names in, file names out): `bitext-tm build FOLDER` and
 * `npm run corpus` read the same folder layout through it.
 */

/** A file of a pair: `NAME.en.txt` or `NAME.zh.txt` (any case). */
const PAIR_FILE = /^(?<name>.+)\.(?<lang>en|zh)\.txt$/iu;

/** The groups, each in name order. */
export interface TextFileGroups {
  readonly pairs: readonly { readonly name: string; readonly en: string; readonly zh: string }[];
  /** A NAME.en.txt without NAME.zh.txt or the reverse; `missing` is the absent half's language. */
  readonly lone: readonly { readonly name: string; readonly file: string; readonly missing: 'en' | 'zh' }[];
  /** .txt files not named NAME.en.txt or NAME.zh.txt. */
  readonly others: readonly string[];
}

/**
 * Group a folder's file names (files that do not end in .txt are left out).
 * @example groupTextFiles(['b.zh.txt', 'b.en.txt', 'c.en.txt', 'a.txt', 'x.md'])
 * //=> { pairs: [{ name: 'b', en: 'b.en.txt', zh: 'b.zh.txt' }], lone: [{ name: 'c', file: 'c.en.txt', missing: 'zh' }], others: ['a.txt'] }
 */
export function groupTextFiles(fileNames: readonly string[]): TextFileGroups {
  const byName = new Map<string, { en?: string; zh?: string }>();
  const others: string[] = [];
  for (const file of [...fileNames].sort()) {
    const groups = PAIR_FILE.exec(file)?.groups;
    if (groups === undefined) {
      if (/\.txt$/iu.test(file)) others.push(file);
      continue;
    }
    const name = groups['name'] ?? file;
    const lang = (groups['lang'] ?? '').toLowerCase() === 'en' ? 'en' : 'zh';
    byName.set(name, { ...byName.get(name), [lang]: file });
  }
  const pairs: { name: string; en: string; zh: string }[] = [];
  const lone: { name: string; file: string; missing: 'en' | 'zh' }[] = [];
  for (const [name, { en, zh }] of byName) {
    if (en !== undefined && zh !== undefined) pairs.push({ name, en, zh });
    else if (en !== undefined) lone.push({ name, file: en, missing: 'zh' });
    else if (zh !== undefined) lone.push({ name, file: zh, missing: 'en' });
  }
  return { pairs, lone, others };
}
