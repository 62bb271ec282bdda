/**
 * Links from CC-CEDICT: a dictionary word of the Chinese whose gloss is the
 * English phrase ("United Nations" ↔ 联合国, "prime minister" ↔ 总理), names
 * a person by a part of the name ("Biden" ↔ 拜登, "Xi" ↔ 习近平), spells an
 * acronym ("UN" ↔ 联合国), or holds one English word ("Army" ↔ 军).
 */
import { stemEnglish } from '../../align/concepts/stem-english';
import { phraseWordsOf } from '../dictionary/phrase-key';
import { rootOf } from '../dictionary/root-of';
import type { GlossPhrase } from '../dictionary/parse-gloss';
import type { TermUnit } from '../units/analyze-term-unit';
import type { Link } from './link';
import { appendAll } from '../../append-all';

/**
 * Strength of each kind of dictionary link. A whole gloss met word for word
 * is strong; one word of a gloss is weak, weaker still for a one-character
 * word (国 glosses "country", "nation", "state" and "national"). Set by hand
 * before any measuring; the confidence model weighs the evidence afterwards.
 */
const SCORE = {
  properPhrase: 0.95,
  /** A one-character name is an abbreviation (韩 for Korea inside 韩国): weaker than the full name. */
  singleCharName: 0.5,
  phrase: 0.85,
  namePart: 0.8,
  acronym: 0.8,
  commonAcronym: 0.7,
  /** A capitalised word in a name's gloss ("Korea" in 韩国 "South Korea"). */
  nameWord: 0.75,
  word: 0.55,
  singleCharWord: 0.3,
  /** A word related by derivation to a gloss word ("Municipal" ~ 市 "municipality"). */
  relatedWord: 0.45,
  singleCharRelatedWord: 0.25,
} as const;

/** Connecting words skipped when spelling an acronym from a gloss. */
const ACRONYM_SKIPPED: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le']);
/** English words too general to link by one word of a gloss. */
const WEAK_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on', 'at', 'with', 'by', 'from', 'as']);

/**
 * The same words (of the units and of the glosses) are stemmed again and
 * again: their forms are kept, up to this many, then the cache starts over.
 */
const MAX_CACHED_FORMS = 200_000;
const cachedForms = new Map<string, { readonly stem: string; readonly root: string }>();

/** Stem (inflection) and root (derivation) of a lower-case word. */
function formsOf(word: string): { readonly stem: string; readonly root: string } {
  let forms = cachedForms.get(word);
  if (forms === undefined) {
    if (cachedForms.size >= MAX_CACHED_FORMS) cachedForms.clear();
    forms = { stem: stemEnglish(word), root: rootOf(word) };
    cachedForms.set(word, forms);
  }
  return forms;
}

/** English words of a unit as comparable words, each with the token it comes from. */
interface FlatWord {
  readonly word: string;
  readonly stem: string;
  /** Root by derivation ("municipal" and "municipality" share `municip`). */
  readonly root: string;
  readonly token: number;
}

/**
 * The dictionary links of one unit.
 */
export function dictionaryLinks(unit: TermUnit): Link[] {
  const flat: FlatWord[] = [];
  for (const [i, token] of unit.tokens.entries()) {
    for (const word of phraseWordsOf(token.text)) flat.push({ word, ...formsOf(word), token: i });
  }
  const byStem = new Map<string, number[]>();
  for (const [i, w] of flat.entries()) {
    const list = byStem.get(w.stem);
    if (list) list.push(i);
    else byStem.set(w.stem, [i]);
  }
  const byRoot = new Map<string, number[]>();
  for (const [i, w] of flat.entries()) {
    const list = byRoot.get(w.root);
    if (list) list.push(i);
    else byRoot.set(w.root, [i]);
  }
  const hasAcronym = unit.tokens.some((t) => t.acronym);
  const links: Link[] = [];
  for (const hit of unit.hits) {
    const zh = { start: hit.start, end: hit.end };
    const linkedWords = new Set<number>();
    for (const phrase of hit.entry.phrases) {
      for (const [from, to] of phraseMatches(phrase.words, flat, byStem)) {
        const en = tokenRange(flat, from, to);
        if (phrase.proper && !unit.tokens.slice(en.start, en.end).some((t) => t.capitalised || t.acronym || t.number)) continue;
        // "and" ↔ 和, "of" ↔ 的: function words carry no term evidence.
        if (en.end - en.start === 1 && unit.tokens[en.start]?.functionWord === true) continue;
        const score = phrase.proper
          ? hit.word.length > 1 ? SCORE.properPhrase : SCORE.singleCharName
          : phrase.words.length > 1 ? SCORE.phrase : wordScore(hit.word);
        links.push({ en, zh, method: phrase.proper ? 'name' : 'dictionary', score });
        for (let i = from; i < to; i++) linkedWords.add(i);
      }
      if (phrase.proper) appendAll(links, namePartLinks(unit, phrase, hit.entry.person, flat, byStem, zh));
      if (hasAcronym) appendAll(links, acronymLinks(unit, phrase, zh));
    }
    // Single words of a longer gloss ("Army" ↔ 军 of "army/military").
    for (const stem of hit.entry.stems) {
      for (const i of byStem.get(stem) ?? []) {
        const w = flat[i];
        if (w === undefined || linkedWords.has(i) || WEAK_WORDS.has(w.word)) continue;
        const nameWord = hit.entry.proper && hit.word.length > 1 && unit.tokens[w.token]?.capitalised === true;
        const share = shareOf(hit.entry.phrases, stem);
        links.push({ en: { start: w.token, end: w.token + 1 }, zh, method: nameWord ? 'name' : 'dictionary', score: nameWord ? SCORE.nameWord : wordScore(hit.word), share });
        linkedWords.add(i);
      }
    }
    // Words related by derivation, for words of a longer term only ("Municipal Government" ↔ 市政府).
    for (const root of hit.entry.roots) {
      for (const i of byRoot.get(root) ?? []) {
        const w = flat[i];
        if (w === undefined || linkedWords.has(i) || WEAK_WORDS.has(w.word) || w.word.length < 4) continue;
        linkedWords.add(i);
        const score = hit.word.length > 1 ? SCORE.relatedWord : SCORE.singleCharRelatedWord;
        links.push({ en: { start: w.token, end: w.token + 1 }, zh, method: 'dictionary', score, share: shareOf(hit.entry.phrases, undefined) });
      }
    }
  }
  return links;
}

