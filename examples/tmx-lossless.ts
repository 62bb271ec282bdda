// A TMX from another tool, read and written back with nothing lost: every language variant,
// the attributes of <tu> and <tuv>, props, notes, the header's <ude>, and inline markup.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTmxDocumentWriter, parseTmx, readTmx, serializeTmxDocument } from 'bitext-tm';

const memory = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="SomeCAT" creationtoolversion="9" segtype="sentence" o-tmf="scat" adminlang="en-US" srclang="en-US" datatype="html">
    <prop type="client">Chongqing FAO</prop>
    <ude name="MacRoman" base="Macintosh"><map unicode="#xF8FF" code="#xF0" ent="Apple_logo" subst="[Apple]"/></ude>
  </header>
  <body>
    <tu tuid="9" creationdate="20221115T093000Z" usagecount="3">
      <note>Checked by the client.</note>
      <tuv xml:lang="en-US" changeid="li"><seg>the <bpt i="1">&lt;b&gt;</bpt>Great Stone<ept i="1">&lt;/b&gt;</ept> park</seg></tuv>
      <tuv xml:lang="zh-CN"><seg>中白工业园</seg></tuv>
      <tuv xml:lang="zh-TW"><seg>中白工業園</seg></tuv>
    </tu>
  </body>
</tmx>
`;

// Read with inline: 'tags' and write with the same: parsing the output gives the document back.
const { value } = parseTmx(memory, { inline: 'tags' });
const again = serializeTmxDocument(value, { inline: 'tags' }).value;
console.log(parseTmx(again, { inline: 'tags' }).value.units[0]?.variants.map((v) => [v.lang, v.text, v.attributes]));
//=> [['en-US', 'the <bpt i="1">&lt;b&gt;</bpt>Great Stone<ept i="1">&lt;/b&gt;</ept> park', { changeid: 'li' }],
//    ['zh-CN', '中白工业园', {}], ['zh-TW', '中白工業園', {}]]
console.log(parseTmx(again).value.header.udes);
//=> [{ attributes: { name: 'MacRoman', base: 'Macintosh' }, maps: [{ unicode: '#xF8FF', code: '#xF0', ent: 'Apple_logo', subst: '[Apple]' }] }]
console.log(again.includes('<tu tuid="9" creationdate="20221115T093000Z" usagecount="3">'));
//=> true

// Streaming, for a memory of any size; options change only what they name, and say so.
const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-example-'));
const path = join(dir, 'memory.tmx');
writeFileSync(path, memory);
const reader = readTmx(createReadStream(path), { inline: 'tags' });
const writer = createTmxDocumentWriter({ inline: 'tags', zhLang: 'zh-TW' });
let tmx = '';
for await (const unit of reader) tmx += (tmx === '' ? writer.start(reader.header) : '') + writer.write(unit);
tmx += writer.end();
console.log([writer.stats.retagged, writer.stats.converted, writer.stats.merged, writer.issues.map((issue) => issue.code)]);
//=> [1, 1, 1, ['TMX_SCRIPT_CONVERTED']]
console.log(tmx.split('<tuv xml:lang="zh-TW"><seg>中白工業園</seg></tuv>').length - 1);
//=> 1
rmSync(dir, { recursive: true });
