/**
 * The hostile inputs and environments of issue 14, as cases run against the
 * built CLI: each says what it runs, prepares its files, and checks the
 * outcome. test/robust/robust.test.ts runs every case at test scale;
 * `npm run bench:robust` (test/bench/robust.ts) runs them at full scale,
 * timed, and prints the table of the README.
 *
 * Every outcome must also pass the common bar: exit 0 or 1 (never 70, never
 * a crash), no stack trace, and on exit 1 a last line `bitext-tm <command>:
 * [file[:line:column]: ]message [CODE]`.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTmx } from '../../src/tmx/read/parse-tmx';
import type { Environment, Outcome } from './run-measured';

/** `test`: small inputs, every case in seconds; `bench`: the sizes of the issue's bars. */
export type Scale = 'test' | 'bench';

/** One run of a case: the CLI arguments (cwd: the repository) and its environment. */
export interface Run {
  readonly args: readonly string[];
  readonly environment?: Environment;
  readonly stdin?: string;
}

/** A case: what it is, how to prepare it, and what a right outcome is. */
export interface RobustCase {
  /** What is tried, e.g. "build: 10,000 alternating paragraphs". */
  readonly name: string;
  /** The item of issue 14 it comes from. */
  readonly item: string;
  /** The bar at bench scale, when there is one beyond the common bar (seconds, peak memory). */
  readonly limits?: { readonly seconds?: number; readonly peakMb?: number };
  prepare(work: string): Run;
  /** Problems with the outcome (empty: the case passes). */
  check(outcome: Outcome, work: string): string[];
}

const SEED_TMX = 'corpus/out/chongqing-fao-2022.en-zh.tmx';
const SEED_UNITS = 'corpus/out/chongqing-fao-2022.en-zh.units.json';

/** The common bar; problems found. */
export function commonProblems(outcome: Outcome): string[] {
  const problems: string[] = [];
  if (outcome.code !== 0 && outcome.code !== 1) problems.push(`exit ${String(outcome.code)} (expected 0 or 1)`);
  if (/\n\s+at \S/u.test(outcome.stderr) || outcome.stderr.includes('internal error')) problems.push('a stack trace or "internal error" on stderr');
  if (outcome.code === 1 && !/(?:^|\n)bitext-tm[ a-z]*: [^\n]*\[[A-Z0-9_]+\]\n$/u.test(outcome.stderr)) problems.push(`exit 1 without a last line "bitext-tm …: … [CODE]": ${JSON.stringify(outcome.stderr.slice(-300))}`);
  return problems;
}

/** The error code of the last line, or undefined. */
export function errorCode(outcome: Outcome): string | undefined {
  return /\[([A-Z0-9_]+)\]\n$/u.exec(outcome.stderr)?.[1];
}

