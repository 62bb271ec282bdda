/**
 * Read a term pair off a unit's links, as phrase pairs are read off a word
 * alignment (Och & Ney 2004): the Chinese of an English candidate is the
 * stretch from the first to the last character its words link to, and the
 * pair holds only if no word outside the candidate links inside that stretch
 * and no link crosses the candidate's edge.
 */
import type { Span } from '../../types';
import type { EnglishCandidate } from '../english/find-english-candidates';
import type { Link, LinkMethod } from '../links/link';
import { stemEnglish } from '../../align/concepts/stem-english';
import { rootOf } from '../dictionary/root-of';
import type { TermUnit } from '../units/analyze-term-unit';
import { KIND_NOUNS } from '../english/english-term-words';
import { maxOf, minOf } from '../../min-max';

/** A candidate with its Chinese, in one unit. */
export interface UnitPair {
  readonly unit: number;
  readonly candidate: EnglishCandidate;
  /** Span in the Simplified view. */
  readonly zh: Span;
  readonly zhHans: string;
  /** Share of the candidate's content words that link into the Chinese. */
  readonly enCoverage: number;
  /** Share of the Chinese characters that the candidate's words link to. */
  readonly zhCoverage: number;
  /** The links that make the pair. */
  readonly links: readonly Link[];
  readonly methods: readonly LinkMethod[];
}

