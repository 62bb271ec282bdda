/**
 * Synthetic English–Chinese memories for the lookup benchmark, shippable and
 * reproducible: sentence templates in the style of the seed's news text
 * (meetings, forums, officials, agreements), filled with CC-CEDICT entries
 * (data/cedict.tsv.gz: nouns, verbs, place names; ~124k entries) and
 * synthetic pinyin personal names, with a seeded PRNG.
 *
 * Length: 1 clause (50 %), 2 (35 %) or 3 (15 %), about 8–60 English words;
 * 5 % of units are short term-like segments of 1–4 words. Near-duplicates:
 * 20 % of units re-render an earlier unit's slots with one or two slots
 * changed (a TM's typical "same sentence, other name or date").
 * Held-out text (for no-match queries) uses other templates and the other
 * half of the dictionary, so it shares function words but no structure, and
 * has no short term-like segments (two dictionary entries can share a gloss,
 * so a held-out "term" could be a memory unit word for word).
 */
import type { Lexicon } from '../../src/lexicon/lexicon';
import type { TranslationUnit } from '../../src/types';

/** An English–Chinese pair of a slot filler. */
type Pair = readonly [en: string, zh: string];

interface Pools {
  readonly nouns: readonly Pair[];
  readonly verbs: readonly Pair[];
  readonly places: readonly Pair[];
  readonly givenNames: readonly Pair[];
}

