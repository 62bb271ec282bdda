/**
 * Read a TBX termbase into terms: TBX v2 (`<martif>`, as MultiTerm,
 * translate-toolkit and OmegaT write it, and as bitext-tm writes it) and TBX
 * v3 (`<tbx>`, `conceptEntry`/`langSec`/`termSec`). Every English form of an
 * entry paired with every Chinese form is one term, all with the entry's id,
 * so lookup answers with the whole entry.
 *
 * fast-xml-parser reads it (a termbase fits in memory). A DOCTYPE with an
 * internal subset is refused before parsing (that is where entity bombs and
 * external entities live); an external DTD reference is ignored, never
 * fetched. Well-formedness is checked first, so a broken file gets a typed
 * error with its line and column.
 */
import { createRequire } from 'node:module';
import type * as FastXmlParser from 'fast-xml-parser';
import { toSimplified } from '../../chinese/convert-script';
import { TermsError, type Issue } from '../../errors';
import { LineIndex } from '../../position';
import type { Term, TermType } from '../../types';
import { appendAll } from '../../append-all';

/** Elements that may repeat, read as arrays whatever their count. */
const REPEATED: ReadonlySet<string> = new Set(['termEntry', 'conceptEntry', 'langSet', 'langSec', 'tig', 'ntig', 'termSec', 'termGrp', 'note', 'descrip', 'termNote', 'admin']);

// fast-xml-parser 5 still ships this well-formedness check (XMLValidator); its replacement is not a dependency.
/* eslint-disable @typescript-eslint/no-deprecated */
let loaded: { parser: FastXmlParser.XMLParser; validator: typeof FastXmlParser.XMLValidator } | undefined;

/**
 * fast-xml-parser, loaded on the first TBX read: importing bitext-tm for
 * lookup or alignment never pays its ~7 ms (see README, Package size).
 */
function xml(): NonNullable<typeof loaded> {
  if (!loaded) {
    const { XMLParser, XMLValidator } = createRequire(import.meta.url)('fast-xml-parser') as typeof FastXmlParser;
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      textNodeName: '#text',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: true,
      isArray: (name) => REPEATED.has(name),
    });
    loaded = { parser, validator: XMLValidator };
  }
  return loaded;
}
/* eslint-enable @typescript-eslint/no-deprecated */

/** Names TBX files use for the type of a concept, mapped to ours. */
const TYPE_NAMES: Readonly<Record<string, TermType>> = {
  person: 'person', people: 'person', personal: 'person', name: 'person',
  org: 'org', organization: 'org', organisation: 'org', institution: 'org', company: 'org',
  place: 'place', location: 'place', geographical: 'place', gpe: 'place',
  title: 'title', position: 'title', office: 'title', job: 'title',
  event: 'event', document: 'event',
};

/**
 * Parse a TBX file's text.
 * @throws TermsError `TBX_MALFORMED` (with the line and column) for XML that is
 *   not well-formed, a DOCTYPE with an internal subset, or a root that is not
 *   TBX; `TBX_NO_TERMS` when no entry has both an English and a Chinese term
 *   (its `issues` say which entries lacked which language).
 * @example parseTbx(serializeTbx(parseTermsTsv('type\ten\tzh\nperson\tWang Wen\t王雯\n')))[0]?.zh //=> '王雯'
 */
