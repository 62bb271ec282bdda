/**
 * Ingest benchmark: what ingestion finds in the seed corpus (articles, blocks,
 * pinyin notes, issues per code, every warning for a false-alarm review) and
 * how fast it runs. Reads only corpus/raw (in the repository), so it needs no
 * shared data. Run: npm run bench:ingest
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ingest } from '../../src/ingest/ingest';
import type { Block, Document } from '../../src/types';

const SEED = 'corpus/raw/chongqing-fao-2022.en-zh.txt';
const text = readFileSync(new URL(`../../${SEED}`, import.meta.url), 'utf8');

const describeBlock = (block: Block): string => {
  if (block.kind === 'paired') return `paired(${block.en.line})`;
  const first = block.paragraphs[0]?.line;
  const last = block.paragraphs[block.paragraphs.length - 1]?.line;
  return `${block.lang}(${first === last ? first : `${first}-${last}`})`;
};

function report(document: Document, label: string): void {
  console.log(`\n## ${label}\n`);
  console.log('| article | blocks |\n|---|---|');
  for (const article of document.articles) console.log(`| ${article.index + 1} | ${article.blocks.map(describeBlock).join(' ')} |`);
  const counts = new Map<string, number>();
  for (const issue of document.issues) counts.set(`${issue.severity} ${issue.code}`, (counts.get(`${issue.severity} ${issue.code}`) ?? 0) + 1);
  console.log('\n| severity and code | count |\n|---|---|');
  for (const [code, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`| ${code} | ${n} |`);
}

const plain = ingest({ kind: 'mixed', source: { name: SEED, text } });
report(plain, 'Seed, default options (repair off)');
console.log('\n### Every warning (review each: is it real damage?)\n');
for (const issue of plain.issues.filter((i) => i.severity === 'warning')) console.log(`- ${issue.place?.line}:${issue.place?.column} ${issue.code}: ${issue.message}`);

const repaired = ingest({ kind: 'mixed', source: { name: SEED, text } }, { repair: true });
report(repaired, 'Seed, repair on');

// Throughput: the seed repeated, so articles and damage stay realistic.
const COPIES = 20;
const big = Array.from({ length: COPIES }, () => text).join('\n');
const times: number[] = [];
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  ingest({ kind: 'mixed', source: { name: 'big.txt', text: big } });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[2] ?? 0;
console.log(`\n## Throughput\n\nseed × ${COPIES} (${big.length} UTF-16 code units, ${big.split('\n').length} lines): median of 5 runs ${median.toFixed(0)} ms = ${Math.round(big.length / (median / 1000)).toLocaleString('en-US')} chars/s (slowest run ${times[4]?.toFixed(0)} ms; the first includes OpenCC and pinyin-pro warm-up)`);
