/**
 * The streaming TMX writer: one string per unit, so a memory of any size is
 * written in constant memory (except with `dedupe`). `serializeTmx` is this
 * writer run over an array.
 *
 * Each unit goes through these steps, in order:
 *   1. normalise both texts (illegal characters removed, edges trimmed; reported),
 *   2. convert the Chinese script when the options say so (counted),
 *   3. skip it when a side is empty (TMX_EMPTY_SEG) or, with `dedupe`, when the pair was written (TMX_DUPLICATE_UNIT),
 *   4. write `<tu>`: provenance props, then unit props, then the source tuv and the target tuv.
 * `writeMany` (used by `chunks` and `serializeTmx`) does the same, but first converts the
 * Chinese of all its units in one OpenCC call, which saves about 10% of the conversion's time.
 */
import { toSimplified, toTraditional } from '../../chinese/convert-script';
import { convertScriptBatch } from '../../chinese/convert-script-batch';
import { TmxWriteError, type Issue } from '../../errors';
import type { TranslationUnit } from '../../types';
import { escapeXmlAttribute, escapeXmlText } from '../../xml/escape-xml';
import { isChineseTag, isEnglishTag } from '../units/lang-tags';
import { normalizeSegment, removeIllegalChars } from './normalize-text';
import { provenanceProps, RESERVED_PROP_TYPES } from '../units/provenance-props';
import { formatTmxDate, TMX_EPILOG, tmxProlog } from './tmx-prolog';
import { DEFAULT_TMX_WRITE_OPTIONS, type TmxWriteOptions } from './tmx-write-options';
import { ILLEGAL_XML_CHAR } from '../../xml/xml-chars';

/** Counts of what the writer did. */
export interface TmxWriteStats {
  /** Units given to `write`. */
  units: number;
  /** Units written as `<tu>`. */
  written: number;
  /** Units skipped because a side was empty after normalisation. */
  empty: number;
  /** Units skipped as duplicates (`dedupe`). */
  duplicates: number;
  /** Texts whose edges were trimmed. */
  trimmed: number;
  /** XML-illegal characters removed. */
  illegalCharsRemoved: number;
  /** Chinese texts that script conversion changed. */
  converted: number;
}

/** A TMX writer: call `start`, `write` per unit, `end`, and concatenate the strings; or use `chunks`. */
export interface TmxWriter {
  /** The XML declaration, DOCTYPE, `<tmx>`, header and `<body>`. */
  start(): string;
  /** One unit's `<tu>`, or `''` when it was skipped (with an Issue). */
  write(unit: TranslationUnit): string;
  /**
   * The same string, issues and stats as calling `write` on each unit in turn, but faster when
   * the Chinese is converted: it is converted for all the units in one OpenCC call.
   */
  writeMany(units: readonly TranslationUnit[]): string;
  /** `</body></tmx>`, plus the TMX_SCRIPT_CONVERTED record if any text was converted. */
  end(): string;
  /**
   * The whole document as chunks of about 64 KiB, for `stream.pipeline`.
   * @example await pipeline(writer.chunks(units), createWriteStream('memory.tmx'));
   */
  chunks(units: Iterable<TranslationUnit> | AsyncIterable<TranslationUnit>): AsyncGenerator<string>;
  /** Issues so far (empty when `options.onIssue` takes them). */
  readonly issues: readonly Issue[];
  readonly stats: Readonly<TmxWriteStats>;
}

/** Strings are batched to about this many UTF-16 code units per chunk: large enough that stream overhead vanishes. */
const CHUNK_LENGTH = 65_536;

/**
 * Units that `chunks` and `serializeTmx` pass to `writeMany` at a time. Measured on the TMX bench's
 * units (test/bench/tmx.md): 64 and 256 convert in about 10% less CPU than one unit at a time, 1024 in none less.
 */
export const WRITE_BATCH_UNITS = 256;

/**
 * Create a streaming TMX writer.
 * @throws TmxWriteError TMX_INVALID_OPTION for a bad option; TMX_ILLEGAL_CHAR from `write` with `illegalChars: 'error'`.
 * @example
 * // The writer never reads the clock: pass SOURCE_DATE_EPOCH (seconds) for a reproducible creationdate.
 * // (Number(undefined) is NaN, which the writer rejects: only pass it when it is set.)
 * const epoch = process.env['SOURCE_DATE_EPOCH'];
 * const writer = createTmxWriter(epoch === undefined ? {} : { creationDate: Number(epoch) });
 * await pipeline(writer.chunks(units), createWriteStream('memory.tmx'));
 * // Three units with Traditional Chinese (examples/write-tmx-stream.ts), written as zh-CN
 * // (the default): converted, and reported.
 * [writer.stats.written, writer.issues.map((issue) => issue.code)] //=> [3, ['TMX_SCRIPT_CONVERTED']]
 */
