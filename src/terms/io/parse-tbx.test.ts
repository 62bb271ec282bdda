import { describe, expect, it } from 'vitest';
import { serializeTbx } from '../../export/serialize-tbx';
import { isBitextError } from '../../errors';
import type { Term } from '../../types';
import { parseTbx } from './parse-tbx';

const V2 = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en">
  <text><body>
    <termEntry id="c1">
      <descrip type="subjectField">organization</descrip>
      <langSet xml:lang="en"><tig><term>United Nations</term></tig><tig><term>UN</term></tig></langSet>
      <langSet xml:lang="zh-CN"><ntig><termGrp><term>联合国</term></termGrp></ntig></langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="en"><tig><term>Mars</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
`;

const V3 = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="x">
      <langSec xml:lang="en"><termSec><term>Consul General</term></termSec></langSec>
      <langSec xml:lang="zh-Hant"><termSec><term>總領事</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
`;

function caught(run: () => unknown): { code: string; line: number | undefined } {
  try {
    run();
  } catch (error) {
    if (isBitextError(error)) return { code: error.code, line: error.place?.line };
    throw error;
  }
  throw new Error('expected an error');
}

describe('parseTbx', () => {
  it('reads TBX v2 (tig and ntig): every English form with every Chinese form, one entry', () => {
    const terms = parseTbx(V2);
    expect(terms.map((t) => [t.en, t.zh, t.entry, t.type])).toEqual([
      ['United Nations', '联合国', 'c1', 'org'],
      ['UN', '联合国', 'c1', 'org'],
    ]);
  });

  it('reads TBX v3 and gives the Simplified form', () => {
    expect(parseTbx(V3).map((t) => [t.en, t.zh, t.zhHans])).toEqual([['Consul General', '總領事', '总领事']]);
  });

  it('reads back what serializeTbx writes, with the recorded confidence', () => {
    const written: Term[] = [{ type: 'person', en: 'Wang Wen', zh: '王雯', zhHans: '王雯', count: 2, confidence: 0.93, methods: ['pinyin'], units: ['u1', 'u2'], examples: [], entry: 'e1' }];
    const back = parseTbx(serializeTbx(written));
    expect(back.map((t) => [t.type, t.en, t.zh, t.confidence, t.count, t.methods, t.entry])).toEqual([['person', 'Wang Wen', '王雯', 0.93, 2, ['pinyin'], 'e1']]);
  });

  it('refuses an internal DTD subset, malformed XML and other XML with a place', () => {
    expect(caught(() => parseTbx('<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY a "b">]>\n<martif/>'))).toEqual({ code: 'TBX_MALFORMED', line: 2 });
    expect(caught(() => parseTbx('<martif>\n<text><body>\n<termEntry></body>\n</martif>'))).toEqual({ code: 'TBX_MALFORMED', line: 3 });
    expect(caught(() => parseTbx('<html><body/></html>'))).toEqual({ code: 'TBX_MALFORMED', line: 1 });
  });

  it('says when no entry has both languages', () => {
    expect(caught(() => parseTbx('<martif><text><body><termEntry><langSet xml:lang="fr"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>')).code).toBe('TBX_NO_TERMS');
  });
});
