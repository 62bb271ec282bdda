// User mistakes are BitextError subclasses with a stable `code` and, when they come from a
// file, the `file` and the `place` (1-based line and column, 0-based offset). Test and branch
// on `code`, never on the message; the message says what was expected and what was found.
import {
  AlignError,
  alignSentences,
  BitextError,
  createTermbase,
  createTmxWriter,
  decodeText,
  ingest,
  IngestError,
  isBitextError,
  parseTmx,
  SegmentError,
  splitSentences,
  TermsError,
  TmError,
  TmxParseError,
  TmxWriteError,
  UsageError,
  type Lang,
} from 'bitext-tm';

/** Run `action` and describe the error it throws, as a program would handle it. */
function failure(action: () => unknown): unknown[] {
  try {
    action();
  } catch (error) {
    if (!isBitextError(error)) throw error; // a bug, not a user mistake: let it crash
    return [error.name, error.code, error.file, error.place];
  }
  return ['no error'];
}

// Bytes that are not a text file, and text in an encoding bitext-tm does not read (here French in
// Latin-1; Chinese in GB18030 or Big5 is decoded, see examples/ingest.ts).
console.log(failure(() => decodeText(new TextEncoder().encode('%PDF-1.7\n'), 'forum.pdf')));
//=> ['IngestError', 'INGEST_BINARY_INPUT', 'forum.pdf', { line: 1, column: 1, offset: 0 }]
try {
  decodeText(new Uint8Array([0x4f, 0x6e, 0x0a, 0x64, 0xe9, 0x6a, 0xe0]), 'forum-latin1.txt');
} catch (error) {
  // The one line the CLI prints: file:line:column: message [CODE]; no stack trace.
  if (error instanceof BitextError) console.log(`${error.file}:${error.place?.line}:${error.place?.column}: ${error.message} [${error.code}]`);
}
//=> 'forum-latin1.txt:2:2: Expected UTF-8 text (or Chinese in GB18030 or Big5), found the byte 0xE9, which is not valid UTF-8, and no Chinese reading of the file; save it as UTF-8. [INGEST_INVALID_ENCODING]'

// A bilingual text with no Chinese in it: nothing would align, so ingest refuses it.
console.log(failure(() => ingest({ kind: 'mixed', source: { name: 'forum.txt', text: 'The forum was held online.\nNearly 50 companies took part.\n' } })));
//=> ['IngestError', 'INGEST_NO_CHINESE_TEXT', 'forum.txt', undefined]

// Languages other than en and zh (from untyped JavaScript or JSON).
const french = 'fr' as unknown as Lang;
console.log(failure(() => splitSentences('Le forum a eu lieu.', french)));
//=> ['SegmentError', 'SEGMENT_UNKNOWN_LANG', undefined, undefined]
console.log(failure(() => alignSentences(['The forum was held.'], ['論壇舉行。'], { sourceLang: french })));
//=> ['AlignError', 'ALIGN_UNKNOWN_LANG', undefined, undefined]

// Malformed TMX: the place of the problem in the file.
const broken = '<tmx version="1.4"><header srclang="en"/><body>\n<tu><tuv xml:lang="en"><seg>Consul General</seg></tuv><tuv xml:lang="zh-CN"><seg>总领事</tuv></tu>\n</body></tmx>';
console.log(failure(() => parseTmx(broken, { file: 'fao.tmx' })));
//=> ['TmxParseError', 'TMX_MALFORMED_XML', 'fao.tmx', { line: 2, column: 85, offset: 132 }]

// Bad options and bad queries.
console.log(failure(() => createTmxWriter({ zhLang: 'zh-HK' as 'zh-TW' })));
//=> ['TmxWriteError', 'TMX_INVALID_OPTION', undefined, undefined]
console.log(failure(() => createTermbase([]).lookupTerm('  ')));
//=> ['TermsError', 'TERMS_EMPTY_QUERY', undefined, undefined]

// One base class, one subclass per stage; `name` is the subclass's name.
const error = new TmxParseError('TMX_MISSING_SEG', 'Expected <seg> inside <tuv xml:lang="zh">, found none.', { file: 'fao.tmx', place: { line: 3, column: 5, offset: 60 } });
console.log([error instanceof BitextError, error instanceof Error, error.name, error.code, error.issues]);
//=> [true, true, 'TmxParseError', 'TMX_MISSING_SEG', []]
console.log(`${error.file}:${error.place?.line}:${error.place?.column}: ${error.message} [${error.code}]`);
//=> 'fao.tmx:3:5: Expected <seg> inside <tuv xml:lang="zh">, found none. [TMX_MISSING_SEG]'
console.log(new UsageError('CLI_USAGE', 'Expected at most one "-" (standard input), found two.') instanceof BitextError);
//=> true
console.log(new TmError('TM_EMPTY_QUERY', 'Expected a query, found an empty one.') instanceof BitextError);
//=> true
console.log([IngestError, SegmentError, AlignError, TmxWriteError, TermsError].map((type) => type.prototype instanceof BitextError));
//=> [true, true, true, true, true]
console.log([isBitextError(error), isBitextError(new RangeError('line 9 is outside 1..2'))]);
//=> [true, false]