export function createTmxWriter(options: TmxWriteOptions = {}): TmxWriter {
  const o = { ...DEFAULT_TMX_WRITE_OPTIONS, ...definedOnly(options) };
  checkOptions(o);
  const convertTo = o.convertChinese === 'auto' ? scriptOfWriteTag(o.zhLang) : o.convertChinese === 'none' ? undefined : o.convertChinese;
  const issues: Issue[] = [];
  const report = options.onIssue ?? ((issue: Issue) => issues.push(issue));
  const stats: TmxWriteStats = { units: 0, written: 0, empty: 0, duplicates: 0, trimmed: 0, illegalCharsRemoved: 0, converted: 0 };
  const seen = new Set<string>();
  const enFirst = o.sourceLanguage === 'en';
  /** Normalised Chinese text → its conversion, filled by `writeMany` for the units it is about to write. */
  let preconverted = new Map<string, string>();

  const take = (result: { text: string; issues: readonly Issue[] }): string => {
    for (const issue of result.issues) {
      if (issue.code === 'TMX_TRIMMED_WHITESPACE') stats.trimmed++;
      else stats.illegalCharsRemoved += issue.removed?.length ?? 0;
      report(issue);
    }
    return result.text;
  };

  const writer: TmxWriter = {
    issues,
    stats,
    start: () => tmxProlog({ srclang: enFirst ? o.enLang : o.zhLang, adminLang: o.adminLang, originalFormat: o.originalFormat, creationDate: options.creationDate, doctype: o.doctype }),
    write(unit) {
      stats.units++;
      const name = `unit "${unit.id}"`;
      const en = take(normalizeSegment(unit.en, `the English text of ${name}`, o.illegalChars));
      let zh = take(normalizeSegment(unit.zh, `the Chinese text of ${name}`, o.illegalChars));
      if (convertTo !== undefined && zh !== '') {
        const converted = preconverted.get(zh) ?? (convertTo === 'simplified' ? toSimplified(zh) : toTraditional(zh));
        if (converted !== zh) stats.converted++;
        zh = converted;
      }
      if (en === '' || zh === '') {
        stats.empty++;
        report({ severity: 'warning', code: 'TMX_EMPTY_SEG', message: `Expected text on both sides of ${name}, found the ${en === '' ? 'English' : 'Chinese'} side empty; the unit was not written.` });
        return '';
      }
      if (o.dedupe) {
        const key = `${en}\u0000${zh}`; // U+0000 cannot occur in normalised text
        if (seen.has(key)) {
          stats.duplicates++;
          report({ severity: 'info', code: 'TMX_DUPLICATE_UNIT', message: `Skipped ${name}: the same English and Chinese were already written.` });
          return '';
        }
        seen.add(key);
      }
      const tuid = o.tuid ? ` tuid="${escapeXmlAttribute(take(removeIllegalChars(unit.id, `the id of ${name}`, o.illegalChars)))}"` : '';
      let xml = `    <tu${tuid}${changeAttributes(unit, name, (text, what) => take(removeIllegalChars(text, what, o.illegalChars)))}>\n`;
      if (o.provenance) {
        for (const [type, value] of provenanceProps(unit)) xml += prop(type, take(removeIllegalChars(value, `the ${type} prop of ${name}`, o.illegalChars)));
      }
      for (const [type, value] of Object.entries(unit.props ?? {})) {
        if (RESERVED_PROP_TYPES.has(type)) {
          report({ severity: 'warning', code: 'TMX_RESERVED_PROP', message: `Expected unit props other than bitext-tm's own ${type}, found it in ${name}; it was not written (use confidence or origin).` });
          continue;
        }
        const what = `a prop of ${name}`;
        xml += prop(take(removeIllegalChars(type, what, o.illegalChars)), take(removeIllegalChars(value, what, o.illegalChars)));
      }
      const enTuv = `      <tuv xml:lang="${escapeXmlAttribute(o.enLang)}"><seg>${escapeXmlText(en)}</seg></tuv>\n`;
      const zhTuv = `      <tuv xml:lang="${o.zhLang}"><seg>${escapeXmlText(zh)}</seg></tuv>\n`;
      stats.written++;
      return `${xml}${enFirst ? enTuv + zhTuv : zhTuv + enTuv}    </tu>\n`;
    },
    writeMany(units) {
      if (convertTo !== undefined) {
        // The Chinese as `write` will see it (its issues are reported there), converted in one call.
        const texts = units.map((unit) => normalizeSegment(unit.zh, 'the Chinese text', 'remove').text);
        const converted = convertScriptBatch(texts, convertTo);
        preconverted = new Map(texts.map((text, i) => [text, converted[i] as string]));
      }
      let xml = '';
      for (const unit of units) xml += writer.write(unit);
      return xml;
    },
    end() {
      if (stats.converted > 0) {
        report({ severity: 'info', code: 'TMX_SCRIPT_CONVERTED', message: `Converted the Chinese text of ${stats.converted} unit(s) to ${convertTo === 'simplified' ? 'Simplified' : 'Traditional'} script to match xml:lang="${o.zhLang}".` });
      }
      return TMX_EPILOG;
    },
    async *chunks(units) {
      let text = writer.start();
      let batch: TranslationUnit[] = [];
      /** Adds a unit; true when `text` is long enough to yield. */
      const add = (unit: TranslationUnit): boolean => {
        batch.push(unit);
        if (batch.length < WRITE_BATCH_UNITS) return false;
        text += writer.writeMany(batch);
        batch = [];
        return text.length >= CHUNK_LENGTH;
      };
      if (Symbol.iterator in units) {
        for (const unit of units) {
          if (add(unit)) {
            yield text;
            text = '';
          }
        }
      } else {
        for await (const unit of units) {
          if (add(unit)) {
            yield text;
            text = '';
          }
        }
      }
      yield text + writer.writeMany(batch) + writer.end();
    },
  };
  return writer;
}

