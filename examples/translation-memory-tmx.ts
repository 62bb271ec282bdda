// A memory from any TMX file (streamed), e.g. one a CAT tool exported.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TranslationMemory } from 'bitext-tm';

const path = join(mkdtempSync(join(tmpdir(), 'bitext-tm-')), 'memory.tmx');
writeFileSync(
  path,
  `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="CAT" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
    <tu tuid="fao-22-4">
      <tuv xml:lang="en"><seg>Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.</seg></tuv>
      <tuv xml:lang="zh-TW"><seg>重慶市政府外辦副主任周毅主持會議。</seg></tuv>
    </tu>
    <tu tuid="only-french">
      <tuv xml:lang="en"><seg>The forum was held online.</seg></tuv>
      <tuv xml:lang="fr"><seg>Le forum s'est tenu en ligne.</seg></tuv>
    </tu>
  </body>
</tmx>
`,
);
const tm = await TranslationMemory.fromTmx(path);
console.log(tm.size);
//=> 1
console.log(tm.issues.map((issue) => [issue.code, issue.place?.line]));
//=> [['TMX_MISSING_LANG', 9]]
console.log(tm.lookup('Li Mingquan, Deputy Director-General of Chongqing FAO, presided over the meeting.').map((m) => [m.tuid, m.target]));
//=> [['fao-22-4', '重慶市政府外辦副主任周毅主持會議。']]
