import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/helpers/seeded-random';
import { addToSignature, bitsNotIn, SIGNATURE_WORDS } from './token-signature';
import { TokenMultiset } from './token-multiset';

describe('token signatures', () => {
  it('never bound the shared count below the true multiset intersection', () => {
    const random = seededRandom(11);
    let tight = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const vocabulary = 5 + Math.floor(random() * 400);
      const unit = Uint32Array.from({ length: Math.floor(random() * 60) }, () => Math.floor(random() * vocabulary));
      const query = Uint32Array.from({ length: 1 + Math.floor(random() * 60) }, () => Math.floor(random() * vocabulary));
      const multiset = new TokenMultiset();
      multiset.load(query, query.length, vocabulary);
      const shared = multiset.shared(unit, 0, unit.length);
      const unitSignature = new Uint32Array(SIGNATURE_WORDS);
      const querySignature = new Uint32Array(SIGNATURE_WORDS);
      addToSignature(unitSignature, 0, unit, 0, unit.length);
      addToSignature(querySignature, 0, query, 0, query.length);
      const bound = unit.length - bitsNotIn(unitSignature, 0, querySignature);
      expect(bound).toBeGreaterThanOrEqual(shared);
      if (bound === shared) tight++;
    }
    // Premise: the bound is often exact, so the check above can fail.
    expect(tight).toBeGreaterThan(300);
  });
});
