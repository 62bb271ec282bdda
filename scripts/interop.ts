/**
 * npm run test:interop [-- FILE.tmx|FILE.tbx ...]
 *
 * Hands TMX files to the real clients through ../shared/tools/tmx_check.sh
 * (xmllint + the TMX 1.4 DTD, translate-toolkit, OmegaT console mode), and
 * TBX files through ../shared/tools/tbx_check.sh (translate-toolkit, OmegaT's
 * TBX reader). Without arguments it checks the TMX written from
 * test/fixtures/tmx-interop/units.json and every corpus/out/*.tmx and *.tbx.
 * The first run installs Debian packages (libxml2-utils, python3-translate,
 * omegat: about 25 s here). Exit 0 only when every file passes every check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTranslationUnits, serializeTmx, type TranslationUnit } from '../src/index';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env['BITEXT_SHARED'] ?? join(ROOT, '..', 'shared');
const CHECK = join(SHARED, 'tools', 'tmx_check.sh');
const TBX_CHECK = join(SHARED, 'tools', 'tbx_check.sh');
/** A fixed creation date keeps the fixture TMX byte-identical between runs (2022-11-15T00:00:00Z). */
const FIXTURE_DATE = 1_668_470_400;

function fixtureTmx(): string {
  const units = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/tmx-interop/units.json'), 'utf8')) as TranslationUnit[];
  const { value, issues, stats } = serializeTmx(units, { creationDate: FIXTURE_DATE });
  const path = join(ROOT, 'test/artifacts/tmx-interop/fixture-units.tmx');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, value);
  console.log(`tmx-interop: wrote ${stats.written}/${stats.units} fixture units to ${relative(ROOT, path)}`);
  for (const issue of issues) console.log(`  ${issue.severity} ${issue.code}: ${issue.message}`);
  return path;
}

function corpusFiles(extension: string): string[] {
  const dir = join(ROOT, 'corpus', 'out');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

if (!existsSync(CHECK)) {
  console.log(`tmx-interop: ${CHECK} not found (set BITEXT_SHARED to the shared folder); nothing checked.`);
  process.exit(2);
}
const args = process.argv.slice(2);
const files = args.length > 0 ? args : [fixtureTmx(), ...corpusFiles('.tmx'), ...corpusFiles('.tbx')];
const results: [string, number][] = [];
for (const file of files) {
  if (file.endsWith('.tbx')) {
    results.push([file, spawnSync('bash', [TBX_CHECK, file], { stdio: 'inherit' }).status ?? 1]);
    continue;
  }
  const ours = parseTranslationUnits(readFileSync(file));
  console.log(`tmx-interop: bitext-tm reads ${ours.value.length} unit(s) from ${relative(ROOT, file)} (${ours.issues.length} issue(s))`);
  const run = spawnSync('bash', [CHECK, file], { stdio: 'inherit' });
  results.push([file, run.status ?? 1]);
}
console.log('tmx-interop: summary');
for (const [file, status] of results) console.log(`  ${status === 0 ? 'pass' : 'FAIL'}  ${relative(ROOT, file)}`);
process.exit(results.every(([, status]) => status === 0) ? 0 : 1);