/**
 * A unit's `changedate` and `changeid` (TMX 1.4 `<tu>` attributes), from who last changed it and
 * when; empty when nobody did. An unreadable date is the caller's bug in the unit, so it throws.
 */
function changeAttributes(unit: TranslationUnit, name: string, clean: (text: string, what: string) => string): string {
  if (unit.changed === undefined) return '';
  const at = new Date(unit.changed.at);
  if (Number.isNaN(at.getTime())) throw new TmxWriteError('TMX_INVALID_OPTION', `Expected an ISO 8601 time in changed.at of ${name}, found ${JSON.stringify(unit.changed.at)}.`);
  return ` changedate="${formatTmxDate(at)}" changeid="${escapeXmlAttribute(clean(unit.changed.by, `the changeid of ${name}`))}"`;
}

function prop(type: string, value: string): string {
  return `      <prop type="${escapeXmlAttribute(type)}">${escapeXmlText(value)}</prop>\n`;
}

/**
 * The script a writer tag fixes, for `convertChinese: 'auto'`; plain `zh` fixes none.
 * (Also what the review report offers as "the TMX's script".)
 */
export function scriptOfWriteTag(tag: string): 'simplified' | 'traditional' | undefined {
  if (tag === 'zh-CN' || tag === 'zh-Hans') return 'simplified';
  if (tag === 'zh-TW' || tag === 'zh-Hant') return 'traditional';
  return undefined;
}

function checkOptions(o: Required<Omit<TmxWriteOptions, 'creationDate' | 'onIssue'>>): void {
  const fail = (message: string): never => {
    throw new TmxWriteError('TMX_INVALID_OPTION', message);
  };
  if (!isEnglishTag(o.enLang) || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u.test(o.enLang)) fail(`Expected enLang to be an English language tag such as en or en-US, found ${JSON.stringify(o.enLang)}.`);
  if (!['zh-CN', 'zh-TW', 'zh-Hans', 'zh-Hant', 'zh'].includes(o.zhLang) || !isChineseTag(o.zhLang)) fail(`Expected zhLang to be one of zh-CN, zh-TW, zh-Hans, zh-Hant, zh, found ${JSON.stringify(o.zhLang)}.`);
  if (!['en', 'zh'].includes(o.sourceLanguage)) fail(`Expected sourceLanguage to be en or zh, found ${JSON.stringify(o.sourceLanguage)}.`);
  if (!['auto', 'none', 'simplified', 'traditional'].includes(o.convertChinese)) fail(`Expected convertChinese to be auto, none, simplified or traditional, found ${JSON.stringify(o.convertChinese)}.`);
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u.test(o.adminLang)) fail(`Expected adminLang to be a language tag such as en, found ${JSON.stringify(o.adminLang)}.`);
  if (o.originalFormat.search(ILLEGAL_XML_CHAR) !== -1) fail('Expected originalFormat without XML-illegal characters.');
  if (!['remove', 'error'].includes(o.illegalChars)) fail(`Expected illegalChars to be remove or error, found ${JSON.stringify(o.illegalChars)}.`);
}

/** Options without the keys set to `undefined`, so spreading them keeps the defaults. */
function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
