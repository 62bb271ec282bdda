/**
 * The normalised form ("key") of a token: two tokens are equal for scoring
 * exactly when their keys are equal. Normalisation:
 * - Unicode NFKC, so full-width and half-width forms are one (`Ａ５` = `A5`)
 *   and CJK compatibility ideographs fold to their unified form;
 * - lower case (`Consul` = `consul`);
 * - every apostrophe is `'` (`don’t` = `don't`);
 * - each Han character is folded to Simplified script, one character at a
 *   time with {@link toSimplified} (`總` = `总`), so a character folds the
 *   same wherever it occurs and both scripts meet on one form.
 * Spaces and punctuation are not tokens at all (see `scan-tokens.ts`).
 */
import { toSimplified } from '../../chinese/convert-script';
import { TOKEN_KIND } from './scan-tokens';

const hanFolds = new Map<string, string>();

/**
 * The Simplified fold of one Han character (a code point string).
 * @example foldHan('總') //=> '总'
 */
export function foldHan(char: string): string {
  let folded = hanFolds.get(char);
  if (folded === undefined) {
    const unified = char.normalize('NFKC');
    const simplified = toSimplified(unified);
    // OpenCC maps code point to code point; keep the character if that ever fails.
    const point = simplified.codePointAt(0);
    folded = point !== undefined && String.fromCodePoint(point) === simplified ? simplified : unified;
    hanFolds.set(char, folded);
  }
  return folded;
}

// Any apostrophe left after NFKC (’ and ʼ are not compatibility characters).
const APOSTROPHES = /['’ʼ]/gu;
const NON_ASCII = /\P{ASCII}/u;

/**
 * The key of the token `[start, end)` of `text`, of kind `kind` (a {@link TOKEN_KIND}).
 * @example tokenKey('Wen’s', 0, 5, TOKEN_KIND.word) //=> "wen's"
 */
export function tokenKey(text: string, start: number, end: number, kind: number): string {
  const raw = text.slice(start, end);
  if (kind === TOKEN_KIND.han) return foldHan(raw);
  if (!NON_ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'");
}
