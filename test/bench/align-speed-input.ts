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
 *
 * The gold beads follow the units' gold (a dropped side makes a 1-0 or 0-1
 * bead, padding sentences are 0-1), so the alignment can be scored; beads of a
 * moved chapter are out of order, which a monotone aligner must skip.
 */
import type { GoldText } from './align-data';
import { seededRandom } from '../helpers/seeded-random';

/** A generated input: Chinese source, English target, and its gold beads (from the units' gold). */
export interface SpeedInput {
  readonly zh: string[];
  readonly en: string[];
  readonly gold: { source: number[]; target: number[] }[];
}

interface Unit {
  readonly zh: string[];
  readonly en: string[];
  readonly beads: { zh: readonly number[]; en: readonly number[] }[];
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
  const next = seededRandom(seed);
  const zhOut: string[] = [];
  // Per English block: its sentences, and its beads as (Chinese indices, indices within the block).
  const blocks: { en: string[]; beads: { zh: number[]; en: number[] }[] }[] = [];
  const spare: string[] = [];
  for (let u = 0; zhOut.length < zhCount; u++) {
    const unit = units[Math.floor(next() * units.length)] as Unit;
    const block = { en: [] as string[], beads: [] as { zh: number[]; en: number[] }[] };
    for (const bead of unit.beads) {
      const dropEn = next() < 0.02;
      const dropZh = !dropEn && next() < 0.02;
      const zh: number[] = [];
      const en: number[] = [];
      if (!dropZh) for (const i of bead.zh) zh.push(zhOut.push(unit.zh[i] ?? '') - 1);
      if (!dropEn) for (const j of bead.en) en.push(block.en.push(unit.en[j] ?? '') - 1);
      else for (const j of bead.en) spare.push(unit.en[j] ?? '');
      if (zh.length > 0 || en.length > 0) block.beads.push({ zh, en });
    }
    blocks.push(block);
    // A moved chapter: swap this block with the previous one on the English side.
    if (u % 7 === 6 && blocks.length >= 2) {
      const last = blocks.pop() as (typeof blocks)[number];
      const before = blocks.pop() as (typeof blocks)[number];
      blocks.push(last, before);
    }
  }
  const enOut: string[] = [];
  const gold: { source: number[]; target: number[] }[] = [];
  for (const block of blocks) {
    const offset = enOut.length;
    for (const sentence of block.en) enOut.push(sentence);
    for (const bead of block.beads) gold.push({ source: bead.zh, target: bead.en.map((j) => j + offset) });
  }
  for (let k = 0; enOut.length < enCount; k++) enOut.push(spare[k % Math.max(1, spare.length)] ?? 'Padding sentence.');
  zhOut.length = Math.min(zhOut.length, zhCount);
  enOut.length = enCount;
  // Cut beads at the ends: keep only sentences that remain; padding sentences are untranslated (0-1).
  const kept = gold
    .map((bead) => ({ source: bead.source.filter((i) => i < zhCount), target: bead.target.filter((j) => j < enCount) }))
    .filter((bead) => bead.source.length > 0 || bead.target.length > 0);
  const covered = new Set(kept.flatMap((bead) => bead.target));
  for (let j = 0; j < enCount; j++) if (!covered.has(j)) kept.push({ source: [], target: [j] });
  return { zh: zhOut, en: enOut, gold: kept };
}