/**
 * The share of a gloss one word accounts for: 1 / its content words, in the
 * shortest gloss phrase that has the word (any phrase when `stem` is not given).
 */
function shareOf(phrases: readonly GlossPhrase[], stem: string | undefined): number {
  let best = 0;
  for (const phrase of phrases) {
    const content = phrase.words.filter((w) => !WEAK_WORDS.has(w));
    if (content.length === 0) continue;
    if (stem !== undefined && !content.some((w) => formsOf(w).stem === stem)) continue;
    best = Math.max(best, 1 / content.length);
  }
  return best === 0 ? 1 : best;
}

function wordScore(word: string): number {
  return word.length > 1 ? SCORE.word : SCORE.singleCharWord;
}

/** Where the phrase's words occur in a row in the English, by stem. */
function* phraseMatches(words: readonly string[], flat: readonly FlatWord[], byStem: ReadonlyMap<string, number[]>): Generator<[number, number]> {
  const first = words[0];
  if (first === undefined) return;
  // Most gloss phrases do not even start in the unit: the other words are stemmed only when one does.
  const starts = byStem.get(formsOf(first).stem);
  if (starts === undefined) return;
  const stems = words.map((w) => formsOf(w).stem);
  for (const at of starts) {
    if (at + stems.length > flat.length) continue;
    if (stems.every((s, k) => flat[at + k]?.stem === s)) yield [at, at + stems.length];
  }
}

/** The tokens that words [from, to) come from. */
function tokenRange(flat: readonly FlatWord[], from: number, to: number): { start: number; end: number } {
  const first = flat[from];
  const last = flat[to - 1];
  if (first === undefined || last === undefined) throw new Error(`No words ${from}–${to} of ${flat.length}.`);
  return { start: first.token, end: last.token + 1 };
}

/**
 * A person's name in a gloss met by its family name alone: the last word
 * ("Biden" of "Joe Biden"), or the first for a Chinese name read in pinyin
 * order ("Xi" of "Xi Jinping").
 */
function namePartLinks(
  unit: TermUnit,
  phrase: GlossPhrase,
  person: boolean,
  flat: readonly FlatWord[],
  byStem: ReadonlyMap<string, number[]>,
  zh: { start: number; end: number },
): Link[] {
  if (!person || phrase.words.length < 2) return [];
  const parts = [phrase.words[phrase.words.length - 1], phrase.words[0]];
  const links: Link[] = [];
  for (const part of parts) {
    if (part === undefined || part.length < 2) continue;
    for (const i of byStem.get(formsOf(part).stem) ?? []) {
      const w = flat[i];
      if (w === undefined || w.word !== part || !unit.tokens[w.token]?.capitalised) continue;
      links.push({ en: { start: w.token, end: w.token + 1 }, zh, method: 'name', score: SCORE.namePart });
    }
  }
  return links;
}

/**
 * An English acronym spelled by the initials of a gloss: a name's ("UN" ↔
 * 联合国 "United Nations") or a post's ("PM" ↔ 总理 "prime minister").
 */
function acronymLinks(unit: TermUnit, phrase: GlossPhrase, zh: { start: number; end: number }): Link[] {
  if (phrase.words.length < 2) return [];
  const initials = phrase.words
    .filter((w) => !ACRONYM_SKIPPED.has(w))
    .map((w) => w.charAt(0))
    .join('');
  if (initials.length < 2) return [];
  const links: Link[] = [];
  for (const [i, token] of unit.tokens.entries()) {
    if (token.acronym && token.text.replace(/['’]s?$/u, '').toLowerCase() === initials) {
      links.push({ en: { start: i, end: i + 1 }, zh, method: 'name', score: phrase.proper ? SCORE.acronym : SCORE.commonAcronym });
    }
  }
  return links;
}
