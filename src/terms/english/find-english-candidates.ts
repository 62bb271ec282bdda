/**
 * English term candidates of one unit, found generously; pairing decides
 * which are terms. Three shapes:
 *
 * - names: runs of capitalised words, with particles inside ("FW de Klerk",
 *   "Saif al-Islam Gaddafi"), acronyms ("UN", "AUKUS");
 * - headed names: capitalised spans with a head noun or a post, joined by
 *   of / for / and / … ("Association of Southeast Asian Nations",
 *   "Foreign Affairs Office of the Chongqing Municipal Government"), the
 *   shorter names inside them ("Foreign Affairs Office"), a dated name without
 *   its year ("Olympic Games" of "2032 Olympic Games"), and a name with the
 *   lower-case noun of its kind ("Conservative party");
 * - titles: a post noun with what qualifies it, capitalised or not
 *   ("president", "foreign minister", "UN special envoy", "US ambassador to
 *   Libya").
 */
import type { Span, TermType } from '../../types';
import type { ClassifiedToken } from './classify-tokens';
import { KIND_NOUNS, NOT_POST_MODIFIERS } from './english-term-words';
import { maxOf, minOf } from '../../min-max';

/** The shape of a candidate. */
export type CandidateShape = 'name' | 'headed' | 'title';

/** A span of the English text that may be a term. */
export interface EnglishCandidate {
  /** Token indices [start, end) into the unit's classified tokens. */
  readonly start: number;
  readonly end: number;
  /** UTF-16 span in the unit's English text (a final possessive left out). */
  readonly span: Span;
  readonly text: string;
  readonly shape: CandidateShape;
  /** The type the words say (a head noun or a post), if they say one. */
  readonly cue: TermType | undefined;
  /** A shorter span inside a longer candidate of the same name ("National Army" in "Libyan National Army"). */
  readonly nested: boolean;
  /** Starts with a common word that opens a sentence ("Police Scotland said …"): its capital proves nothing. */
  readonly uncertainStart: boolean;
  /** Joins parts with "and" ("Hong Kong and Macao Affairs Office", or two names: "Canada and the United States"). */
  readonly coordinated: boolean;
}

/** Longest candidate, in words. */
const MAX_CANDIDATE_WORDS = 12;
/** Most words a title may take before its post ("UN special envoy", "first deputy prime minister"). */
const MAX_TITLE_PREFIX = 4;

/**
 * Find the candidates of one unit's classified tokens.
 */
