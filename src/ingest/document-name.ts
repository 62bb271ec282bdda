/** The default name of a document, from the names of its sources. */
import type { IngestInput } from './ingest-options';

/** A language tag at the end of a file's base name: `news.en`, `news_zh-Hant`, `news-cn`. */
const LANGUAGE_SUFFIX = /[._-](?:en|eng|english|zh|zho|chi|cn|chs|cht|chinese|zh[-_](?:hans|hant|cn|tw|hk|sg))$/iu;

/**
 * The name outputs are given when the caller sets none.
 * @example documentName({ kind: 'mixed', source: { name: 'corpus/raw/news.en-zh.txt', text: '' } }) //=> 'news.en-zh'
 * @example documentName({ kind: 'parallel', en: { name: 'a/news.en.txt', text: '' }, zh: { name: 'a/news.zh.txt', text: '' } }) //=> 'news'
 */
export function documentName(input: IngestInput): string {
  switch (input.kind) {
    case 'mixed':
      return baseName(input.source.name);
    case 'parallel': {
      const en = baseName(input.en.name).replace(LANGUAGE_SUFFIX, '');
      const zh = baseName(input.zh.name).replace(LANGUAGE_SUFFIX, '');
      return en === zh ? en : `${en}+${zh}`;
    }
    case 'pairs':
      return input.pairs.length === 1 && input.pairs[0] !== undefined ? input.pairs[0].name : 'pairs';
  }
}

/** File name without folders and without `.txt`; `<stdin>` becomes `stdin`. */
function baseName(path: string): string {
  const file = path.split(/[\\/]/u).pop() ?? path;
  const name = file.replace(/\.txt$/iu, '').replace(/^<(.*)>$/u, '$1');
  return name.length > 0 ? name : 'document';
}
