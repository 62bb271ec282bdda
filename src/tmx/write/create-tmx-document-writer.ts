/**
 * The lossless TMX writer: a {@link TmxDocument} as the reader returns it —
 * every variant of every language, the `<tu>` and `<tuv>` attributes, props,
 * notes, the header's attributes, props, notes and `<ude>`s, and (read with
 * `inline: 'tags'`) the inline markup — written back as TMX 1.4. What `tmx
 * convert --to tmx` runs: nothing is dropped unless an option asks for it,
 * and every change an option makes is reported.
 *
 * Each unit goes through these steps, in order:
 *   1. retagChinese  — with `zhLang`: Chinese variants take that tag, their text converted to its script
 *   2. putSourceFirst — with `sourceLanguage`: that language's variants first
 *   3. dedupe        — with `dedupe`: a unit whose variants equal an earlier unit's is left out
 *   4. write `<tu>`: attributes, props, notes, then each `<tuv>`
 */
import { toSimplified, toTraditional } from '../../chinese/convert-script';
import { type Issue, TmxWriteError } from '../../errors';
import { escapeXmlAttribute, escapeXmlText } from '../../xml/escape-xml';
import { isChineseTag, isEnglishTag } from '../units/lang-tags';
import { formatTmxDate, TMX_EPILOG } from './tmx-prolog';
import type { TmxHeader, TmxNote, TmxProp, TmxUde, TmxUnit, TmxVariant } from '../tmx-unit';
import type { ChineseTmxLang } from './tmx-write-options';

/** Options of {@link createTmxDocumentWriter} and `serializeTmxDocument`. */
export interface TmxDocumentWriteOptions {
  /**
   * What the variants' text is: `flatten` — plain text (escaped on writing);
   * `tags` — the canonical inline markup the reader gives with `inline: 'tags'`
   * (written as it is). Use the mode the document was read with. Default `flatten`.
   */
  readonly inline?: 'flatten' | 'tags';
  /** Give every Chinese variant this tag, its text converted to the tag's script (see `convertChinese`). Default: tags unchanged. */
  readonly zhLang?: ChineseTmxLang | undefined;
  /**
   * Convert the Chinese variants' text: `auto` follows `zhLang` (zh-CN/zh-Hans →
   * Simplified, zh-TW/zh-Hant → Traditional; nothing without `zhLang`). Default `auto`.
   */
  readonly convertChinese?: 'auto' | 'none' | 'simplified' | 'traditional';
  /** Put this language's variants first in each unit, and make it the header's `srclang`. Default: order unchanged. */
  readonly sourceLanguage?: 'en' | 'zh' | undefined;
  /** Leave out a unit whose variants (language and text) equal an earlier unit's, with an issue. Default false. */
  readonly dedupe?: boolean;
  /** The header's `creationdate` instead of the one read (seconds since the epoch, or a Date). Default: the one read. */
  readonly creationDate?: Date | number | undefined;
  /** Write `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`. Default true. */
  readonly doctype?: boolean;
  /** Called with each issue; when given, issues are not also collected. */
  readonly onIssue?: ((issue: Issue) => void) | undefined;
}

/** Counts of what the writer did. */
export interface TmxDocumentWriteStats {
  units: number;
  written: number;
  duplicates: number;
  /** Chinese variants whose text conversion changed. */
  converted: number;
  /** Chinese variants given another tag. */
  retagged: number;
  /** Variants left out because retagging made them identical to another variant of their unit. */
  merged: number;
}

/** A lossless TMX writer: `start` with the header, `write` each unit, `end`; concatenate the strings. */
export interface TmxDocumentWriter {
  /** XML declaration, DOCTYPE, `<tmx version="1.4">`, the header and `<body>`. */
  start(header: TmxHeader | undefined): string;
  /** One `<tu>`, or `''` when `dedupe` left it out. */
  write(unit: TmxUnit): string;
  /** `</body></tmx>`, plus the summary issues of conversion. */
  end(): string;
  readonly issues: readonly Issue[];
  readonly stats: Readonly<TmxDocumentWriteStats>;
}

/** Header attributes the TMX 1.4 DTD requires, with what is written when the document had none. */
const REQUIRED_HEADER: readonly (readonly [string, string])[] = [
  ['creationtool', 'unknown'],
  ['creationtoolversion', 'unknown'],
  ['segtype', 'sentence'],
  ['o-tmf', 'unknown'],
  ['adminlang', 'en'],
  ['srclang', '*all*'],
  ['datatype', 'unknown'],
];

/**
 * Create a lossless TMX writer.
 * @example
 * const reader = readTmx(createReadStream('memory.tmx'), { inline: 'tags' });
 * const writer = createTmxDocumentWriter({ inline: 'tags' });
 * let tmx = '';
 * for await (const unit of reader) tmx += (tmx === '' ? writer.start(reader.header) : '') + writer.write(unit);
 * tmx += writer.end(); // every variant, attribute, prop, note and tag of memory.tmx (examples/tmx-lossless.ts)
 */
