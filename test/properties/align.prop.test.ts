/**
 * Property: for any two sentence lists (empty ones and very unequal lengths
 * included), alignSentences returns beads that cover every sentence exactly
 * once and in order, are never empty on both sides, and have a confidence in
 * [0, 1] and a finite cost.
 */
import { fc, test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { alignSentences } from '../../src/align/align-sentences';
import { expectBeadInvariants } from '../helpers/bead-invariants';
import { testAlignLexicon } from '../helpers/test-align-lexicon';

const lexicon = testAlignLexicon();

/** Text mixing Han (both scripts), Latin, digits, CJK punctuation, XML specials and control characters. */
const mixedText = fc
  .array(
    fc.oneof(
      fc.constantFrom('论坛', '重慶', '王雯', '二十', '天气很好', '举行', '。', '，', '？', '！', '“', '”', '《', '》', '　'),
      fc.constantFrom('The', 'forum', 'Wang', 'Wen', 'held', '2022', '50', '.', '?', '!', "'", ' '),
      fc.constantFrom('<', '&', '>', '"', "'", '\u0000', '\u0007', '\uFFFE', '\uD800', '\t', '\r'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('alignSentences properties', () => {
  test.prop([fc.array(mixedText, { maxLength: 25 }), fc.array(mixedText, { maxLength: 25 }), fc.boolean()])(
    'covers every sentence once, in order, for any two lists',
    (source, target, zhFirst) => {
      const beads = alignSentences(source, target, zhFirst ? { sourceLang: 'zh', targetLang: 'en', lexicon } : { lexicon });
      expectBeadInvariants(beads, source.length, target.length);
    },
  );

  test.prop([fc.array(mixedText, { maxLength: 3 }), fc.array(mixedText, { minLength: 40, maxLength: 90 })], { numRuns: 30 })(
    'holds when one side is many times longer than the other',
    (short, long) => {
      expectBeadInvariants(alignSentences(short, long, { sourceLang: 'zh', lexicon }), short.length, long.length);
      expectBeadInvariants(alignSentences(long, short, { sourceLang: 'en' }), long.length, short.length);
    },
  );
});