/** Characters inside a Chinese term that need no link: separators, spaces, 的 / 和 / 与 / 及 between its parts. */
const FREE_CHARS = /[\s·・•‧．\-－—()（）《》“”"'‘’之和与及]/u;

/**
 * Project one candidate. `kept` are the unit's selected links (what the words
 * outside the candidate are taken to mean); `proposed` are all the links found
 * before selection. The candidate's own words may use any proposed link whose
 * Chinese no outside word claims: starting from its strongest link, each
 * further word takes the occurrence that keeps the Chinese shortest (the same
 * name twice in a unit is linked where the rest of the term is).
 */
export function projectCandidate(unit: TermUnit, candidate: EnglishCandidate, kept: readonly Link[], proposed: readonly Link[]): UnitPair | undefined {
  const isInside = (l: Link): boolean => candidate.start <= l.en.start && l.en.end <= candidate.end;
  const outside: Link[] = [];
  for (const link of kept) {
    const overlaps = link.en.start < candidate.end && candidate.start < link.en.end;
    // A kept link that crosses the edge: the candidate cuts a linked phrase in two.
    if (overlaps && !isInside(link)) return undefined;
    if (!overlaps) outside.push(link);
  }
  // What other words' links claim: strong links only, and not those of a word the candidate
  // itself has (three "Chongqing"s and one 重庆: which one it belongs to is what is asked).
  // ("Belarus" outside and "Belarusian" inside are one word here).
  const own = new Set(unit.tokens.slice(candidate.start, candidate.end).map((t) => rootOf(t.lower)));
  const claims = outside.filter((l) => l.score >= MIN_CLAIM_SCORE && !unit.tokens.slice(l.en.start, l.en.end).some((t) => own.has(rootOf(t.lower))));
  const claimed = (zh: Span): boolean => claims.some((l) => l.zh.start < zh.end && zh.start < l.zh.end);
  const options = [...kept, ...proposed].filter((l) => isInside(l) && !claimed(l.zh));
  const chosen = chooseLinks(unit.hans, options, claimed, (links) => stationedInAgrees(unit, candidate, links));
  if (chosen.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const link of chosen) {
    start = Math.min(start, link.zh.start);
    end = Math.max(end, link.zh.end);
  }
  // The Chinese often says again what kind of thing a name is (爱荷华州 for "Iowa", 英超联赛 for "Premier League").
  end = extendOverClassWord(unit, candidate, [...outside, ...chosen], end);
  // An ordinal before 大 or 中全会 is a congress or a plenum in PRC usage (十八大, 三中全会): one word.
  end = extendOverNumberedMeeting(unit.hans, chosen, end);
  start = extendOverParty(unit, candidate, chosen, start);
  if (claimed({ start, end })) return undefined;
  const zhHans = unit.hans.slice(start, end);
  if (BREAK.test(zhHans) || !balanced(zhHans)) return undefined;
  // Two names joined by "and" are two terms: the Chinese joins them with 和 / 与 / 及 / 、 too.
  if (candidate.coordinated && /[和与及、]/u.test(zhHans)) return undefined;
  // A people or group in the plural ("Christians", "Greeks", "Democrats" as 民主党人) names persons, not a term.
  if (candidate.end - candidate.start === 1 && candidate.shape === 'name' && /\p{Ll}s$/u.test(candidate.text) && /[人徒者]$/u.test(zhHans)) return undefined;
  // Latin the Chinese keeps is matched whole: "Krishak Mukti" is not a name when the Chinese
  // keeps "Krishak Mukti Sangram Samiti".
  if (/^\p{Script=Latin}/u.test(zhHans) && LATIN_WORD_BEFORE.test(unit.hans.slice(0, start))) return undefined;
  if (/\p{Script=Latin}$/u.test(zhHans) && LATIN_WORD_AFTER.test(unit.hans.slice(end))) return undefined;
  return {
    unit: unit.index,
    candidate,
    zh: { start, end },
    zhHans,
    enCoverage: englishCoverage(unit, candidate, chosen),
    zhCoverage: chineseCoverage(unit.hans, start, end, chosen),
    links: chosen,
    methods: [...new Set(chosen.map((l) => l.method))].sort(),
  };
}

/** Weaker links (one character of a gloss, a related word) do not claim their Chinese against a candidate. */
const MIN_CLAIM_SCORE = 0.5;
/** Most unlinked characters between the parts of one term's Chinese (的, 美国 the Chinese adds, …). */
const MAX_GAP = 4;
/**
 * 驻 "stationed in" says where: what follows it is what the English says
 * after "to" / "in" (中国驻白俄罗斯大使 is the Chinese Ambassador to Belarus, not
 * the Belarusian Ambassador to China). True unless the linked Chinese holds
 * 驻 and some word after "to" links before it, or some word before "to" after it.
 */
function stationedInAgrees(unit: TermUnit, candidate: EnglishCandidate, links: readonly Link[]): boolean {
  const start = minOf(links.map((l) => l.zh.start));
  const end = maxOf(links.map((l) => l.zh.end));
  const at = unit.hans.slice(start, end).indexOf(STATIONED_IN);
  if (at === -1) return true;
  const zhAt = start + at;
  let locative = -1;
  for (let i = candidate.start; i < candidate.end; i++) if (['to', 'in'].includes(unit.tokens[i]?.lower ?? '')) locative = i;
  if (locative === -1) return false;
  // Only the names are placed by 驻: the post or the head (大使, 总领事馆, 办事处) comes last in
  // Chinese whatever the English order.
  const isPost = (l: Link): boolean => unit.tokens.slice(l.en.start, l.en.end).every((t) => t.post || t.postModifier || t.headType !== undefined || t.connector);
  return links.every((l) => isPost(l) || (l.en.start > locative ? l.zh.start >= zhAt && l.zh.end > zhAt + 1 : l.zh.end <= zhAt));
}

/** 驻 "stationed in". */
const STATIONED_IN = '驻';

/** A Latin word right before (or after) a span, with only a space between. */
const LATIN_WORD_BEFORE = /\p{Script=Latin}[\p{Script=Latin}\d'’.-]* ?$/u;
const LATIN_WORD_AFTER = /^ ?\p{Script=Latin}/u;
/** Punctuation that no term spans. */
const BREAK = /[。！？；，：、]/u;

/**
 * The links that make the candidate's Chinese. From each of the strongest
 * links as a starting point, the others are taken by strength (and, between
 * equals, nearest to the start) if they fit: their words and characters not
 * already linked, and the stretch still crossing no punctuation, nothing
 * claimed by other words, and no gap wider than a few characters. The start
 * that explains most of the candidate's words wins (a name the unit repeats
 * elsewhere does not pull the term there).
 */
function chooseLinks(hans: string, options: readonly Link[], claimed: (zh: Span) => boolean, accept: (links: readonly Link[]) => boolean): Link[] {
  const byStrength = [...options].sort((a, b) => b.score - a.score || b.en.end - b.en.start - (a.en.end - a.en.start) || b.zh.end - b.zh.start - (a.zh.end - a.zh.start) || a.zh.start - b.zh.start);
  let best: { links: Link[]; words: number; score: number } | undefined;
  for (const anchor of byStrength.slice(0, MAX_ANCHORS)) {
    const links = growFrom(anchor, byStrength, hans, claimed);
    if (!accept(links)) continue;
    const words = links.reduce((n, l) => n + l.en.end - l.en.start, 0);
    const score = links.reduce((n, l) => n + l.score * (l.en.end - l.en.start), 0);
    if (best === undefined || words > best.words || (words === best.words && score > best.score)) best = { links, words, score };
  }
  return best?.links ?? [];
}

/** Most starting points tried per candidate. */
const MAX_ANCHORS = 6;

function growFrom(anchor: Link, byStrength: readonly Link[], hans: string, claimed: (zh: Span) => boolean): Link[] {
  const distance = (l: Link): number => Math.max(0, anchor.zh.start - l.zh.end, l.zh.start - anchor.zh.end);
  const ordered = byStrength.filter((l) => l !== anchor).sort((a, b) => b.score - a.score || distance(a) - distance(b));
  const chosen: Link[] = [anchor];
  let start = anchor.zh.start;
  let end = anchor.zh.end;
  for (const link of ordered) {
    if (chosen.some((c) => overlaps(c.en, link.en) || (overlaps(c.zh, link.zh) && !sharesWord(c, link)))) continue;
    const s = Math.min(start, link.zh.start);
    const e = Math.max(end, link.zh.end);
    // A word linked far from the rest is another mention, not part of this term.
    if (e - s - (end - start) > link.zh.end - link.zh.start + MAX_GAP) continue;
    if (claimed({ start: s, end: e }) || BREAK.test(hans.slice(s, e))) continue;
    chosen.push(link);
    start = s;
    end = e;
  }
  return chosen;
}

function overlaps(a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Two words of one gloss may share its Chinese word ("Foreign", "Office" ↔ 外办). */
function sharesWord(a: Link, b: Link): boolean {
  return a.method === 'dictionary' && b.method === 'dictionary' && a.zh.start === b.zh.start && a.zh.end === b.zh.end;
}

/**
 * Chinese words that say what kind of thing a name is, written after it
 * (state, team, islands, company, …). Data only, Simplified; general Chinese.
 */
const CLASS_WORDS: readonly string[] = [
  '特别行政区', '自治区', '群岛', '半岛', '地区', '联队', '公司', '集团', '大学', '广场', '教堂', '体育场', '体育馆', '球场', '协会',
  '俱乐部', '委员会',
  '州', '省', '市', '县', '区', '镇', '村', '岛', '队', '河', '江', '湖', '山', '港', '湾', '城', '街', '路', '报', '宫', '堡', '署', '局', '郡',
];

/**
 * Chinese words that end a title, written after the body ("副" + 司长 for
 * "Deputy Director"): the English post may not be what the dictionary says.
 */
const TITLE_WORDS: readonly string[] = [
  '委员长', '秘书长', '总领事', '司长', '局长', '处长', '区长', '市长', '县长', '部长', '厅长', '省长', '州长', '院长', '校长',
  '会长', '社长', '主任', '主席', '书记', '总理', '总统', '大使', '领事', '长',
];

/**
 * Widen the end over an unlinked class word right after it, or over a
 * dictionary word that translates again a word of the candidate (联赛 after
 * 英超 for "League"). Not when the class word starts a longer word (市场 after
 * 美国 is "market").
 */
function extendOverClassWord(unit: TermUnit, candidate: EnglishCandidate, links: readonly Link[], end: number): number {
  // Inside a longer English name, or followed by a kind noun, the kind is said in English
  // ("Bristol" of "Bristol Harbour", "Silver Basin" of "the Silver Basin area" ↔ 银盆地区).
  const next = unit.tokens[candidate.end];
  if (next !== undefined && (next.headType !== undefined || KIND_NOUNS.has(next.lower))) return end;
  const linkedAt = (i: number): boolean => links.some((l) => l.zh.start <= i && i < l.zh.end);
  if (linkedAt(end)) return end;
  const longest = (at: number): number => Math.max(0, maxOf(unit.hits.filter((h) => h.start === at).map((h) => h.end - h.start)));
  for (const word of candidate.cue === 'title' ? TITLE_WORDS : CLASS_WORDS) {
    if (!unit.hans.startsWith(word, end) || longest(end) > word.length) continue;
    if ([...Array(word.length).keys()].some((k) => linkedAt(end + k))) continue;
    return end + word.length;
  }
  const stems = new Set(unit.tokens.slice(candidate.start, candidate.end).map((t) => stemEnglish(t.lower)));
  for (const hit of unit.hits) {
    if (hit.start !== end || hit.word.length < 2) continue;
    if ([...hit.entry.stems].some((stem) => stems.has(stem)) && ![...Array(hit.word.length).keys()].some((k) => linkedAt(end + k))) return hit.end;
  }
  return end;
}

/**
 * Congresses and plenary sessions named by their number: 十八大 ("18th
 * National Congress"), 三中全会 ("Third Plenary Session"), 十八届 ("18th
 * Central Committee"). When the span ends on a number link followed by one
 * of these, the span takes it in.
 */
const NUMBERED_MEETING = /^(?:中全会|大|届)/u;

function extendOverNumberedMeeting(hans: string, chosen: readonly Link[], end: number): number {
  if (!chosen.some((l) => l.method === 'number' && l.zh.end === end)) return end;
  const found = NUMBERED_MEETING.exec(hans.slice(end));
  return found ? end + found[0].length : end;
}

/**
 * PRC usage names the Party's congresses and plenums with 党的 before them
 * (党的十九大 "the 19th CPC National Congress"): when the English names the
 * Party ("CPC", "Party") with a word no chosen link explains, 党的 right
 * before the Chinese is part of the term.
 */
function extendOverParty(unit: TermUnit, candidate: EnglishCandidate, chosen: readonly Link[], start: number): number {
  if (start < PARTY_OF.length || !unit.hans.startsWith(PARTY_OF, start - PARTY_OF.length)) return start;
  for (let i = candidate.start; i < candidate.end; i++) {
    const unlinked = !chosen.some((l) => l.en.start <= i && i < l.en.end);
    if (unlinked && PARTY_WORDS.has(unit.tokens[i]?.lower ?? '')) return start - PARTY_OF.length;
  }
  return start;
}

/** 党的 "the Party's". */
const PARTY_OF = '党的';
/** English words that name the Communist Party of China in a congress's or plenum's name. */
const PARTY_WORDS: ReadonlySet<string> = new Set(['cpc', 'ccp', 'party']);

/** True when every bracket of the Chinese is closed inside it. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if ('(（《“'.includes(char)) depth++;
    else if (')）》”'.includes(char) && --depth < 0) return false;
  }
  return depth === 0;
}

function englishCoverage(unit: TermUnit, candidate: EnglishCandidate, inside: readonly Link[]): number {
  let content = 0;
  let linked = 0;
  for (let i = candidate.start; i < candidate.end; i++) {
    const token = unit.tokens[i];
    if (token === undefined || (token.connector && !token.capitalised) || token.particle) continue;
    content++;
    if (inside.some((l) => l.en.start <= i && i < l.en.end)) linked++;
  }
  return content === 0 ? 0 : linked / content;
}

function chineseCoverage(hans: string, start: number, end: number, inside: readonly Link[]): number {
  let content = 0;
  let linked = 0;
  for (let i = start; i < end; i++) {
    const char = hans.charAt(i);
    if (FREE_CHARS.test(char)) continue;
    content++;
    // Several words of one gloss together account for more of it than one alone.
    let share = 0;
    for (const l of inside) if (l.zh.start <= i && i < l.zh.end) share += l.share ?? 1;
    linked += Math.min(1, share);
  }
  return content === 0 ? 0 : linked / content;
}
