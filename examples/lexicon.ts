// The Chinese–English dictionary shared by alignment and term extraction: the shipped
// CC-CEDICT extract, or your own file in the same format. Loaded explicitly, never at import.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { defaultLexiconPath, loadLexicon, parseLexicon, prepareAlignLexicon } from 'bitext-tm';

// The format: simplified \t traditional \t pinyin \t gloss/gloss; '#' lines are comments.
console.log(parseLexicon('外办\t外辦\twai4 ban4\tforeign affairs office').bySimplified.get('外办')?.[0]?.glosses);
//=> ['foreign affairs office']

// A glossary of your own, loaded from a file (plain text or gzipped).
const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-example-'));
const path = join(dir, 'fao-glossary.tsv');
writeFileSync(
  path,
  '# Chongqing FAO glossary\n' +
    '外办\t外辦\twai4 ban4\tForeign Affairs Office/foreign affairs office\n' +
    '总领事\t總領事\tzong3 ling3 shi4\tconsul general\n' +
    '明斯克州\t明斯克州\tMing2 si1 ke4 zhou1\tMinsk Oblast\n',
);
const glossary = loadLexicon(path);
console.log([glossary.bySimplified.size, glossary.maxWordLength, basename(glossary.source)]);
//=> [3, 4, 'fao-glossary.tsv']
console.log(glossary.bySimplified.get('总领事'));
//=> [{ simplified: '总领事', traditional: '總領事', pinyin: 'zong3 ling3 shi4', glosses: ['consul general'] }]

// Prepared for the aligner: concept ids of each headword's translations; capitalised
// pinyin marks a proper noun (Minsk Oblast).
const prepared = prepareAlignLexicon(glossary);
console.log([prepared.translations.has('总领事'), prepared.properNouns.has('明斯克州'), prepared.properNouns.has('外办')]);
//=> [true, true, false]

// Without a path, loadLexicon() reads the shipped extract (124k entries, about a second;
// examples/terms.ts and examples/build-corpus.ts use it).
console.log(defaultLexiconPath().endsWith(join('data', 'cedict.tsv.gz')));
//=> true

rmSync(dir, { recursive: true });