const expectCode = (outcome: Outcome, code: string): string[] => (outcome.code === 1 && errorCode(outcome) === code ? [] : [`expected exit 1 with [${code}], found exit ${String(outcome.code)}: ${outcome.stderr.slice(-300)}`]);
const expectSuccess = (outcome: Outcome): string[] => (outcome.code === 0 ? [] : [`expected exit 0, found ${String(outcome.code)}: ${outcome.stderr.slice(-300)}`]);
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** English and Chinese paragraphs that alternate, `pairs` of each (the issue's reproduction). */
function alternating(pairs: number): string {
  let text = '';
  for (let i = 0; i < pairs; i++) text += `Item ${i} opened.\n第${i}項開幕。\n`;
  return text;
}

/** The units.json of a build in `dir`. */
function readUnits(dir: string, name: string): { summary: { units: { accepted: number }; unaligned: { en: number; zh: number } } } {
  return JSON.parse(readFileSync(join(dir, `${name}.units.json`), 'utf8')) as { summary: { units: { accepted: number }; unaligned: { en: number; zh: number } } };
}

/** A folder nobody else may write to (owned by root when the tests run as root, made read-only for the run otherwise). */
function lockedFolder(work: string): string {
  chmodSync(work, 0o755); // the run's user must reach it
  const folder = join(work, 'locked');
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** What each command that writes needs, to write into `target` (a folder for build and terms, a file otherwise). */
const WRITERS: readonly { readonly command: string; readonly args: (target: string) => string[]; readonly folder: boolean }[] = [
  { command: 'build', args: (target) => ['build', 'corpus/raw/chongqing-fao-2022.en-zh.txt', '--out', target], folder: true },
  { command: 'terms', args: (target) => ['terms', '--units', SEED_UNITS, '--out', target], folder: true },
  { command: 'tmx convert', args: (target) => ['tmx', 'convert', SEED_TMX, '--to', 'tmx', '--out', join(target, 'out.tmx')], folder: false },
  { command: 'index', args: (target) => ['index', '--tm', SEED_TMX, '--out', join(target, 'out.tmidx')], folder: false },
];

/** A TMX with a unit nested `depth` elements deep. */
function deepTmx(depth: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu tuid="1"><tuv xml:lang="en"><seg>Save the file.</seg></tuv><tuv xml:lang="zh-CN"><seg>保存文件。</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="en"><seg>${'<hi>'.repeat(depth)}deep${'</hi>'.repeat(depth)}</seg></tuv><tuv xml:lang="zh-CN"><seg>深</seg></tuv></tu>
</body></tmx>
`;
}

/** A TMX another tool wrote: two Chinese variants, attributes, notes, props, header props and ude, inline markup. */
const RICH_TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="SomeCAT" creationtoolversion="9" segtype="sentence" o-tmf="scat" adminlang="en-US" srclang="en-US" datatype="html" creationdate="20221101T000000Z">
    <prop type="client">Chongqing FAO</prop>
    <note>Exported for review.</note>
    <ude name="MacRoman" base="Macintosh"><map unicode="#xF8FF" code="#xF0" ent="Apple_logo" subst="[Apple]"/></ude>
  </header>
  <body>
    <tu tuid="9" creationdate="20221115T093000Z" usagecount="3" changeid="li">
      <prop type="x-domain">diplomacy</prop>
      <note>Checked by the client.</note>
      <tuv xml:lang="en-US" creationid="wang"><prop type="x-style">formal</prop><seg>the <bpt i="1">&lt;b&gt;</bpt>Great Stone<ept i="1">&lt;/b&gt;</ept> park &amp; <ph x="1">&lt;br/&gt;</ph>zone</seg></tuv>
      <tuv xml:lang="zh-CN"><seg><bpt i="1">&lt;b&gt;</bpt>中白工业园<ept i="1">&lt;/b&gt;</ept><ph x="1">&lt;br/&gt;</ph>园区</seg></tuv>
      <tuv xml:lang="zh-TW"><note>Taiwan usage</note><seg>中白工業園區</seg></tuv>
    </tu>
    <tu tuid="10"><tuv xml:lang="en-US"><seg>=SUM(A1:A3)</seg></tuv><tuv xml:lang="zh-CN"><seg>-合计</seg></tuv></tu>
  </body>
</tmx>
`;

/** A TMX document without reader positions, for comparing what two files hold. */
function documentOf(path: string): unknown {
  const { value } = parseTmx(readFileSync(path), { inline: 'tags' });
  return { header: value.header, units: value.units.map(({ place: _place, index: _index, ...unit }) => unit) };
}

/** Every case, at `scale`. */
export function robustCases(scale: Scale): RobustCase[] {
  const alternatingSizes = scale === 'bench' ? [10_000, 100_000] : [1_000];
  const cases: RobustCase[] = alternatingSizes.map((paragraphs) => ({
    name: `build: ${paragraphs.toLocaleString('en')} alternating paragraphs`,
    item: '1',
    limits: paragraphs <= 10_000 ? { seconds: 30, peakMb: 2048 } : { seconds: 300, peakMb: 2048 },
    prepare: (work) => {
      writeFileSync(join(work, 'alt.txt'), alternating(paragraphs / 2));
      return { args: ['build', join(work, 'alt.txt'), '--out', join(work, 'out')] };
    },
    check: (outcome, work) => {
      const problems = expectSuccess(outcome);
      if (problems.length > 0) return problems;
      const { summary } = readUnits(join(work, 'out'), 'alt');
      if (summary.units.accepted !== paragraphs / 2) problems.push(`expected ${paragraphs / 2} units in the TMX, found ${summary.units.accepted}`);
      if (summary.unaligned.en + summary.unaligned.zh > 0) problems.push(`expected no unaligned sentence, found ${summary.unaligned.en + summary.unaligned.zh}`);
      return problems;
    },
  }));

  // Past maxLineLength (1,000,000 characters) at both scales: half of the bytes are English (1 byte a character).
  const oneLineBytes = scale === 'bench' ? 10 * 2 ** 20 : 2_400_000;
  cases.push({
    name: `build: one line of ${(oneLineBytes / 2 ** 20).toFixed(1)} MB (no line ends)`,
    item: '6',
    limits: { seconds: 60, peakMb: 1024 },
    prepare: (work) => {
      // Half English, half Chinese, on one line: the size of a file whose line ends were lost.
      const en = 'The forum opened in Chongqing on May 3rd. ';
      const zh = '論壇於5月3日在重慶開幕。';
      const line = en.repeat(Math.ceil(oneLineBytes / 2 / Buffer.byteLength(en))) + zh.repeat(Math.ceil(oneLineBytes / 2 / Buffer.byteLength(zh)));
      writeFileSync(join(work, 'oneline.txt'), line);
      return { args: ['build', join(work, 'oneline.txt'), '--out', join(work, 'out')] };
    },
    // A line of more than 1,000,000 characters is refused before any work: one line, its place.
    check: (outcome) => [...expectCode(outcome, 'INGEST_LINE_TOO_LONG'), ...(outcome.stderr.includes('oneline.txt:1:1:') ? [] : ['the error does not point at line 1, column 1'])],
  });

  cases.push({
    name: 'build: a 900,000-character line (processed)',
    item: '6',
    limits: { seconds: 60, peakMb: 1024 },
    prepare: (work) => {
      const pairs = scale === 'bench' ? 12_000 : 1_200;
      let en = '';
      let zh = '';
      for (let i = 0; i < pairs; i++) {
        en += `Item ${i} opened in Chongqing on May ${(i % 28) + 1}. `;
        zh += `第${i}項於5月${(i % 28) + 1}日在重慶開幕。`;
      }
      writeFileSync(join(work, 'longline.txt'), `${en}${zh}\n`);
      return { args: ['build', join(work, 'longline.txt'), '--out', join(work, 'out')] };
    },
    check: (outcome, work) => {
      const problems = expectSuccess(outcome);
      if (problems.length > 0) return problems;
      const accepted = readUnits(join(work, 'out'), 'longline').summary.units.accepted;
      const pairs = scale === 'bench' ? 12_000 : 1_200;
      return accepted >= pairs * 0.95 ? [] : [`expected about ${pairs} units, found ${accepted}`];
    },
  });

  cases.push({
    name: 'build: a 260 KB line of control characters',
    item: '6',
    prepare: (work) => {
      writeFileSync(join(work, 'controls.txt'), `${'a\u0001'.repeat(130_000)} The forum opened.\n論壇開幕。\n`);
      return { args: ['build', join(work, 'controls.txt'), '--out', join(work, 'out')] };
    },
    check: (outcome, work) => {
      const problems = expectSuccess(outcome);
      if (!outcome.stderr.includes('INGEST_CONTROL_CHARACTER 130000')) problems.push('the summary does not count the 130,000 removed control characters');
      if (existsSync(join(work, 'out', 'controls.tmx')) && readFileSync(join(work, 'out', 'controls.tmx'), 'utf8').includes('\u0001')) problems.push('a control character reached the TMX');
      return problems;
    },
  });

  cases.push({
    name: 'tmx convert a.tmx --to tmx --out a.tmx',
    item: '2',
    prepare: (work) => {
      writeFileSync(join(work, 'a.tmx'), readFileSync(SEED_TMX));
      writeFileSync(join(work, 'a.sha'), sha(join(work, 'a.tmx')));
      return { args: ['tmx', 'convert', join(work, 'a.tmx'), '--to', 'tmx', '--out', join(work, 'a.tmx')] };
    },
    check: (outcome, work) => [...expectCode(outcome, 'FILE_SAME_AS_INPUT'), ...(sha(join(work, 'a.tmx')) === readFileSync(join(work, 'a.sha'), 'utf8') ? [] : ['a.tmx changed'])],
  });

  cases.push({
    name: 'index --tm a.tmx --out a.tmx',
    item: '2',
    prepare: (work) => {
      writeFileSync(join(work, 'a.tmx'), readFileSync(SEED_TMX));
      writeFileSync(join(work, 'a.sha'), sha(join(work, 'a.tmx')));
      return { args: ['index', '--tm', join(work, 'a.tmx'), '--out', join(work, 'a.tmx')] };
    },
    check: (outcome, work) => [...expectCode(outcome, 'FILE_SAME_AS_INPUT'), ...(sha(join(work, 'a.tmx')) === readFileSync(join(work, 'a.sha'), 'utf8') ? [] : ['a.tmx changed'])],
  });

  cases.push({
    name: 'build: a form feed and U+FFFE in the text',
    item: '3',
    prepare: (work) => {
      writeFileSync(join(work, 'ff.txt'), 'On May 3rd, 2023, the forum\f opened in Chongqing.\n2023年5月3日，論壇在重慶開幕\uFFFE。\n');
      return { args: ['build', join(work, 'ff.txt'), '--out', join(work, 'out')] };
    },
    check: (outcome, work) => {
      const problems = expectSuccess(outcome);
      if (!/ingest: INGEST_CONTROL_CHARACTER 2/u.test(outcome.stderr)) problems.push('the summary does not report the two characters');
      const issues = existsSync(join(work, 'out', 'ff.issues.json')) ? readFileSync(join(work, 'out', 'ff.issues.json'), 'utf8') : '';
      if ((issues.match(/INGEST_CONTROL_CHARACTER/gu) ?? []).length < 2) problems.push('ff.issues.json does not list both');
      return problems;
    },
  });

  for (const writer of WRITERS) {
    cases.push({
      name: `${writer.command}: --out ${writer.folder ? 'is a file' : 'is a folder'}`,
      item: '4',
      prepare: (work) => {
        if (writer.folder) writeFileSync(join(work, 'target'), 'a file');
        else mkdirSync(join(work, 'target', writer.command === 'index' ? 'out.tmidx' : 'out.tmx'), { recursive: true });
        return { args: writer.args(join(work, 'target')) };
      },
      check: (outcome) => expectCode(outcome, writer.folder ? 'FILE_NOT_A_FOLDER' : 'FILE_IS_A_FOLDER'),
    });
    cases.push({
      name: `${writer.command}: into a read-only folder`,
      item: '4',
      prepare: (work) => {
        const folder = lockedFolder(work);
        return { args: writer.args(folder), environment: { kind: 'read-only-folder', folder } };
      },
      check: (outcome, work) => [...expectCode(outcome, 'FILE_NOT_WRITABLE'), ...(readdirSync(join(work, 'locked')).length === 0 ? [] : ['files were left in the folder'])],
    });
    cases.push({
      name: `${writer.command}: onto a full disk (12 KB tmpfs)`,
      item: '4',
      prepare: (work) => {
        const at = join(work, 'disk');
        const old = writer.folder ? (writer.command === 'build' ? 'chongqing-fao-2022.en-zh.tmx' : 'chongqing-fao-2022.en-zh.terms.tsv') : writer.command === 'index' ? 'out.tmidx' : 'out.tmx';
        return { args: writer.args(at), environment: { kind: 'small-disk', at, kilobytes: 12, setup: `printf 'old output' > "$1/${old}"` } };
      },
      check: (outcome) => {
        const files = outcome.diskFiles ?? {};
        const problems = expectCode(outcome, 'FILE_DISK_FULL');
        const names = Object.keys(files);
        if (names.length !== 1) problems.push(`expected only the old output on the disk, found ${names.join(', ')}`);
        if (Object.values(files)[0] !== 'old output') problems.push('the old output was changed');
        return problems;
      },
    });
  }

  cases.push({
    name: 'build: onto a read-only file system',
    item: '4',
    prepare: (work) => ({ args: ['build', 'corpus/raw/chongqing-fao-2022.en-zh.txt', '--out', join(work, 'rofs')], environment: { kind: 'small-disk', at: join(work, 'rofs'), kilobytes: 64, readOnly: true } }),
    check: (outcome) => expectCode(outcome, 'FILE_NOT_WRITABLE'),
  });

  for (const [command, args] of [
    ['tmx check', (file: string) => ['tmx', 'check', file]],
    ['tmx convert', (file: string) => ['tmx', 'convert', file, '--to', 'tmx']],
    ['lookup', (file: string) => ['lookup', '--tm', file, 'Save the file.']],
    ['index', (file: string, work: string) => ['index', '--tm', file, '--out', join(work, 'deep.tmidx')]],
  ] as const) {
    cases.push({
      name: `${command}: inline markup 6,000 deep (54 KB)`,
      item: '5',
      prepare: (work) => {
        writeFileSync(join(work, 'deep.tmx'), deepTmx(6000));
        return { args: args(join(work, 'deep.tmx'), work) };
      },
      check: (outcome) => expectCode(outcome, 'TMX_NESTING_TOO_DEEP'),
    });
  }

  cases.push({
    name: 'tmx convert --to tmx: variants, attributes, notes, props, header, inline tags',
    item: '7',
    prepare: (work) => {
      writeFileSync(join(work, 'rich.tmx'), RICH_TMX);
      return { args: ['tmx', 'convert', join(work, 'rich.tmx'), '--to', 'tmx', '--out', join(work, 'copy.tmx')] };
    },
    check: (outcome, work) => {
      const problems = expectSuccess(outcome);
      if (problems.length > 0) return problems;
      return JSON.stringify(documentOf(join(work, 'copy.tmx'))) === JSON.stringify(documentOf(join(work, 'rich.tmx'))) ? [] : ['the copy does not read as the same document'];
    },
  });

  cases.push({
    name: 'tmx convert --to tsv: what TSV cannot carry, per unit',
    item: '7',
    prepare: (work) => {
      writeFileSync(join(work, 'rich.tmx'), RICH_TMX);
      return { args: ['tmx', 'convert', join(work, 'rich.tmx'), '--to', 'tsv', '--out', join(work, 'rich.tsv')] };
    },
    check: (outcome) => [
      ...expectSuccess(outcome),
      ...(/rich\.tmx:\d+:\d+: warning: tsv cannot carry this of unit "9": variant zh-TW; prop x-domain; attributes creationdate, usagecount, changeid; 1 note;.* \[EXPORT_NOT_CARRIED\]/u.test(outcome.stderr) ? [] : ['unit 9 was not reported with what it lost']),
    ],
  });

  cases.push({
    name: 'build --name ../../x',
    item: '10',
    prepare: (work) => {
      writeFileSync(join(work, 'n.txt'), 'The forum opened.\n論壇開幕。\n');
      return { args: ['build', join(work, 'n.txt'), '--out', join(work, 'a', 'b'), '--name', '../../x'] };
    },
    check: (outcome, work) => [...expectCode(outcome, 'CORPUS_INVALID_OPTION'), ...(existsSync(join(work, 'x.tmx')) || existsSync(join(work, 'a')) ? ['something was written'] : [])],
  });

  cases.push({
    name: 'tmx convert --to tsv: cells starting with = + - @',
    item: '11',
    prepare: (work) => {
      writeFileSync(join(work, 'rich.tmx'), RICH_TMX);
      return { args: ['tmx', 'convert', join(work, 'rich.tmx'), '--to', 'tsv', '--formulas', 'escape'] };
    },
    check: (outcome) => [
      ...expectSuccess(outcome),
      ...((outcome.stderr.match(/\[EXPORT_FORMULA_CELL\]/gu) ?? []).length === 2 ? [] : ['the two formula-like cells were not both reported']),
      ...(outcome.stdout.includes("\n'=SUM(A1:A3)\t'-合计\t") ? [] : ['the cells were not escaped']),
    ],
  });

  for (const [encoding, file, bytes] of [
    ['Big5', 'big5.txt', Buffer.concat([Buffer.from('The forum opened in Chongqing.\n'), Buffer.from([0xbd, 0xd7, 0xbe, 0xc2, 0xa6, 0x62, 0xad, 0xab, 0xbc, 0x79, 0xb6, 0x7d, 0xb9, 0xf5, 0xa1, 0x43, 0x0a])])],
    ['GB18030', 'gb.txt', Buffer.concat([Buffer.from('The forum opened in Chongqing.\n'), Buffer.from([0xc2, 0xdb, 0xcc, 0xb3, 0xd4, 0xda, 0xd6, 0xd8, 0xc7, 0xec, 0xbf, 0xaa, 0xc4, 0xbb, 0xa1, 0xa3, 0x0a])])],
  ] as const) {
    cases.push({
      name: `build: a ${encoding} file`,
      item: '12',
      prepare: (work) => {
        writeFileSync(join(work, file), bytes);
        return { args: ['build', join(work, file), '--out', join(work, 'out'), '--zh-lang', 'zh'] };
      },
      check: (outcome, work) => {
        const problems = expectSuccess(outcome);
        if (!outcome.stderr.includes('input: INGEST_LEGACY_ENCODING 1')) problems.push('the encoding was not reported');
        const tmx = existsSync(join(work, 'out', file.replace('.txt', '.tmx'))) ? readFileSync(join(work, 'out', file.replace('.txt', '.tmx')), 'utf8') : '';
        if (!/<seg>論壇在重慶開幕。<\/seg>|<seg>论坛在重庆开幕。<\/seg>/u.test(tmx)) problems.push('the Chinese did not reach the TMX intact');
        return problems;
      },
    });
  }

  cases.push({
    name: 'build: CR-only line ends',
    item: '12',
    prepare: (work) => {
      writeFileSync(join(work, 'mac.txt'), 'The forum opened.\r論壇開幕。\rNearly 50 companies took part.\r近50家企業參加。\r');
      return { args: ['build', join(work, 'mac.txt'), '--out', join(work, 'out')] };
    },
    check: (outcome, work) => {
      const problems = expectSuccess(outcome);
      return problems.length > 0 ? problems : readUnits(join(work, 'out'), 'mac').summary.units.accepted === 2 ? [] : ['expected 2 units'];
    },
  });

  cases.push({
    name: 'an ambiguous option (concordance --limit -1)',
    item: '12',
    prepare: () => ({ args: ['concordance', '--tm', SEED_TMX, '--limit', '-1', 'forum'] }),
    check: (outcome) => [...expectCode(outcome, 'CLI_USAGE'), ...(outcome.stderr.split('\n').length === 2 ? [] : ['more than one line'])],
  });

  cases.push({
    name: 'tmx check: a unit over the size limit',
    item: '12',
    prepare: (work) => {
      writeFileSync(join(work, 'big.tmx'), `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>${'x'.repeat(1_100_000)}</seg></tuv></tu></body></tmx>`);
      return { args: ['tmx', 'check', join(work, 'big.tmx')] };
    },
    check: (outcome) => [...expectCode(outcome, 'TMX_OVERSIZED_ELEMENT'), ...(outcome.stderr.includes('maxElementLength') ? ['the message names an option the CLI does not have'] : [])],
  });

  return cases;
}