export function parseTbx(text: string, file?: string): Term[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const index = new LineIndex(source);
  const fail = (message: string, offset: number): TermsError =>
    new TermsError('TBX_MALFORMED', message, { file, place: index.pointAt(Math.max(0, Math.min(offset, source.length))) });
  const doctype = /<!DOCTYPE[^>[]*\[/iu.exec(source);
  if (doctype) throw fail('Expected a TBX file without an internal DTD subset (it may declare entities), found one.', doctype.index);
  const valid = xml().validator.validate(source);
  if (valid !== true) {
    const offset = index.lineStart(valid.err.line) + valid.err.col - 1;
    throw fail(`Expected well-formed XML: ${valid.err.msg.replace(/\.$/u, '')}.`, offset);
  }
  const root = xml().parser.parse(source) as Record<string, unknown>;
  const martif = objectAt(root, 'martif');
  const tbx = objectAt(root, 'tbx');
  const body = objectAt(objectAt(martif ?? tbx, 'text'), 'body');
  if ((martif === undefined && tbx === undefined) || body === undefined) {
    throw fail('Expected a TBX file (a <martif> or <tbx> root with <text><body>), found another kind of XML.', 0);
  }
  const entries = [...arrayAt(body, 'termEntry'), ...arrayAt(body, 'conceptEntry')];
  const terms: Term[] = [];
  const issues: Issue[] = [];
  for (const [i, entry] of entries.entries()) {
    const id = stringAt(entry, '@_id') ?? `tbx${i + 1}`;
    const type = typeOf(entry);
    const english: string[] = [];
    const chinese: string[] = [];
    for (const section of [...arrayAt(entry, 'langSet'), ...arrayAt(entry, 'langSec')]) {
      const lang = (stringAt(section, '@_xml:lang') ?? stringAt(section, '@_lang') ?? '').toLowerCase();
      const forms = termsOf(section);
      if (lang === 'en' || lang.startsWith('en-')) appendAll(english, forms);
      else if (lang === 'zh' || lang.startsWith('zh-') || lang.startsWith('cmn')) appendAll(chinese, forms);
    }
    if (english.length === 0 || chinese.length === 0) {
      issues.push({ severity: 'warning', code: 'TBX_NO_TERMS', message: `Entry "${id}" has no ${english.length === 0 ? 'English' : 'Chinese'} term; it was skipped.`, ...(file === undefined ? {} : { file }) });
      continue;
    }
    const recorded = recordedPairs(entry);
    for (const en of new Set(english)) {
      for (const zh of new Set(chinese)) {
        // bitext-tm's own TBX records each extracted pair in the entry's note; other pairs are the termbase's own.
        const known = recorded.get(`${en}\t${zh}`);
        if (recorded.size > 0 && known === undefined) continue;
        terms.push({ type, en, zh, zhHans: toSimplified(zh), count: known?.count ?? 0, confidence: known?.confidence ?? 1, methods: known?.methods ?? ['termbase'], units: [], examples: [], entry: id });
      }
    }
  }
  if (terms.length === 0) {
    throw new TermsError('TBX_NO_TERMS', `Expected entries with an English and a Chinese term, found none in ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}.`, { file, issues });
  }
  return terms;
}

/**
 * The pairs a bitext-tm TBX records in its entry note ("org; Foreign Affairs
 * Office ⟷ 外辦: confidence 0.83, 1 unit, methods dictionary; …"), by
 * "en\tzh". Empty for any other TBX.
 */
function recordedPairs(entry: Record<string, unknown>): Map<string, { confidence: number; count: number; methods: string[] }> {
  const pairs = new Map<string, { confidence: number; count: number; methods: string[] }>();
  const note = arrayAt(entry, 'note').map(textOf)[0] ?? '';
  for (const match of note.matchAll(/(?:^|; )([^;⟷]+?) ⟷ ([^;:]+): confidence ([\d.]+), (\d+) units?, methods ([^;]+)/gu)) {
    const [, en = '', zh = '', confidence = '1', count = '0', methods = ''] = match;
    pairs.set(`${en}\t${zh}`, { confidence: Number(confidence), count: Number(count), methods: methods === 'none' ? [] : methods.split(', ') });
  }
  return pairs;
}

/** The terms of one language section: tig/term, ntig/termGrp/term, termSec/term. */
function termsOf(section: Record<string, unknown>): string[] {
  const forms: string[] = [];
  for (const holder of [...arrayAt(section, 'tig'), ...arrayAt(section, 'termSec'), ...arrayAt(section, 'ntig').flatMap((n) => arrayAt(n, 'termGrp'))]) {
    const term = textOf(holder['term']).trim();
    if (term.length > 0) forms.push(term);
  }
  return forms;
}

/**
 * The concept's type: from our own note ("org; …"), or a descrip, termNote or
 * admin of type entityType / type / subjectField whose value names a type.
 */
function typeOf(entry: Record<string, unknown>): TermType {
  const note = arrayAt(entry, 'note').map(textOf)[0] ?? textOf(entry['note']);
  const fromNote = TYPE_NAMES[note.split(';')[0]?.trim().toLowerCase() ?? ''];
  if (fromNote) return fromNote;
  const holders = [entry, ...arrayAt(entry, 'langSet'), ...arrayAt(entry, 'langSec')];
  for (const holder of holders) {
    for (const element of [...arrayAt(holder, 'descrip'), ...arrayAt(holder, 'termNote'), ...arrayAt(holder, 'admin')]) {
      const kind = stringAt(element, '@_type') ?? '';
      if (!/^(?:entityType|type|subjectField|conceptType)$/iu.test(kind)) continue;
      const named = TYPE_NAMES[textOf(element).trim().toLowerCase()];
      if (named) return named;
    }
  }
  return 'org';
}

function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const child = (value as Record<string, unknown>)[key];
  if (Array.isArray(child)) return child.find((c): c is Record<string, unknown> => c !== null && typeof c === 'object');
  return child !== null && typeof child === 'object' ? (child as Record<string, unknown>) : undefined;
}

function arrayAt(value: unknown, key: string): Record<string, unknown>[] {
  if (value === null || typeof value !== 'object') return [];
  const child = (value as Record<string, unknown>)[key];
  const list: unknown[] = Array.isArray(child) ? child : child === undefined ? [] : [child];
  return list.map((c) => (c !== null && typeof c === 'object' ? (c as Record<string, unknown>) : { '#text': String(c) }));
}

function stringAt(value: Record<string, unknown>, key: string): string | undefined {
  const v = value[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** The text of an element: a string, or the text inside it when it has markup or attributes (<term><hi>…</hi></term>). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join('');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !key.startsWith('@_'))
      .map(([, child]) => textOf(child))
      .join('');
  }
  return '';
}
