/**
 * Convert many texts with one OpenCC call instead of one call each: about 10%
 * less CPU for the TMX writer's sentence-sized texts (test/bench/tmx.md), and
 * byte-identical to `texts.map(toSimplified)` (or `toTraditional`).
 *
 * Why joining is exact: opencc-js matches dictionary keys greedily from left to
 * right, and U+0000 is in no key or value of the tw→cn and cn→tw dictionaries
 * (convert-script-batch.test.ts checks this), so no match crosses a separator
 * and the output splits back into the same pieces.
 * One exception: opencc-js copies an ideographic description character
 * (U+2FF0–U+2FFF) unconverted together with the 2–3 characters after it, which
 * would swallow a separator and the start of the next text. Texts holding one
 * (or U+0000 itself) are converted alone.
 */
import { toSimplified, toTraditional } from './convert-script';

const SEPARATOR = '\u0000';
/** Texts with these characters cannot share an OpenCC call (see above). U+31EF, the description character Unicode 15.1 added, is included in case a later opencc-js treats it the same way. */
const CONVERT_ALONE = /[\0\u2FF0-\u2FFF\u31EF]/u;

/**
 * Convert each text to the given script, as `toSimplified` or `toTraditional` would.
 * @example convertScriptBatch(['重慶', '著', '作'], 'simplified') //=> ['重庆', '着', '作']
 */
export function convertScriptBatch(texts: readonly string[], script: 'simplified' | 'traditional'): string[] {
  const convert = script === 'simplified' ? toSimplified : toTraditional;
  const joinable = texts.filter((text) => !CONVERT_ALONE.test(text));
  const converted = convert(joinable.join(SEPARATOR)).split(SEPARATOR);
  if (joinable.length > 0 && converted.length !== joinable.length) {
    throw new Error(`convertScriptBatch: expected ${joinable.length} texts back from OpenCC, found ${converted.length}`);
  }
  let next = 0;
  return texts.map((text) => (CONVERT_ALONE.test(text) ? convert(text) : (converted[next++] as string)));
}