export function createTmxDocumentWriter(options: TmxDocumentWriteOptions = {}): TmxDocumentWriter {
  checkOptions(options);
  const issues: Issue[] = [];
  const report = options.onIssue ?? ((issue: Issue) => issues.push(issue));
  const stats: TmxDocumentWriteStats = { units: 0, written: 0, duplicates: 0, converted: 0, retagged: 0, merged: 0 };
  const tags = (options.inline ?? 'flatten') === 'tags';
  const conversion = options.convertChinese ?? 'auto';
  const convertTo = conversion === 'auto' ? scriptOfTag(options.zhLang) : conversion === 'none' ? undefined : conversion;
  const seen = new Set<string>();

  const retagChinese = (unit: TmxUnit): TmxUnit => {
    if (options.zhLang === undefined && convertTo === undefined) return unit;
    const variants = unit.variants.map((variant) => {
      if (!isChineseTag(variant.lang)) return variant;
      const lang = options.zhLang ?? variant.lang;
      const text = convertTo === undefined ? variant.text : convertOutsideTags(variant.text, convertTo, tags);
      if (lang !== variant.lang) stats.retagged++;
      if (text !== variant.text) stats.converted++;
      return lang === variant.lang && text === variant.text ? variant : { ...variant, lang, text };
    });
    // zh-CN 中白工业园 and zh-TW 中白工業園 both tagged zh-TW are one variant now: keep it once.
    const distinct = new Map(variants.map((variant) => [JSON.stringify(variant), variant]));
    stats.merged += variants.length - distinct.size;
    return { ...unit, variants: [...distinct.values()] };
  };

  const putSourceFirst = (unit: TmxUnit): TmxUnit => {
    const source = options.sourceLanguage;
    if (source === undefined) return unit;
    const isSource = source === 'en' ? isEnglishTag : isChineseTag;
    return { ...unit, variants: [...unit.variants.filter((v) => isSource(v.lang)), ...unit.variants.filter((v) => !isSource(v.lang))] };
  };

  return {
    issues,
    stats,
    start(header) {
      const attributes: Record<string, string> = { ...header?.attributes };
      const filled: string[] = [];
      for (const [name, value] of REQUIRED_HEADER) {
        if (attributes[name] === undefined) {
          attributes[name] = value;
          filled.push(`${name}="${value}"`);
        }
      }
      if (options.sourceLanguage !== undefined) attributes['srclang'] = options.sourceLanguage === 'en' ? 'en' : (options.zhLang ?? 'zh-CN');
      if (options.creationDate !== undefined) attributes['creationdate'] = formatTmxDate(options.creationDate);
      if (filled.length > 0) {
        report({ severity: 'info', code: 'TMX_HEADER_COMPLETED', message: `Expected the header attributes TMX 1.4 requires, found ${filled.length} missing; wrote ${filled.join(', ')}.` });
      }
      if (header !== undefined && header.version !== '1.4') {
        report({ severity: 'info', code: 'TMX_HEADER_COMPLETED', message: `Wrote TMX version 1.4 (the document said ${JSON.stringify(header.version)}); its elements are the same.` });
      }
      const head = `  <header${attributeList(attributes)}`;
      const body = [...(header?.props ?? []).map((p) => propXml(p, '    ')), ...(header?.notes ?? []).map((n) => noteXml(n, '    ')), ...(header?.udes ?? []).map(udeXml)].join('');
      const doctype = (options.doctype ?? true) ? '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n' : '';
      return `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}<tmx version="1.4">\n${body === '' ? `${head}/>\n` : `${head}>\n${body}  </header>\n`}  <body>\n`;
    },
    write(input) {
      stats.units++;
      const unit = putSourceFirst(retagChinese(input));
      if (options.dedupe === true) {
        const key = unit.variants.map((v) => `${v.lang}\u0000${v.text}`).join('\u0001');
        if (seen.has(key)) {
          stats.duplicates++;
          report({ severity: 'info', code: 'TMX_DUPLICATE_UNIT', message: `Skipped unit ${unit.tuid === undefined ? `number ${unit.index}` : `"${unit.tuid}"`}: an earlier unit has the same variants.`, place: unit.place });
          return '';
        }
        seen.add(key);
      }
      stats.written++;
      const attributes = unit.tuid === undefined ? unit.attributes : { tuid: unit.tuid, ...unit.attributes };
      return `    <tu${attributeList(attributes)}>\n${unit.props.map((p) => propXml(p, '      ')).join('')}${unit.notes.map((n) => noteXml(n, '      ')).join('')}${unit.variants.map((v) => variantXml(v, tags)).join('')}    </tu>\n`;
    },
    end() {
      if (stats.retagged > 0 || stats.converted > 0) {
        const merged = stats.merged === 0 ? '' : `; ${stats.merged} variant(s) that became identical to another of their unit were written once`;
        report({ severity: 'info', code: 'TMX_SCRIPT_CONVERTED', message: `Gave ${stats.retagged} Chinese variant(s) the tag ${options.zhLang ?? '(unchanged)'} and converted the text of ${stats.converted}${convertTo === undefined ? '' : ` to ${convertTo === 'simplified' ? 'Simplified' : 'Traditional'}`}${merged}.` });
      }
      return TMX_EPILOG;
    },
  };
}

