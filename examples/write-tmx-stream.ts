// Write a memory of any size in constant memory: units in, 64 KiB chunks of TMX out.
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createTmxWriter, DEFAULT_TMX_WRITE_OPTIONS, type TranslationUnit } from 'bitext-tm';

const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-example-'));
const path = join(dir, 'memory.tmx');

// Any iterable or async iterable of units: an array here, a database cursor in real life.
const units: TranslationUnit[] = [
  { id: 'a0-u0', en: 'The forum was held online on November 15th, 2022.', zh: '2022年11月15日，論壇以線上形式舉行。', confidence: 0.99 },
  { id: 'a0-u1', en: 'Nearly 50 business representatives attended the forum.', zh: '雙方近50家企業代表出席論壇。', confidence: 0.97 },
  { id: 'a1-u0', en: 'Nearly 50 business representatives attended the forum.', zh: '雙方近50家企業代表出席論壇。', confidence: 0.93 },
];

// The writer never reads the clock: pass SOURCE_DATE_EPOCH (seconds) for a reproducible creationdate.
const epoch = process.env['SOURCE_DATE_EPOCH'];
const writer = createTmxWriter(epoch === undefined ? {} : { creationDate: Number(epoch) });
await pipeline(writer.chunks(units), createWriteStream(path));
// zh-CN (the default) means Simplified: the Traditional text was converted, and that is reported.
console.log([writer.stats.written, writer.issues.map((issue) => issue.code)]);
//=> [3, ['TMX_SCRIPT_CONVERTED']]

// Keep Traditional Chinese (zh-TW) and write each English–Chinese pair once.
console.log([DEFAULT_TMX_WRITE_OPTIONS.zhLang, DEFAULT_TMX_WRITE_OPTIONS.convertChinese, DEFAULT_TMX_WRITE_OPTIONS.illegalChars]);
//=> ['zh-CN', 'auto', 'remove']
const traditional = createTmxWriter({ zhLang: 'zh-TW', dedupe: true });
await pipeline(traditional.chunks(units), createWriteStream(path));
console.log(traditional.stats);
//=> { units: 3, written: 2, empty: 0, duplicates: 1, trimmed: 0, illegalCharsRemoved: 0, converted: 0 }
console.log(traditional.issues.map((issue) => [issue.code, issue.message]));
//=> [['TMX_DUPLICATE_UNIT', 'Skipped unit "a1-u0": the same English and Chinese were already written.']]
console.log(readFileSync(path, 'utf8').includes('<tuv xml:lang="zh-TW"><seg>雙方近50家企業代表出席論壇。</seg></tuv>'));
//=> true

// Or drive it by hand: start, one write per unit ('' when skipped), end.
const manual = createTmxWriter({ doctype: false, provenance: false });
const tmx = manual.start() + units.map((unit) => manual.write(unit)).join('') + manual.end();
console.log(tmx.split('\n').slice(4, 8));
//=> ['    <tu tuid="a0-u0">', '      <tuv xml:lang="en"><seg>The forum was held online on November 15th, 2022.</seg></tuv>',
//    '      <tuv xml:lang="zh-CN"><seg>2022年11月15日，论坛以线上形式举行。</seg></tuv>', '    </tu>']

rmSync(dir, { recursive: true });