const SURNAMES: readonly Pair[] = [
  ['Wang', '王'], ['Li', '李'], ['Zhang', '张'], ['Liu', '刘'], ['Chen', '陈'], ['Yang', '杨'], ['Zhao', '赵'], ['Huang', '黄'],
  ['Zhou', '周'], ['Wu', '吴'], ['Xu', '徐'], ['Sun', '孙'], ['Hu', '胡'], ['Zhu', '朱'], ['Gao', '高'], ['Lin', '林'],
  ['He', '何'], ['Guo', '郭'], ['Ma', '马'], ['Luo', '罗'], ['Xie', '谢'], ['Mo', '莫'], ['Pan', '潘'], ['Liao', '廖'],
];
const TITLES: readonly Pair[] = [
  ['Director-General', '主任'], ['Deputy Director-General', '副主任'], ['Consul-General', '总领事'], ['Ambassador', '大使'],
  ['Vice Mayor', '副市长'], ['Secretary-General', '秘书长'], ['Deputy Secretary-General', '副秘书长'], ['Chairman', '主席'],
  ['Vice Chairman', '副主席'], ['President', '会长'], ['Vice President', '副会长'], ['Mayor', '市长'], ['Director', '处长'],
];
const ORG_KINDS: readonly Pair[] = [
  ['Foreign Affairs Office', '外事办公室'], ['Municipal Government', '市政府'], ['Commerce Commission', '商务委员会'],
  ['Education Commission', '教育委员会'], ['Chamber of Commerce', '商会'], ['Friendship Association', '友好协会'],
  ['Development and Reform Commission', '发展和改革委员会'], ['Culture and Tourism Bureau', '文化和旅游局'], ['People’s Congress', '人民代表大会'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Slots = Record<string, Pair>;
type Template = readonly [en: string, zh: string];

/** Templates of the memory. Slots: P person, T title, O organisation, N noun, V verb, PL place, D date, NUM number. */
const TEMPLATES: readonly Template[] = [
  ['{P}, {T} of the {O}, attended the {N} and delivered a speech', '{O}{T}{P}出席{N}并致辞'],
  ['the {N} was held in {PL} on {D}', '{D}，{N}在{PL}举行'],
  ['{P} {V} the {N} of {PL}', '{P}{V}{PL}的{N}'],
  ['both sides agreed to strengthen cooperation in {N} and {N2}', '双方同意加强在{N}和{N2}领域的合作'],
  ['more than {NUM} representatives from {PL} and {PL2} attended the {N}', '{PL}和{PL2}的{NUM}多名代表出席{N}'],
  ['{P} met with {P2}, {T} of the {O}, in {PL}', '{P}在{PL}会见了{O}{T}{P2}'],
  ['the {O} and the {O2} signed an agreement on {N}', '{O}与{O2}签署了{N}协议'],
  ['{P} said that the {N} is an important part of the {N2}', '{P}表示，{N}是{N2}的重要组成部分'],
  ['on {D}, the {O} held a {N} on {N2}', '{D}，{O}举行{N2}{N}'],
  ['{P} introduced the {N} of {PL} to the guests', '{P}向来宾介绍了{PL}的{N}'],
  ['{P}, {T} of the {O}, {V} the {N} with {P2}', '{O}{T}{P}与{P2}{V}{N}'],
  ['the two sides exchanged views on {N}, {N2} and other fields', '双方就{N}、{N2}等领域交换了意见'],
];
/** Templates of held-out text only (no-match queries). */
const HELD_OUT_TEMPLATES: readonly Template[] = [
  ['according to the {N} report released by {PL} yesterday, {NUM} new {N2} were approved', '据{PL}昨日发布的{N}报告，新批准{N2}{NUM}个'],
  ['why should {N} matter to {PL} if {N2} keeps growing', '如果{N2}持续增长，{N}为何对{PL}重要'],
  ['visitors can reach the {N} by {N2} within {NUM} minutes', '游客乘{N2}可在{NUM}分钟内到达{N}'],
  ['in {PL}, {N} prices rose while {N2} stayed flat', '在{PL}，{N}价格上涨而{N2}持平'],
];

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const toneless = (pinyin: string): string => pinyin.replace(/\d/gu, '').replace(/u:/gu, 'ü');

/** Slot-filler pools from the dictionary; `half` 0 for the memory, 1 for held-out text. */
export function buildPools(lexicon: Lexicon, half: 0 | 1): Pools {
  const nouns: Pair[] = [];
  const verbs: Pair[] = [];
  const places: Pair[] = [];
  const givenNames: Pair[] = [];
  let index = 0;
  for (const entries of lexicon.bySimplified.values()) {
    for (const entry of entries) {
      const mine = index++ % 2 === half;
      const han = Array.from(entry.simplified);
      if (!han.every((c) => /\p{Script=Han}/u.test(c))) continue;
      const gloss = entry.glosses[0] ?? '';
      if (han.length === 1 && /^[a-z]+\d$/u.test(entry.pinyin) && mine) {
        givenNames.push([toneless(entry.pinyin), entry.simplified]);
        continue;
      }
      if (!mine || han.length < 2 || han.length > 4) continue;
      if (/^to [a-z]+(?: [a-z]+)?$/u.test(gloss)) verbs.push([gloss.slice(3), entry.simplified]);
      else if (/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/u.test(gloss) && /^[A-Z]/u.test(entry.pinyin)) places.push([gloss, entry.simplified]);
      else if (/^[a-z]+(?: [a-z]+){0,2}$/u.test(gloss)) nouns.push([gloss, entry.simplified]);
    }
  }
  return { nouns, verbs, places, givenNames };
}

/** Seeded generator of units (or held-out sentence pairs). */
export class UnitSynthesizer {
  private readonly random: () => number;
  private readonly pools: Pools;
  private readonly templates: readonly Template[];
  /** Held-out text is whole sentences only: a one-word "term" segment could repeat a memory unit word for word. */
  private readonly heldOut: boolean;
  private readonly recent: { templates: number[]; slots: Slots[] }[] = [];

  constructor(random: () => number, pools: Pools, heldOut = false) {
    this.random = random;
    this.pools = pools;
    this.templates = heldOut ? HELD_OUT_TEMPLATES : TEMPLATES;
    this.heldOut = heldOut;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  private slotValue(name: string): Pair {
    const base = name.replace(/\d$/u, '');
    switch (base) {
      case 'P': {
        const surname = this.pick(SURNAMES);
        const given = Array.from({ length: this.random() < 0.7 ? 2 : 1 }, () => this.pick(this.pools.givenNames));
        return [`${surname[0]} ${capitalize(given.map((g) => g[0]).join(''))}`, surname[1] + given.map((g) => g[1]).join('')];
      }
      case 'T':
        return this.pick(TITLES);
      case 'O': {
        const place = this.pick(this.pools.places);
        const kind = this.pick(ORG_KINDS);
        return [`${kind[0]} of ${place[0]}`, place[1] + kind[1]];
      }
      case 'N':
        return this.pick(this.pools.nouns);
      case 'V':
        return this.pick(this.pools.verbs);
      case 'PL':
        return this.pick(this.pools.places);
      case 'D': {
        const month = Math.floor(this.random() * 12);
        const day = 1 + Math.floor(this.random() * 28);
        const year = 2015 + Math.floor(this.random() * 10);
        return [`${MONTHS[month] ?? 'May'} ${day}, ${year}`, `${year}年${month + 1}月${day}日`];
      }
      default: {
        const value = String(5 + Math.floor(this.random() * 300));
        return [value, value];
      }
    }
  }

  private render(templates: readonly number[], slots: Slots): [string, string] {
    const fill = (text: string, side: 0 | 1): string =>
      text.replace(/\{(\w+)\}/gu, (_, name: string) => {
        slots[name] ??= this.slotValue(name);
        return slots[name][side];
      });
    const en = templates.map((t) => fill((this.templates[t] as Template)[0], 0));
    const zh = templates.map((t) => fill((this.templates[t] as Template)[1], 1));
    return [`${capitalize(en.join(', and '))}.`, `${zh.join('；')}。`];
  }

  /** The next sentence pair. */
  next(): [string, string] {
    const roll = this.random();
    if (this.recent.length > 0 && roll < 0.2) {
      // A near-duplicate: an earlier unit with one or two slot values changed.
      const base = this.pick(this.recent);
      const names = Object.keys(base.slots[0] ?? {});
      const changed = new Set(Array.from({ length: 1 + Math.floor(this.random() * 2) }, () => this.pick(names)));
      const slots: Slots = Object.fromEntries(Object.entries(base.slots[0] ?? {}).filter(([name]) => !changed.has(name)));
      return this.render(base.templates, slots);
    }
    if (roll < 0.25 && !this.heldOut) {
      const term = Array.from({ length: 1 + Math.floor(this.random() * 2) }, () => this.pick(this.pools.nouns));
      return [capitalize(term.map((t) => t[0]).join(' ')), term.map((t) => t[1]).join('')];
    }
    const clauses = this.random() < 0.5 ? 1 : this.random() < 0.7 ? 2 : 3;
    const templates = Array.from({ length: clauses }, () => Math.floor(this.random() * this.templates.length));
    const slots: Slots = {};
    const pair = this.render(templates, slots);
    if (this.recent.length < 5000) this.recent.push({ templates, slots: [slots] });
    else this.recent[Math.floor(this.random() * this.recent.length)] = { templates, slots: [slots] };
    return pair;
  }
}

/**
 * A memory of `count` synthetic units with ids `syn-0`, `syn-1`, … Each unit
 * goes through JSON text and back, so its strings are flat, as a parser's are
 * (template filling leaves V8 rope strings, which every first read must copy).
 */
export function synthesizeUnits(random: () => number, pools: Pools, count: number): TranslationUnit[] {
  const synthesizer = new UnitSynthesizer(random, pools);
  const units: TranslationUnit[] = [];
  for (let u = 0; u < count; u++) {
    const [en, zh] = synthesizer.next();
    units.push(JSON.parse(JSON.stringify({ id: `syn-${u}`, en, zh })) as TranslationUnit);
  }
  return units;
}
