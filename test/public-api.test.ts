/**
 * The public surface: every name exported from src/index.ts carries a TSDoc
 * comment (read through the TypeScript compiler, as an IDE shows it), every
 * value export an `@example` (its runnable twin is in examples/), and the
 * value exports are exactly the list below, so an accidental export change fails.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** The exports of src/index.ts as the compiler sees them, each resolved to its declaration. */
function publicExports(): { name: string; target: ts.Symbol; checker: ts.TypeChecker }[] {
  const entry = resolve(ROOT, 'src/index.ts');
  const program = ts.createProgram([entry], { strict: true, module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, types: ['node'], noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error('src/index.ts not found');
  const module = checker.getSymbolAtLocation(source);
  if (!module) throw new Error('src/index.ts has no module symbol');
  return checker.getExportsOfModule(module).map((symbol) => ({
    name: symbol.name,
    target: symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol,
    checker,
  }));
}

const exported = publicExports();

function undocumentedExports(): string[] {
  return exported
    .filter(({ target, checker }) => ts.displayPartsToString(target.getDocumentationComment(checker)).trim().length === 0)
    .map(({ name }) => name)
    .sort();
}

/** Value exports (functions, classes, constants) whose TSDoc has no `@example`. */
function valueExportsWithoutExample(): string[] {
  return exported
    .filter(({ target, checker }) => (target.flags & ts.SymbolFlags.Value) !== 0 && !target.getJsDocTags(checker).some((tag) => tag.name === 'example'))
    .map(({ name }) => name)
    .sort();
}

/**
 * The value exports of the public API, by stage. Adding, renaming or removing
 * one is a change of the public API: update this list on purpose, with the
 * README and the changelog. (Types are erased at run time and not listed.)
 */
const VALUE_EXPORTS = [
  // errors
  'AlignError', 'BitextError', 'FileWriteError', 'IngestError', 'isBitextError', 'ReviewError', 'SegmentError', 'ServeError', 'TermsError', 'TmError', 'TmxParseError', 'TmxWriteError', 'UsageError',
  // positions and offset maps
  'LineIndex', 'composeOffsetMaps', 'identityOffsetMap', 'mapOffset', 'mapSpan', 'offsetMapFrom',
  // Chinese script and pinyin
  'detectChineseScript', 'toSimplified', 'toTraditional', 'simplifiedView', 'pinyinSyllables',
  // lexicon
  'parseLexicon', 'defaultLexiconPath', 'loadLexicon',
  // segment
  'CHINESE_CHAR_TOKEN', 'DEFAULT_SPLIT_OPTIONS', 'ENGLISH_WORD', 'loadChineseWordSegmenter', 'segmentParagraph', 'splitSentences', 'tokenizeChineseChars', 'tokenizeEnglish',
  // ingest
  'decodeText', 'DEFAULT_INGEST_OPTIONS', 'detectTextLanguage', 'ingest',
  // tmx
  'chineseScriptOfTag', 'createTmxDocumentWriter', 'createTmxWriter', 'DEFAULT_TMX_PARSE_OPTIONS', 'DEFAULT_TMX_WRITE_OPTIONS', 'DEFAULT_TO_TRANSLATION_UNIT_OPTIONS', 'formatTmxDate', 'isChineseTag', 'isEnglishTag',
  'parseTmx', 'parseTranslationUnits', 'PROVENANCE_PROP_TYPES', 'readTmx', 'readTranslationUnits', 'serializeTmx', 'serializeTmxDocument', 'toTranslationUnit',
  // export: TSV, parallel text, TBX
  'DEFAULT_PARALLEL_TEXT_EXPORT_OPTIONS', 'DEFAULT_TSV_EXPORT_OPTIONS', 'escapeTsvField', 'exportParallelText', 'FORMULA_START', 'exportTsv', 'LINE_BREAKS', 'TSV_COLUMNS', 'tsvRow', 'DEFAULT_TBX_OPTIONS', 'serializeTbx',
  // terms
  'createTermbase', 'DEFAULT_EXTRACT_TERMS_OPTIONS', 'extractTerms', 'parseTbx', 'parseTermsTsv', 'serializeTermsTsv', 'TERMS_TSV_COLUMNS',
  // align
  'alignSentences', 'BEAD_LINE', 'BEAD_TYPES', 'beadTypeName', 'createSentencePairScorer', 'DEFAULT_ALIGN_MODEL', 'DEFAULT_ALIGN_OPTIONS', 'DEFAULT_BEAD_STEPS', 'formatBeads',
  'PAIR_SCORE_PARAMETERS', 'parseBeadFile', 'prepareAlignLexicon', 'SCORED_BEAD_TYPES', 'scoreAlignment',
  // translation memory
  'DEFAULT_CONCORDANCE_OPTIONS', 'DEFAULT_LOOKUP_OPTIONS', 'DEFAULT_TRANSLATION_MEMORY_OPTIONS', 'fuzzyScore', 'tokenizeForMatch', 'TranslationMemory',
  // serve: live memories and the HTTP server
  'createMemoryServer', 'DEFAULT_MEMORY_SERVER_OPTIONS', 'DEFAULT_NEW_UNIT_LIMITS', 'openEmbeddedMemory', 'openPostgresMemory',
  // corpus, report, review, version
  'build', 'buildCorpus', 'DEFAULT_BUILD_OPTIONS', 'DEFAULT_CORPUS_OPTIONS', 'DEFAULT_REPORT_OPTIONS', 'renderReport', 'applyReview', 'parseReviewLog', 'REVIEW_FILE_FORMAT', 'reviewFileHeader', 'serializeReviewSave', 'VERSION',
];

describe('public API', () => {
  it('documents every export with TSDoc', () => {
    expect(undocumentedExports()).toEqual([]);
  });

  it('gives every value export an @example', () => {
    expect(valueExportsWithoutExample()).toEqual([]);
  });

  it('exports exactly the pinned values', async () => {
    expect(new Set(VALUE_EXPORTS).size, 'a name is listed twice').toBe(VALUE_EXPORTS.length);
    const keys = Object.keys(await import('../src/index')).sort();
    expect(keys).toEqual([...VALUE_EXPORTS].sort());
  });
});
