// Save a memory's index once; open it again without rebuilding (a million units in about a second).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TranslationMemory } from 'bitext-tm';

const tm = TranslationMemory.fromUnits([
  { id: 'fao-6-1', en: 'Nearly 50 business representatives from Chongqing and Belarus attended the forum.', zh: '雙方近50家企業代表出席論壇。' },
]);
const path = join(mkdtempSync(join(tmpdir(), 'bitext-tm-')), 'memory.tmidx');
tm.save(path);
const reopened = TranslationMemory.load(path);
console.log(reopened.lookup('Nearly 60 business representatives from Chongqing and Belarus attended the forum.').map((m) => [m.tuid, m.score, m.numbersDiffer]));
//=> [['fao-6-1', 0.9090909090909091, true]]

// Pure bytes, for other storage: toBytes() and fromBytes().
console.log(TranslationMemory.fromBytes(tm.toBytes()).size);
//=> 1
