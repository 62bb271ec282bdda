/**
 * A termbase as TBX-Basic. The default is the TBX v2 `martif` form (ISO
 * 30042:2008, TBX-Basic 2.x), which translate-toolkit and OmegaT 3.6 read;
 * `version: 3` writes ISO 30042:2019 (TBX v3, DCA style). One `termEntry`
 * per concept (the terms sharing an `entry` id; a term without one is its
 * own concept), with every English and every Chinese form of it, part of
 * speech, term type (acronym) where known, a context sentence per form, and
 * a note listing the pairs with their confidence, count and methods. Output
 * is deterministic: no date unless one is passed in.
 */
import { toSimplified } from '../chinese/convert-script';
import { TermsError } from '../errors';
import type { Term, TermType } from '../types';
import { escapeXmlAttribute, escapeXmlText, type EscapeXmlTextOptions } from '../xml/escape-xml';
import { firstIllegalXmlChar, ILLEGAL_XML_CHAR } from '../xml/xml-chars';

/** Options of {@link serializeTbx}. */
export interface TbxOptions {
  /** 2 (`<martif>`, default) or 3 (`<tbx xmlns="urn:iso:std:iso:30042:ed-2">`). */
  readonly version: 2 | 3;
  /** Language tag of the English terms. Default `en`. */
  readonly enLang: string;
  /** Language tag of the Chinese terms. Default `zh-CN` (as the TMX writer). */
  readonly zhLang: string;
  /** Which Chinese form to write: as in the corpus (default) or Simplified. */
  readonly zhForm: 'original' | 'simplified';
  /** Title in the header. Default `bitext-tm termbase`. */
  readonly title: string;
  /** A date (ISO 8601) to record in the header; none by default, so output is reproducible. */
  readonly date?: string | undefined;
}

/**
 * Default TBX options.
 * @example DEFAULT_TBX_OPTIONS //=> { version: 2, enLang: 'en', zhLang: 'zh-CN', zhForm: 'original', title: 'bitext-tm termbase' }
 */
export const DEFAULT_TBX_OPTIONS: TbxOptions = { version: 2, enLang: 'en', zhLang: 'zh-CN', zhForm: 'original', title: 'bitext-tm termbase' };

/**
 * TBX-Basic part of speech by term type: names are proper nouns, titles common nouns.
 * (TBX-Basic allows noun, verb, adjective, adverb, properNoun, other.)
 */
const PART_OF_SPEECH: Readonly<Record<TermType, string>> = { person: 'properNoun', org: 'properNoun', place: 'properNoun', event: 'properNoun', title: 'noun' };

/**
 * Serialise terms as TBX.
 * @throws TermsError `TBX_INVALID_OPTION` for a bad option, `TERMS_INVALID_INPUT`
 *   for a term holding a character XML 1.0 cannot represent.
 * @example
 * const glossary = parseTermsTsv('type\ten\tzh\nperson\tWang Wen\t王雯\ntitle\tConsul General\t總領事\n');
 * serializeTbx(glossary).includes('<term>王雯</term>') //=> true
 */
export function serializeTbx(terms: readonly Term[], options: Partial<TbxOptions> = {}): string {
  const o: TbxOptions = { ...DEFAULT_TBX_OPTIONS, ...options };
  checkOptions(o);
  const entries = conceptsOf(terms).map((members, i) => entry(members, i, o));
  return o.version === 2 ? martif(entries, o) : tbx3(entries, o);
}

/** The terms grouped by concept entry, in the order of each concept's first term. */
function conceptsOf(terms: readonly Term[]): Term[][] {
  const groups = new Map<string, Term[]>();
  for (const [i, term] of terms.entries()) {
    const key = term.entry !== undefined && term.entry.length > 0 ? `entry:${term.entry}` : `term:${i}`;
    const group = groups.get(key);
    if (group) group.push(term);
    else groups.set(key, [term]);
  }
  return [...groups.values()];
}

/** TBX element content escapes `"` too, as this writer always has (the TBX golden files pin `&quot;`). */
const TBX_TEXT: EscapeXmlTextOptions = { escapeQuotes: true };

function checkOptions(o: TbxOptions): void {
  // The types already rule these values out, but options also come from JavaScript and JSON: check them anyway.
  const version: unknown = o.version;
  const zhForm: unknown = o.zhForm;
  if (version !== 2 && version !== 3) throw new TermsError('TBX_INVALID_OPTION', `Expected TBX version 2 or 3, found ${String(version)}.`);
  for (const [name, tag] of [['enLang', o.enLang], ['zhLang', o.zhLang]] as const) {
    if (!LANGUAGE_TAG.test(tag)) throw new TermsError('TBX_INVALID_OPTION', `Expected ${name} to be a language tag such as "zh-CN", found "${tag}".`);
  }
  if (zhForm !== 'original' && zhForm !== 'simplified') throw new TermsError('TBX_INVALID_OPTION', `Expected zhForm "original" or "simplified", found "${String(zhForm)}".`);
}

/**
 * A BCP 47 language tag (the simple form: language, optional script/region/variants).
 * @example LANGUAGE_TAG.test('zh-Hant-TW') //=> true
 * @example LANGUAGE_TAG.test('zh CN') //=> false
 */
export const LANGUAGE_TAG: RegExp = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u;

interface Side {
  readonly lang: string;
  readonly term: string;
  readonly termType?: string;
  readonly context?: string;
}

