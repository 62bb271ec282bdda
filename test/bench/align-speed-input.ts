/**
 * A Bible-sized test input for the speed target (30,000 × 42,000 sentences),
 * built from the dev sets so that it is real text and not trivially diagonal:
 *
 * - units: the 6 mac-dev chapters (zh → en) and the aca text cut into 4
 *   parts (turned to zh → en), with their gold beads;
 * - copies of the units are drawn in a seeded random order until the Chinese
 *   side has 30,000 sentences;
 * - in every unit, 2% of the gold beads lose their English side and 2% lose
 *   their Chinese side (sentences without translation);
 * - every 7th unit swaps places with the next one on the English side only
 *   (a moved chapter: the aligner cannot follow it and must skip it);
 * - the English side is then cut or padded (with English sentences from the
 *   units) to exactly 42,000 sentences.
 */
import type { GoldText } from './align-data';

/** A generated input: Chinese source, English target. */
export interface SpeedInput {
  readonly zh: string[];
  readonly en: string[];
}

interface Unit {
  readonly zh: string[];
  readonly en: string[];
  readonly beads: { zh: readonly number[]; en: readonly number[] }[];
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function unitsOf(texts: readonly GoldText[]): Unit[] {
  const units: Unit[] = [];
  for (const text of texts) {
    const sourceIsZh = text.sourceLang === 'zh';
    const zh = sourceIsZh ? text.source : text.target;
    const en = sourceIsZh ? text.target : text.source;
    const beads = text.gold.map((b) => (sourceIsZh ? { zh: b.source, en: b.target } : { zh: b.target, en: b.source }));
    const parts = zh.length > 600 ? 4 : 1;
    const size = Math.ceil(beads.length / parts);
    for (let p = 0; p < parts; p++) units.push({ zh, en, beads: beads.slice(p * size, (p + 1) * size) });
  }
  return units;
}

/**
 * Build the speed input from gold texts.
 * @example buildSpeedInput(texts, 30_000, 42_000, 1).zh.length //=> 30000
 */
export function buildSpeedInput(texts: readonly GoldText[], zhCount: number, enCount: number, seed: number): SpeedInput {
  const units = unitsOf(texts);
  const next = random(seed);
  const zhOut: string[] = [];
  const enBlocks: string[][] = [];
  const spare: string[] = [];
  for (let u = 0; zhOut.length < zhCount; u++) {
    const unit = units[Math.floor(next() * units.length)] as Unit;
    const en: string[] = [];
    for (const bead of unit.beads) {
      const dropEn = next() < 0.02;
      const dropZh = !dropEn && next() < 0.02;
      if (!dropZh) for (const i of bead.zh) zhOut.push(unit.zh[i] ?? '');
      if (!dropEn) for (const j of bead.en) en.push(unit.en[j] ?? '');
      else for (const j of bead.en) spare.push(unit.en[j] ?? '');
    }
    enBlocks.push(en);
    // A moved chapter: swap this block with the previous one on the English side.
    if (u % 7 === 6 && enBlocks.length >= 2) {
      const last = enBlocks.pop() as string[];
      const before = enBlocks.pop() as string[];
      enBlocks.push(last, before);
    }
  }
  zhOut.length = zhCount;
  const enOut = enBlocks.flat();
  for (let k = 0; enOut.length < enCount; k++) enOut.push(spare[k % Math.max(1, spare.length)] ?? 'Padding sentence.');
  enOut.length = enCount;
  return { zh: zhOut, en: enOut };
}
