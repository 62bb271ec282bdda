/**
 * Small random memories for tests: few distinct words and characters, so
 * near-duplicates and shared bigrams are common and the candidate filter is
 * exercised hard. Seeded, so a failure reproduces.
 */
import type { TranslationUnit } from '../../src/types';

const WORDS = ['the', 'of', 'office', 'foreign', 'affairs', 'deputy', 'director', 'general', 'consul', 'Chongqing', 'forum', 'met', 'in', 'and', '2022', '15', 'city'];
// Simplified and Traditional forms mixed on purpose (总/總, 领/領, 庆/慶, 办/辦).
const CHARS = Array.from('的市政府外办辦副主任总總领領事馆重庆慶会议论坛和在年月');

/** One random text: `en` words with punctuation, or `zh` characters. */
export function randomText(random: () => number, lang: 'en' | 'zh', maxTokens: number): string {
  const count = Math.floor(random() * (maxTokens + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  if (lang === 'en') return Array.from({ length: count }, () => pick(WORDS)).join(random() < 0.2 ? ', ' : ' ');
  return Array.from({ length: count }, () => pick(CHARS)).join('') + (random() < 0.5 ? '。' : '');
}

/** A copy of `text` with up to `edits` random token edits (delete, insert, replace). */
export function mutate(random: () => number, text: string, lang: 'en' | 'zh', edits: number): string {
  const tokens = lang === 'en' ? text.split(/[ ,]+/u).filter(Boolean) : Array.from(text);
  const pool = lang === 'en' ? WORDS : CHARS;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (tokens.length + 1));
    const op = random();
    const token = pool[Math.floor(random() * pool.length)] ?? 'x';
    if (op < 0.33 && tokens.length > 0) tokens.splice(Math.min(at, tokens.length - 1), 1);
    else if (op < 0.66) tokens.splice(at, 0, token);
    else if (tokens.length > 0) tokens[Math.min(at, tokens.length - 1)] = token;
  }
  return tokens.join(lang === 'en' ? ' ' : '');
}

/** A memory of `count` random units; about a third are mutations of earlier units. */
export function randomUnits(random: () => number, count: number, maxTokens = 14): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  for (let u = 0; u < count; u++) {
    const base = units.length > 0 && random() < 0.35 ? units[Math.floor(random() * units.length)] : undefined;
    const en = base ? mutate(random, base.en, 'en', 1 + Math.floor(random() * 3)) : randomText(random, 'en', maxTokens);
    const zh = base ? mutate(random, base.zh, 'zh', 1 + Math.floor(random() * 3)) : randomText(random, 'zh', maxTokens);
    units.push({ id: `u${u}`, en, zh });
  }
  return units;
}
