/**
 * The alignment file format of the public gold sets (aligner-eval, Bertalign,
 * Vecalign): one bead per line, `[i,j]:[k]`, 0-based sentence numbers, `[]`
 * for an empty side.
 */
import { AlignError } from '../../errors';

/** A bead as an alignment file holds it: sentence numbers on each side. */
export interface BeadLink {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

/**
 * One line of an alignment file. Same rule as the reference scorer
 * (align_score.py): spaces are allowed around brackets, numbers and the colon.
 * @example BEAD_LINE.exec('[0, 1]:[2]')?.[1] //=> '0, 1'
 * @example BEAD_LINE.test('0-1') //=> false
 */
export const BEAD_LINE: RegExp = /^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]\s*$/u;
const SENTENCE_NUMBER = /^\s*\d+\s*$/u;

/**
 * Parse an alignment file. A malformed line throws {@link AlignError}
 * `ALIGN_BAD_BEAD_FILE` with the file name and the line's place.
 * @example parseBeadFile('[0,1]:[0]\n[]:[1]\n') //=> [{ source: [0, 1], target: [0] }, { source: [], target: [1] }]
 */
export function parseBeadFile(text: string, file?: string): BeadLink[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const beads: BeadLink[] = [];
  let offset = 0;
  lines.forEach((line, k) => {
    const place = { line: k + 1, column: 1, offset };
    offset += line.length + 1;
    const match = BEAD_LINE.exec(line);
    if (!match) {
      throw new AlignError('ALIGN_BAD_BEAD_FILE', `Expected a bead like "[0,1]:[2]", found ${JSON.stringify(line.replace(/\r$/u, ''))}.`, { file, place });
    }
    const source = parseSide(match[1] ?? '', file, place);
    const target = parseSide(match[2] ?? '', file, place);
    if (source.length === 0 && target.length === 0) {
      throw new AlignError('ALIGN_BAD_BEAD_FILE', 'Expected at least one sentence number in a bead, found "[]:[]".', { file, place });
    }
    beads.push({ source, target });
  });
  return beads;
}

function parseSide(text: string, file: string | undefined, place: { line: number; column: number; offset: number }): number[] {
  if (text.trim() === '') return [];
  const items = text.split(',');
  if (!items.every((item) => SENTENCE_NUMBER.test(item))) {
    throw new AlignError('ALIGN_BAD_BEAD_FILE', `Expected comma-separated sentence numbers, found "[${text}]".`, { file, place });
  }
  return items.map((item) => Number(item.trim()));
}

/**
 * Write beads in the file format, one per line.
 * @example formatBeads([{ source: [0, 1], target: [0] }, { source: [2], target: [] }]) //=> '[0,1]:[0]\n[2]:[]\n'
 */
export function formatBeads(beads: readonly BeadLink[]): string {
  return beads.map((bead) => `[${bead.source.join(',')}]:[${bead.target.join(',')}]\n`).join('');
}
