/**
 * The speed test of the align benchmark, run in its own process so that its
 * time and peak memory are its own: align the generated 30,000 × 42,000
 * input (align-speed-input.ts) with the default options and print one JSON
 * line. Usage: tsx test/bench/align-speed.ts [zhCount enCount]
 */
import { prepareAlignLexicon } from '../../src/align/align-lexicon';
import { alignSentences } from '../../src/align/align-sentences';
import { loadLexicon } from '../../src/lexicon/load-lexicon';
import { loadGoldSet, requireShared } from './align-data';
import { buildSpeedInput } from './align-speed-input';
import { scoreAlignment } from '../../src/align/eval/score-alignment';

requireShared('bench:align speed');

/**
 * What a perfect monotone aligner could get: the largest set of gold beads in
 * order on both sides (longest increasing subsequence), every other sentence
 * a skip. Moved chapters cannot be followed by any monotone aligner.
 */
function monotoneOracle(gold: readonly { source: number[]; target: number[] }[]): { source: number[]; target: number[] }[] {
  const linked = gold.filter((b) => b.source.length > 0 && b.target.length > 0).sort((a, b) => (a.source[0] ?? 0) - (b.source[0] ?? 0));
  // Patience sorting on the first target index (strictly increasing).
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous = new Array<number>(linked.length).fill(-1);
  linked.forEach((bead, k) => {
    const key = bead.target[0] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < key) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = key;
    tailIndex[lo] = k;
    previous[k] = lo > 0 ? (tailIndex[lo - 1] ?? -1) : -1;
  });
  const kept = new Set<number>();
  for (let k = tailIndex[tails.length - 1] ?? -1; k >= 0; k = previous[k] ?? -1) kept.add(k);
  const beads = linked.filter((_, k) => kept.has(k));
  const usedSource = new Set(beads.flatMap((b) => b.source));
  const usedTarget = new Set(beads.flatMap((b) => b.target));
  for (const bead of gold) {
    for (const i of bead.source) if (!usedSource.has(i)) beads.push({ source: [i], target: [] });
    for (const j of bead.target) if (!usedTarget.has(j)) beads.push({ source: [], target: [j] });
  }
  return beads;
}
const zhCount = Number(process.argv[2] ?? 30_000);
const enCount = Number(process.argv[3] ?? 42_000);
const input = buildSpeedInput([...loadGoldSet('mac-dev'), ...loadGoldSet('aca')], zhCount, enCount, 1);
const cpu = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
const rssBefore = process.resourceUsage().maxRSS / 1024;
let wall = performance.now();
let cpuStart = cpu();
const lexicon = prepareAlignLexicon(loadLexicon());
const lexiconSeconds = { wall: (performance.now() - wall) / 1000, cpu: cpu() - cpuStart };
wall = performance.now();
cpuStart = cpu();
const beads = alignSentences(input.zh, input.en, { sourceLang: 'zh', targetLang: 'en', lexicon });
const alignSeconds = { wall: (performance.now() - wall) / 1000, cpu: cpu() - cpuStart };
const types = new Map<string, number>();
for (const bead of beads) types.set(`${bead.source.length}-${bead.target.length}`, (types.get(`${bead.source.length}-${bead.target.length}`) ?? 0) + 1);
console.log(
  JSON.stringify({
    zh: input.zh.length,
    en: input.en.length,
    beads: beads.length,
    types: Object.fromEntries([...types].sort((a, b) => b[1] - a[1])),
    lexiconSeconds,
    alignSeconds,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    strict: scoreAlignment([{ gold: input.gold, test: beads }]).strict,
    oracle: scoreAlignment([{ gold: input.gold, test: monotoneOracle(input.gold) }]).strict,
    goldBeads: input.gold.length,
    rssBeforeMB: Math.round(rssBefore),
  }),
);