/** The options a caller can get wrong from untyped input (a command line). @throws TmxWriteError TMX_INVALID_OPTION */
function checkOptions(options: TmxDocumentWriteOptions): void {
  const fail = (message: string): never => {
    throw new TmxWriteError('TMX_INVALID_OPTION', message);
  };
  if (options.zhLang !== undefined && !CHINESE_TAGS.includes(options.zhLang)) fail(`Expected zhLang to be one of ${CHINESE_TAGS.join(', ')}, found ${JSON.stringify(options.zhLang)}.`);
  if (options.convertChinese !== undefined && !['auto', 'none', 'simplified', 'traditional'].includes(options.convertChinese)) fail(`Expected convertChinese to be auto, none, simplified or traditional, found ${JSON.stringify(options.convertChinese)}.`);
  if (options.sourceLanguage !== undefined && !['en', 'zh'].includes(options.sourceLanguage)) fail(`Expected sourceLanguage to be en or zh, found ${JSON.stringify(options.sourceLanguage)}.`);
  if (options.inline !== undefined && !['flatten', 'tags'].includes(options.inline)) fail(`Expected inline to be flatten or tags, found ${JSON.stringify(options.inline)}.`);
  if (options.creationDate !== undefined) formatTmxDate(options.creationDate);
}

/** The Chinese tags the writers offer. */
const CHINESE_TAGS: readonly ChineseTmxLang[] = ['zh-CN', 'zh-TW', 'zh-Hans', 'zh-Hant', 'zh'];

function variantXml(variant: TmxVariant, tags: boolean): string {
  const attributes = { 'xml:lang': variant.lang, ...variant.attributes };
  const inner = `${variant.props.map((p) => propXml(p, '        ')).join('')}${variant.notes.map((n) => noteXml(n, '        ')).join('')}`;
  const seg = `<seg>${tags ? variant.text : escapeXmlText(variant.text)}</seg>`;
  return inner === '' ? `      <tuv${attributeList(attributes)}>${seg}</tuv>\n` : `      <tuv${attributeList(attributes)}>\n${inner}        ${seg}\n      </tuv>\n`;
}

function propXml(prop: TmxProp, indent: string): string {
  const attributes: Record<string, string> = { type: prop.type };
  if (prop.lang !== undefined) attributes['xml:lang'] = prop.lang;
  if (prop.encoding !== undefined) attributes['o-encoding'] = prop.encoding;
  return `${indent}<prop${attributeList(attributes)}>${escapeXmlText(prop.value)}</prop>\n`;
}

function noteXml(note: TmxNote, indent: string): string {
  const attributes: Record<string, string> = {};
  if (note.lang !== undefined) attributes['xml:lang'] = note.lang;
  if (note.encoding !== undefined) attributes['o-encoding'] = note.encoding;
  return `${indent}<note${attributeList(attributes)}>${escapeXmlText(note.text)}</note>\n`;
}

function udeXml(ude: TmxUde): string {
  const maps = ude.maps.map((map) => `      <map${attributeList(map)}/>\n`).join('');
  return maps === '' ? `    <ude${attributeList(ude.attributes)}/>\n` : `    <ude${attributeList(ude.attributes)}>\n${maps}    </ude>\n`;
}

function attributeList(attributes: Readonly<Record<string, string>>): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) text += ` ${name}="${escapeXmlAttribute(value)}"`;
  return text;
}

/** Convert the text of a `<seg>`; with `tags`, only the character data between tags (the markup stays as it is). */
function convertOutsideTags(text: string, to: 'simplified' | 'traditional', tags: boolean): string {
  const convert = to === 'simplified' ? toSimplified : toTraditional;
  if (!tags) return convert(text);
  return text.split(/(<[^>]*>)/u).map((part) => (part.startsWith('<') ? part : convert(part))).join('');
}

/** The script a tag fixes, for `convertChinese: 'auto'`. */
function scriptOfTag(tag: ChineseTmxLang | undefined): 'simplified' | 'traditional' | undefined {
  if (tag === 'zh-CN' || tag === 'zh-Hans') return 'simplified';
  if (tag === 'zh-TW' || tag === 'zh-Hant') return 'traditional';
  return undefined;
}