interface Entry {
  readonly id: string;
  readonly note: string;
  readonly sides: readonly Side[];
  readonly partOfSpeech: string;
}

/** An English form that is an acronym ("CPAFFC", "UN"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]+$/u;

function entry(members: readonly Term[], i: number, o: TbxOptions): Entry {
  for (const term of members) {
    for (const text of [term.en, term.zh, term.zhHans]) {
      if (firstIllegalXmlChar(text) !== -1) {
        throw new TermsError('TERMS_INVALID_INPUT', `Expected terms XML 1.0 can hold, found a control character in "${text.slice(0, 40)}".`);
      }
    }
  }
  const first = members[0];
  if (first === undefined) throw new Error('An entry without terms.');
  const clean = (s: string | undefined): string | undefined => (s === undefined || s.length === 0 ? undefined : s.replace(ILLEGAL_XML_CHAR, '\uFFFD'));
  const english = new Map<string, Side>();
  const chinese = new Map<string, Side>();
  for (const term of members) {
    const example = term.examples[0];
    if (!english.has(term.en)) {
      const context = clean(example?.en);
      english.set(term.en, { lang: o.enLang, term: term.en, ...(ACRONYM.test(term.en) ? { termType: 'acronym' } : {}), ...(context ? { context } : {}) });
    }
    const zh = o.zhForm === 'simplified' ? term.zhHans : term.zh;
    if (!chinese.has(zh)) {
      const context = clean(example === undefined ? undefined : o.zhForm === 'simplified' ? toSimplified(example.zh) : example.zh);
      chinese.set(zh, { lang: o.zhLang, term: zh, ...(context ? { context } : {}) });
    }
  }
  const pairs = members.map((t) => `${t.en} ⟷ ${o.zhForm === 'simplified' ? t.zhHans : t.zh}: confidence ${t.confidence}, ${t.count} unit${t.count === 1 ? '' : 's'}, methods ${t.methods.join(', ') || 'none'}`);
  return {
    id: first.entry !== undefined && first.entry.length > 0 ? first.entry : `t${i + 1}`,
    partOfSpeech: PART_OF_SPEECH[first.type],
    note: `${first.type}; ${pairs.join('; ')}`,
    sides: [...english.values(), ...chinese.values()],
  };
}

function martif(entries: readonly Entry[], o: TbxOptions): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">',
    `<martif type="TBX-Basic" xml:lang="${escapeXmlAttribute(o.enLang)}">`,
    '  <martifHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${escapeXmlText(o.title, TBX_TEXT)}</title></titleStmt>`,
    `      <sourceDesc><p>${escapeXmlText(sourceNote(o), TBX_TEXT)}</p></sourceDesc>`,
    '    </fileDesc>',
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
    ...entryLines(entries, V2_ELEMENTS),
    '    </body>',
    '  </text>',
    '</martif>',
    '',
  ].join('\n');
}

function tbx3(entries: readonly Entry[], o: TbxOptions): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="TBX-Basic" style="dca" xml:lang="${escapeXmlAttribute(o.enLang)}" xmlns="urn:iso:std:iso:30042:ed-2">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${escapeXmlText(o.title, TBX_TEXT)}</title></titleStmt>`,
    `      <sourceDesc><p>${escapeXmlText(sourceNote(o), TBX_TEXT)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
    ...entryLines(entries, V3_ELEMENTS),
    '    </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n');
}

/** The names of the elements of an entry, the one thing in which the entries of TBX v2 and v3 differ. */
interface EntryElements {
  /** The concept: `termEntry` (v2), `conceptEntry` (v3). */
  readonly entry: string;
  /** One language's terms: `langSet`, `langSec`. */
  readonly lang: string;
  /** One term with its notes: `tig`, `termSec`. */
  readonly term: string;
}

const V2_ELEMENTS: EntryElements = { entry: 'termEntry', lang: 'langSet', term: 'tig' };
const V3_ELEMENTS: EntryElements = { entry: 'conceptEntry', lang: 'langSec', term: 'termSec' };

/** The lines of the entries, indented for their place in `<body>`: one language section per language, one term section per form. */
function entryLines(entries: readonly Entry[], names: EntryElements): string[] {
  const out: string[] = [];
  for (const e of entries) {
    out.push(`      <${names.entry} id="${escapeXmlAttribute(e.id)}">`, `        <note>${escapeXmlText(e.note, TBX_TEXT)}</note>`);
    const langs = [...new Set(e.sides.map((s) => s.lang))];
    for (const lang of langs) {
      out.push(`        <${names.lang} xml:lang="${escapeXmlAttribute(lang)}">`);
      for (const side of e.sides.filter((s) => s.lang === lang)) {
        out.push(`          <${names.term}>`, `            <term>${escapeXmlText(side.term, TBX_TEXT)}</term>`);
        out.push(`            <termNote type="partOfSpeech">${e.partOfSpeech}</termNote>`);
        if (side.termType) out.push(`            <termNote type="termType">${side.termType}</termNote>`);
        if (side.context) out.push(`            <descrip type="context">${escapeXmlText(side.context, TBX_TEXT)}</descrip>`);
        out.push(`          </${names.term}>`);
      }
      out.push(`        </${names.lang}>`);
    }
    out.push(`      </${names.entry}>`);
  }
  return out;
}

function sourceNote(o: TbxOptions): string {
  return `Extracted by bitext-tm from aligned English–Chinese units${o.date === undefined ? '' : ` on ${o.date}`}.`;
}