export function findEnglishCandidates(text: string, tokens: readonly ClassifiedToken[]): EnglishCandidate[] {
  const found = new Map<string, EnglishCandidate>();
  const add = (candidate: EnglishCandidate | undefined): void => {
    if (candidate === undefined) return;
    const key = `${candidate.start}:${candidate.end}`;
    const known = found.get(key);
    // The same span found twice: keep the richer reading (a title or a headed name over a bare name; not nested).
    if (known === undefined || (known.nested && !candidate.nested) || (known.shape === 'name' && candidate.shape !== 'name')) {
      found.set(key, candidate);
    }
  };
  for (const chunk of findChunks(text, tokens)) {
    for (const candidate of chunkCandidates(text, tokens, chunk)) add(candidate);
    add(withKindNoun(text, tokens, chunk));
  }
  for (const candidate of titleCandidates(text, tokens)) add(candidate);
  return [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A chunk: token indices [start, end) of a run of capitalised words and what joins them. */
interface Chunk {
  readonly start: number;
  readonly end: number;
}

/** What may stand between two words of one name: spaces, a bracket, an ampersand, an apostrophe of a plural possessive. */
const CHUNK_GAP = /^(?:[ \u00a0]+|-|[ \u00a0]*[()][ \u00a0]*|[ \u00a0]*&[ \u00a0]*|['’][ \u00a0]+)$/u;

function startsName(token: ClassifiedToken): boolean {
  return (token.capitalised || token.acronym) && !token.honorific && !(token.sentenceStart && token.functionWord);
}

function nextIsCapitalised(text: string, tokens: readonly ClassifiedToken[], i: number): boolean {
  const next = tokens[i + 1];
  const here = tokens[i];
  return next !== undefined && here !== undefined && spacedApart(text, here, next) && startsName(next) && !next.sentenceStart;
}

function continuesName(token: ClassifiedToken): boolean {
  return (token.capitalised || token.acronym || token.number) && !token.honorific && !(token.functionWord && token.capitalised && token.sentenceStart);
}

/**
 * Runs of capitalised words (numbers inside), joined by connectors and
 * particles that a capitalised word follows. A post followed by a name ends
 * the run: "President Cyril Ramaphosa" is a title and a name, not one term.
 */
function findChunks(text: string, tokens: readonly ClassifiedToken[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    // An ordinal or a year opens a name when a capitalised word follows it ("18th National
    // Congress", "2032 Olympic Games").
    const numberFirst = first !== undefined && first.number && nextIsCapitalised(text, tokens, i);
    if (first === undefined || !(startsName(first) || numberFirst)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length) {
      const gap = text.slice(tokenAt(tokens, end - 1).span.end, tokenAt(tokens, end).span.start);
      const gapOk = CHUNK_GAP.test(gap) && !definesAcronym(text, gap, tokenAt(tokens, end));
      if (!gapOk || tokenAt(tokens, end - 1).possessive && !isPossessiveInsideName(tokens, end - 1)) break;
      const next = tokenAt(tokens, end);
      if (continuesName(next)) {
        if (tokenAt(tokens, end - 1).post && startsPersonName(tokens, end)) break;
        end++;
        continue;
      }
      // Connectors and particles ("of the", "de") join only when a capitalised word follows them.
      const joined = joinedAfterConnectors(text, tokens, end);
      if (joined > end) {
        end = joined;
        continue;
      }
      break;
    }
    chunks.push({ start: i, end });
    i = end;
  }
  return chunks;
}

/**
 * A bracketed acronym after a name defines it ("… Foreign Countries
 * (CPAFFC)", "… Municipal Government (Chongqing FAO)"): not part of the
 * name. True when the gap opens a bracket that closes within three words,
 * right after an acronym.
 */
function definesAcronym(text: string, gap: string, next: ClassifiedToken): boolean {
  if (!gap.includes('(')) return false;
  const close = text.indexOf(')', next.span.start);
  if (close === -1) return false;
  const inside = text.slice(next.span.start, close).trim().split(/\s+/u);
  const last = inside[inside.length - 1] ?? '';
  return inside.length <= 3 && /^\p{Lu}[\p{Lu}\d&]+$/u.test(last);
}

/** Most connectors in a row inside a name ("of the", "for the"). */
const MAX_CONNECTORS = 2;

/**
 * The index after the capitalised word that follows up to two connectors or
 * particles from `at`, or `at` when none follows.
 */
function joinedAfterConnectors(text: string, tokens: readonly ClassifiedToken[], at: number): number {
  let i = at;
  while (i < tokens.length && i - at < MAX_CONNECTORS) {
    const token = tokenAt(tokens, i);
    if (!((token.connector || token.particle) && !token.capitalised)) break;
    const next = tokens[i + 1];
    if (next === undefined || !CHUNK_GAP.test(text.slice(token.span.end, next.span.start))) return at;
    if (continuesName(next) && !next.sentenceStart) return i + 2;
    i++;
  }
  return at;
}

/**
 * "People’s Republic", "Chinese People’s Political Consultative Conference",
 * "Students’ Union": a possessive of a common noun, or one before a head
 * noun, stays inside the name; a person's ("Merkel’s government") ends it.
 */
function isPossessiveInsideName(tokens: readonly ClassifiedToken[], i: number): boolean {
  const next = tokens[i + 1];
  const here = tokens[i];
  return next !== undefined && here !== undefined && (here.common || next.headType !== undefined || next.post);
}

/** A word that can be part of a personal name: capitalised, not a head, post, modifier or common word. */
function isPersonWord(token: ClassifiedToken): boolean {
  return isNameShaped(token) && !token.common;
}

/** Capitalised and none of head, post, modifier, connector, acronym. */
function isNameShaped(token: ClassifiedToken | undefined): boolean {
  return token !== undefined && token.capitalised && !token.acronym && !token.post && token.headType === undefined && !token.postModifier && !token.connector;
}

/**
 * A personal name starts at `i`: a name word, or two name-shaped words in a
 * row even if the first is also a common word ("Xi Jinping", "Rice Christopher").
 */
function startsPersonName(tokens: readonly ClassifiedToken[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && (isPersonWord(token) || (isNameShaped(token) && isNameShaped(tokens[i + 1])));
}

/** True when only spaces (no punctuation, no line break) stand between two tokens. */
function spacedApart(text: string, before: ClassifiedToken, after: ClassifiedToken): boolean {
  return SPACES_ONLY.test(text.slice(before.span.end, after.span.start));
}

const SPACES_ONLY = /^[ \u00a0]+$/u;

function tokenAt(tokens: readonly ClassifiedToken[], i: number): ClassifiedToken {
  const token = tokens[i];
  if (token === undefined) throw new Error(`No token ${i} of ${tokens.length}.`);
  return token;
}

/**
 * A word that may open a candidate span. A day or month opens one only when
 * a capitalised word that is no personal name follows it in the chunk ("May
 * Fourth Movement", "Sunday Mirror"; not "Monday" of "Monday Boris Johnson").
 */
function canStart(tokens: readonly ClassifiedToken[], s: number, chunk: Chunk): boolean {
  const token = tokenAt(tokens, s);
  if (!(token.capitalised || token.acronym || token.number) || token.connector || token.particle || token.functionWord) return false;
  if (!token.calendar) return true;
  const next = tokens[s + 1];
  return s + 1 < chunk.end && next !== undefined && next.capitalised && !next.calendar && !next.post && !next.postModifier && !startsPersonName(tokens, s + 1);
}

/** A word that may close a candidate span. */
function canEnd(token: ClassifiedToken): boolean {
  return (token.capitalised || token.acronym || token.number) && !token.connector && !token.particle && !token.calendar && !(token.functionWord && !token.acronym);
}

function* chunkCandidates(text: string, tokens: readonly ClassifiedToken[], chunk: Chunk): Generator<EnglishCandidate> {
  const hasHead = (from: number, to: number): boolean => tokens.slice(from, to).some((t) => t.headType !== undefined || t.post);
  // The longest headed span of the chunk: the shorter ones inside it are nested.
  for (let s = chunk.start; s < chunk.end; s++) {
    const first = tokenAt(tokens, s);
    if (!canStart(tokens, s, chunk)) continue;
    for (let e = s + 1; e <= chunk.end && e - s <= MAX_CANDIDATE_WORDS; e++) {
      const last = tokenAt(tokens, e - 1);
      if (!canEnd(last)) continue;
      // A span of numbers only ("2022") is not a name.
      if (tokens.slice(s, e).every((t) => t.number)) continue;
      const inner = tokens.slice(s + 1, e - 1);
      const joined = inner.some((t) => t.connector && !t.capitalised);
      // "… Government and the Consulate General …": "and the" joins two names, it is inside none.
      if (inner.some((t, k) => t.lower === 'and' && inner[k + 1]?.lower === 'the')) continue;
      const headed = hasHead(s, e);
      if (!headed) {
        // A bare name: a whole run between connectors, heads and the chunk's edges, ending on a name word.
        if (joined) continue;
        const before = tokens[s - 1];
        const after = tokens[e];
        const bounded = (i: number): boolean => i < chunk.start || i >= chunk.end;
        const openLeft = bounded(s - 1) || (before !== undefined && (before.connector || before.headType !== undefined || before.post || before.possessive));
        const openRight = bounded(e) || (after !== undefined && (after.connector || after.headType !== undefined || after.post));
        // A name inside a longer run of names ("Shanghai" of "Shanghai Landing") is a candidate
        // too, as a nested one; it must end on a name word, not on a common one.
        const subRun = !openLeft || !openRight;
        // A piece of a longer run ends on a name word ("New York" of "1880s New York", not "Libyan National").
        if (subRun && last.common && !last.acronym) continue;
        if (e - s === 1 && (first.calendar || first.demonym || first.commonAcronym || (first.sentenceStart && first.common))) continue;
        // One letter ("N", "S" of a list) is not a name.
        if (e - s === 1 && !/\p{L}.*\p{L}/u.test(first.text)) continue;
        if (!balancedBrackets(closedSpanText(text, first.span.start, last.span.end))) continue;
        // Two known names joined by a hyphen ("China-Arab", "Dallas-Washington") modify what follows; not a name.
        if (joinsKnownNames(text, tokens, s, e)) continue;
        // Next to another name word or before a head inside the chunk ("Shanghai" of "Shanghai
        // Landing", "Wagner" of "Wagner Group"): nested, a short form only if it also stands alone.
        // Between connectors ("Canada" of "Canada and the United States") it stands on its own.
        const beforeHead = !bounded(e) && after !== undefined && (after.headType !== undefined || after.post);
        yield candidate(text, tokens, s, e, 'name', undefined, subRun || beforeHead);
        continue;
      }
      // A head noun alone is a common noun ("Forum", "Office") unless it stands alone in mid-sentence
      // with a capital ("Parliament", "the Commons").
      if (e - s === 1 && !first.post && (first.sentenceStart || s !== chunk.start || e !== chunk.end)) continue;
      if (!balancedBrackets(closedSpanText(text, first.span.start, last.span.end))) continue;
      // A title then a personal name is two terms ("Foreign Minister Wang Yi").
      if (endsWithNameAfterPost(tokens, s, e)) continue;
      const cue = cueOf(tokens, s, e);
      // A shorter name inside a longer one starts and ends where its parts are joined ("Foreign
      // Affairs Office | of the | Chongqing Municipal Government"), not inside a name ("Kong and
      // Macao …" of "Hong Kong and …"); a title may follow what qualifies it ("French | President").
      // A year that opens the chunk dates the name, it is not part of it ("2032 | Olympic Games").
      if (cue !== 'title' && !((cutsAtJoin(tokens, s - 1, chunk) || afterYear(tokens, s, chunk)) && cutsAtJoin(tokens, e, chunk))) continue;
      // A title still ends where a name ends: at a join or before a personal name ("Minister of
      // Foreign Affairs | Wang Yi"), never inside one ("… Office of the Chongqing | Municipal Government").
      if (cue === 'title' && !cutsAtJoin(tokens, e, chunk) && !startsPersonName(tokens, e)) continue;
      const nested = s !== chunk.start || e !== chunk.end;
      yield candidate(text, tokens, s, e, cue === 'title' ? 'title' : 'headed', cue, nested);
    }
  }
}

/**
 * A name with the lower-case noun after it that says what kind of place or
 * body it is ("Conservative party", "Smolyan region"): the Chinese says the
 * kind too (保守党, 斯莫梁地区).
 */
function withKindNoun(text: string, tokens: readonly ClassifiedToken[], chunk: Chunk): EnglishCandidate | undefined {
  const last = tokenAt(tokens, chunk.end - 1);
  const next = tokens[chunk.end];
  if (next === undefined || next.capitalised || !spacedApart(text, last, next)) return undefined;
  const kind = KIND_NOUNS.get(next.lower);
  if (kind === undefined || !isNameShaped(last) || last.calendar || last.possessive) return undefined;
  // The name is the chunk's last run of words: "Conservative" of "No 10 and Conservative".
  let start = chunk.end - 1;
  while (start > chunk.start && !tokenAt(tokens, start - 1).connector && !tokenAt(tokens, start - 1).particle) start--;
  if (!canStart(tokens, start, chunk)) return undefined;
  return candidate(text, tokens, start, chunk.end + 1, 'headed', kind, false);
}

/** True when token `i` is outside the chunk or a connector: a span may end (or start) next to it. */
function cutsAtJoin(tokens: readonly ClassifiedToken[], i: number, chunk: Chunk): boolean {
  if (i < chunk.start || i >= chunk.end) return true;
  const token = tokenAt(tokens, i);
  return token.connector && !token.capitalised;
}

/** True when the only word of the chunk before `s` is a year ("2032" of "2032 Olympic Games"). */
function afterYear(tokens: readonly ClassifiedToken[], s: number, chunk: Chunk): boolean {
  return s === chunk.start + 1 && YEAR.test(tokenAt(tokens, chunk.start).text);
}

/** A year as names are dated with it. */
const YEAR = /^(?:1[5-9]|20)\d\d$/u;

/** The text from `start` to `end`, with a closing bracket right after it taken in. */
function closedSpanText(text: string, start: number, end: number): string {
  const inside = text.slice(start, end);
  const open = inside.split('(').length - inside.split(')').length;
  return open > 0 && text.charAt(end) === ')' ? `${inside})` : inside;
}

/** True when the span is names the dictionary knows joined by hyphens ("China-Arab"). */
function joinsKnownNames(text: string, tokens: readonly ClassifiedToken[], s: number, e: number): boolean {
  if (e - s < 2) return false;
  for (let i = s + 1; i < e; i++) if (text.slice(tokenAt(tokens, i - 1).span.end, tokenAt(tokens, i).span.start) !== '-') return false;
  return tokens.slice(s, e).every((t) => t.knownName || t.demonym);
}

/** True when every bracket in `text` is closed in it. */
function balancedBrackets(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** True when the span has a post and ends with personal-name words right after a post or head. */
function endsWithNameAfterPost(tokens: readonly ClassifiedToken[], s: number, e: number): boolean {
  if (!tokens.slice(s, e).some((t) => t.post)) return false;
  let i = e - 1;
  while (i > s && isPersonWord(tokenAt(tokens, i))) i--;
  if (i === e - 1) return false;
  const before = tokenAt(tokens, i);
  return before.post || before.headType !== undefined || before.postModifier;
}

/**
 * The type the words of a span say: a post makes a title when it heads the
 * span (its last word, or the word before of/to/for: "Ambassador to
 * Belarus"); otherwise the last head noun, or the head before "of".
 */
function cueOf(tokens: readonly ClassifiedToken[], s: number, e: number): TermType | undefined {
  const span = tokens.slice(s, e);
  const firstConnector = span.findIndex((t) => t.connector && !t.capitalised);
  const headPart = firstConnector === -1 ? span : span.slice(0, firstConnector);
  const last = headPart[headPart.length - 1];
  if (last?.post) return 'title';
  if (last?.headType !== undefined) return last.headType;
  for (let i = headPart.length - 1; i >= 0; i--) {
    const t = headPart[i];
    if (t?.headType !== undefined) return t.headType;
    if (t?.post) return 'title';
  }
  const tail = span[span.length - 1];
  return tail?.headType;
}

/**
 * Titles with a post noun as their head, written in lower case or not:
 * the post, and the post with up to four words before it that qualify it
 * (modifiers, capitalised names of the country or body), and "… to/of X".
 */
function* titleCandidates(text: string, tokens: readonly ClassifiedToken[]): Generator<EnglishCandidate> {
  for (const [i, token] of tokens.entries()) {
    if (!token.post) continue;
    // The post alone, and with its qualifiers.
    const starts = [i];
    for (let j = i - 1; j >= 0 && i - j <= MAX_TITLE_PREFIX; j--) {
      const t = tokenAt(tokens, j);
      if (!spacedApart(text, t, tokenAt(tokens, j + 1))) break;
      if (NOT_POST_MODIFIERS.has(t.lower) || t.functionWord || t.number) break;
      // "Iran's president" names the president of Iran; the title is "president".
      if (t.possessive) break;
      if (t.postModifier || t.post || t.capitalised || t.acronym) {
        starts.push(j);
        continue;
      }
      break;
    }
    const ends = [i + 1];
    // "ambassador to Libya", "minister of economics", "Secretary of State".
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (next !== undefined && after !== undefined && ['to', 'of', 'for'].includes(next.lower) && after.capitalised && !after.functionWord) {
      let e = i + 2;
      const joined = (k: number): boolean => spacedApart(text, tokenAt(tokens, k - 1), tokenAt(tokens, k));
      if (joined(i + 1) && joined(i + 2)) {
        e = i + 3;
        // "Special Envoy for Iran Robert Malley": the place ends at a name the dictionary knows.
        while (e < tokens.length && tokenAt(tokens, e).capitalised && !tokenAt(tokens, e).functionWord && e - i <= 5 && joined(e) && !tokenAt(tokens, e - 1).knownName) e++;
        ends.push(e);
      }
    }
    for (const s of starts) {
      const first = tokenAt(tokens, s);
      if (first.sentenceStart && first.functionWord) continue;
      for (const e of ends) {
        if (endsWithNameAfterPost(tokens, s, e)) continue;
        yield candidate(text, tokens, s, e, 'title', 'title', s !== minOf(starts) || e !== maxOf(ends));
      }
    }
  }
}

function candidate(
  text: string,
  tokens: readonly ClassifiedToken[],
  start: number,
  end: number,
  shape: CandidateShape,
  cue: TermType | undefined,
  nested: boolean,
): EnglishCandidate {
  const first = tokenAt(tokens, start);
  const last = tokenAt(tokens, end - 1);
  // A possessive ends the name, it is not part of it ("Merkel’s" → "Merkel").
  const possessive = /['’]s?$/u.exec(last.text);
  let spanEnd = last.possessive && possessive ? last.span.end - possessive[0].length : last.span.end;
  // A bracket opened inside the name closes right after its last word ("… Relations (Japan)").
  if (!balancedBrackets(text.slice(first.span.start, spanEnd)) && text.charAt(spanEnd) === ')') spanEnd++;
  const span = { start: first.span.start, end: spanEnd };
  return {
    start,
    end,
    span,
    text: text.slice(span.start, span.end),
    shape,
    cue,
    nested,
    uncertainStart: first.sentenceStart && first.common && !first.acronym,
    coordinated: tokens.slice(start + 1, end - 1).some((t) => t.lower === 'and' || t.text === '&'),
  };
}
