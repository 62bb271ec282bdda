/**
 * Links by form: the Chinese keeps the English word in Latin letters ("HBO",
 * "Akhil Gogoi", "AUKUS"), or writes the same number ("2032" ↔ 2032,
 * "18th" ↔ 十八 / 第十八).
 */
import type { TermUnit } from '../units/analyze-term-unit';
import type { NameLinkContext } from './name-links';
import { transliterationSimilarity } from './sound-similarity';
import { stretchValue, transliterationRuns } from './transliteration-runs';
import type { Link } from './link';
import { appendAll } from '../../append-all';

/** A word kept as it is, and a number written the same way. */
const SCORE = { identity: 0.95, number: 0.8, gloss: 0.9 } as const;

/** Chinese numerals, for ordinals written out (十八大, 第三次). */
const CHINESE_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * The literal links of one unit.
 */
export function literalLinks(unit: TermUnit, context: NameLinkContext): Link[] {
  const links: Link[] = [];
  const latin = new Map<string, { start: number; end: number }[]>();
  const glosses = latinGlosses(unit, context);
  const enBracketed = new Set(bracketedWords(unit.unit.en));
  for (const token of unit.latin) {
    // A gloss repeats the English name after its Chinese rendering: it is not a rendering.
    if (glosses.some((g) => g.latin.start <= token.span.start && token.span.end <= g.latin.end) && !enBracketed.has(token.text.toLowerCase())) continue;
    const key = token.text.toLowerCase();
    const list = latin.get(key);
    if (list) list.push(token.span);
    else latin.set(key, [token.span]);
  }
  const numerals = chineseNumbers(unit.hans);
  for (const [i, token] of unit.tokens.entries()) {
    const en = { start: i, end: i + 1 };
    const key = token.text.replace(/['’]s?$/u, '').toLowerCase();
    for (const zh of latin.get(key) ?? []) links.push({ en, zh, method: token.number ? 'number' : 'identity', score: token.number ? SCORE.number : SCORE.identity });
    const value = ordinalValue(token.text);
    if (value !== undefined) {
      for (const n of numerals) if (n.value === value) links.push({ en, zh: n.span, method: 'number', score: SCORE.number });
    }
  }
  appendAll(links, glossLinks(unit, glosses));
  return links;
}

/** Latin words in brackets right after Chinese text: "利兹·特拉斯 (Liz Truss)". */
interface LatinGloss {
  readonly latin: { readonly start: number; readonly end: number };
  readonly words: readonly string[];
  /** The Chinese it glosses: the transliterated name or dictionary word right before the bracket. */
  readonly rendering: { readonly start: number; readonly end: number } | undefined;
}

const GLOSS = /([\p{sc=Han}·・•‧])\s*[(（]\s*([A-Za-z][A-Za-z .'’&-]*[A-Za-z.])\s*[)）]/gu;

function latinGlosses(unit: TermUnit, context: NameLinkContext): LatinGloss[] {
  const glosses: LatinGloss[] = [];
  for (const match of unit.hans.matchAll(GLOSS)) {
    const inner = match[2] ?? '';
    const before = match.index + (match[1]?.length ?? 0);
    const open = unit.hans.indexOf(inner, before);
    const words = inner.split(/\s+/u);
    glosses.push({ latin: { start: open, end: open + inner.length }, words, rendering: renderingBefore(unit, before, words, context) });
  }
  return glosses;
}

/**
 * The transliterated name (separators inside) that ends at `end`, as the
 * transliteration runs read it (never part of a common word: not 理 of 总理).
 * Anything else before a gloss ("瓦格纳集团 (Wagner Group)") is left to the
 * other links: where it starts is not known from the bracket alone.
 */
function renderingBefore(unit: TermUnit, end: number, words: readonly string[], context: NameLinkContext): { start: number; end: number } | undefined {
  const commonWords = unit.hits.filter((h) => h.end - h.start >= 2 && !h.entry.proper);
  const name = words.join(' ');
  let best: { start: number; end: number; value: number } | undefined;
  for (const run of transliterationRuns(unit.hans, context.transliterationChars, commonWords)) {
    if (run.end !== end) continue;
    const value = stretchValue(transliterationSimilarity(name, run.text, context.readings), run);
    if (best === undefined || value > best.value) best = { start: run.start, end: run.end, value };
  }
  return best === undefined ? undefined : { start: best.start, end: best.end };
}

/** The English words a gloss repeats, linked to the Chinese it glosses. */
function glossLinks(unit: TermUnit, glosses: readonly LatinGloss[]): Link[] {
  const links: Link[] = [];
  for (const gloss of glosses) {
    if (gloss.rendering === undefined) continue;
    const words = gloss.words.map((w) => w.toLowerCase().replace(/\.$/u, ''));
    for (let i = 0; i + words.length <= unit.tokens.length; i++) {
      if (words.every((w, k) => unit.tokens[i + k]?.text.toLowerCase().replace(/['’]s?$/u, '') === w)) {
        links.push({ en: { start: i, end: i + words.length }, zh: gloss.rendering, method: 'identity', score: SCORE.gloss });
      }
    }
  }
  return links;
}

/** Lower-case words the English writes in brackets ("World Food Programme (WFP)"). */
function bracketedWords(en: string): string[] {
  return [...en.matchAll(/[(（]([^()（）]{1,60})[)）]/gu)].flatMap((m) => (m[1] ?? '').toLowerCase().split(/\s+/u));
}

/**
 * The value of an English number or ordinal word ("18th", "18", "third").
 * @example ordinalValue('18th') //=> 18
 * @example ordinalValue('Third') //=> 3
 */
export function ordinalValue(word: string): number | undefined {
  const digits = /^(\d{1,4})(?:st|nd|rd|th)?$/u.exec(word);
  if (digits?.[1] !== undefined) return Number(digits[1]);
  return ORDINAL_WORDS.get(word.toLowerCase());
}

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
    .map((w, i): [string, number] => [w, i + 1]),
);

/** Runs of Chinese numerals and their values (十八 → 18, 二十 → 20, 三 → 3), with 第 before them included. */
function chineseNumbers(hans: string): { span: { start: number; end: number }; value: number }[] {
  const found: { span: { start: number; end: number }; value: number }[] = [];
  for (const match of hans.matchAll(/第?[〇零一二两三四五六七八九十百]+/gu)) {
    const digits = match[0].replace(/^第/u, '');
    const value = chineseNumeralValue(digits);
    if (value !== undefined) found.push({ span: { start: match.index, end: match.index + match[0].length }, value });
  }
  return found;
}

/**
 * The value of a Chinese numeral up to 999.
 * @example chineseNumeralValue('十八') //=> 18
 * @example chineseNumeralValue('二十一') //=> 21
 */
export function chineseNumeralValue(text: string): number | undefined {
  let total = 0;
  let digit = -1;
  for (const char of text) {
    if (char === '十') {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else if (char === '百') {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else {
      const d = CHINESE_DIGITS[char];
      if (d === undefined) return undefined;
      // Digits written in a row (二〇二二) read as a plain number.
      digit = digit < 0 ? d : digit * 10 + d;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}
