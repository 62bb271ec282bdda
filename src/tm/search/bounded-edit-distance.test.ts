import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/helpers/seeded-random';
import { boundedEditDistance, EditDistanceRows } from './bounded-edit-distance';

const asString = (ids: Uint32Array): string => Array.from(ids, (id) => String.fromCharCode(id)).join('');

describe('boundedEditDistance', () => {
  it('equals Levenshtein (fastest-levenshtein) when within the cap, and cap + 1 beyond it', () => {
    const random = seededRandom(7);
    const rows = new EditDistanceRows();
    let within = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const a = Uint32Array.from({ length: Math.floor(random() * 12) }, () => 65 + Math.floor(random() * 4));
      const b = Uint32Array.from({ length: Math.floor(random() * 12) }, () => 65 + Math.floor(random() * 4));
      const k = Math.floor(random() * 8);
      const truth = distance(asString(a), asString(b));
      const bounded = boundedEditDistance(a, 0, a.length, b, 0, b.length, k, rows);
      expect(bounded, `${asString(a)} / ${asString(b)} k=${k}`).toBe(truth <= k ? truth : k + 1);
      if (truth <= k) within++;
    }
    expect(within).toBeGreaterThan(500);
  });

  it('reads sequences at an offset inside larger arrays', () => {
    const a = Uint32Array.of(9, 9, 1, 2, 3, 9);
    const b = Uint32Array.of(7, 1, 3);
    expect(boundedEditDistance(a, 2, 3, b, 1, 2, 3, new EditDistanceRows())).toBe(1);
  });
});
