// Read a TMX file of any size in bounded memory: units come out one at a time.
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createTmxWriter, isBitextError, readTmx, readTranslationUnits, type TranslationUnit } from 'bitext-tm';

const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-example-'));
const path = join(dir, 'memory.tmx');
// A memory from the main job; unit a0-u1 is a wrong pair that the aligner gave a low confidence.
writeFileSync(
  path,
  `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="en" creationtool="bitext-tm" segtype="sentence" o-tmf="bitext-tm" adminlang="en" datatype="plaintext"/>
  <body>
    <tu tuid="a0-u0"><prop type="x-confidence">0.99</prop>
      <tuv xml:lang="en"><seg>The forum was held online on November 15th, 2022.</seg></tuv>
      <tuv xml:lang="zh-TW"><seg>2022年11月15日，論壇以線上形式舉行。</seg></tuv></tu>
    <tu tuid="a0-u1"><prop type="x-confidence">0.42</prop>
      <tuv xml:lang="en"><seg>Source: Chongqing Foreign Affairs Office</seg></tuv>
      <tuv xml:lang="zh-TW"><seg>雙方近50家企業代表出席論壇。</seg></tuv></tu>
    <tu tuid="a0-u2"><prop type="x-confidence">0.97</prop>
      <tuv xml:lang="en"><seg>Nearly 50 business representatives attended the forum.</seg></tuv>
      <tuv xml:lang="zh-TW"><seg>雙方近50家企業代表出席論壇。</seg></tuv></tu>
  </body>
</tmx>
`,
);

// Every unit and language, as parseTmx gives them; the header is known before the first unit.
const reader = readTmx(createReadStream(path));
for await (const unit of reader) console.log(unit.tuid, unit.variants.length);
//=> ['a0-u0', 2]
//=> ['a0-u1', 2]
//=> ['a0-u2', 2]
console.log(reader.header?.srclang, reader.issues.length);
//=> ['en', 0]

// The English–Chinese view, streamed: keep the confident units and write them to a new
// memory, never holding the whole file (readTranslationUnits → filter → createTmxWriter).
async function* confident(units: AsyncIterable<TranslationUnit>): AsyncGenerator<TranslationUnit> {
  for await (const unit of units) if ((unit.confidence ?? 0) >= 0.9) yield unit;
}
const filtered = join(dir, 'confident.tmx');
const writer = createTmxWriter({ zhLang: 'zh-TW' });
await pipeline(writer.chunks(confident(readTranslationUnits(createReadStream(path)))), createWriteStream(filtered));
console.log([writer.stats.units, writer.stats.written]);
//=> [2, 2]

const units: TranslationUnit[] = [];
for await (const unit of readTranslationUnits(createReadStream(filtered))) units.push(unit);
console.log(units.map((unit) => [unit.id, unit.confidence]));
//=> [['a0-u0', 0.99], ['a0-u2', 0.97]]
console.log(readFileSync(filtered, 'utf8').includes('Source: Chongqing'));
//=> false

// A broken file: TmxParseError with the file and the place of the problem.
writeFileSync(path, readFileSync(path, 'utf8').replace('</seg></tuv></tu>\n    <tu tuid="a0-u2">', '</seg></tu>\n    <tu tuid="a0-u2">'));
const readBeforeTheError: string[] = [];
try {
  for await (const unit of readTmx(createReadStream(path), { file: 'memory.tmx' })) readBeforeTheError.push(unit.tuid ?? '');
} catch (error) {
  if (!isBitextError(error)) throw error;
  console.log([error.name, error.code, error.file, error.place?.line]);
}
//=> ['TmxParseError', 'TMX_MALFORMED_XML', 'memory.tmx', 10]

rmSync(dir, { recursive: true });
