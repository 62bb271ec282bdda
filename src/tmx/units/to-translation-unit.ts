/**
 * A multilingual {@link TmxUnit} → the pipeline's English–Chinese
 * {@link TranslationUnit}.
 *
 * - English: the first variant with an English tag (`en`, `en-US`, `EN_gb`, `eng`).
 * - Chinese: the first variant with a Chinese tag, or with `preferChineseScript`
 *   the first whose tag implies that script (zh, zh-CN, zh-SG, zh-Hans →
 *   Simplified; zh-TW, zh-HK, zh-MO, zh-Hant → Traditional), falling back to
 *   the first Chinese one. Its text is converted when `convertChinese` says so.
 * - `id` is the `tuid`, or the unit's 1-based position in the file.
 * - `confidence` and `origin` come from bitext-tm's `x-` props when they are
 *   readable (see provenance-props.ts); every other unit-level prop goes into
 *   `props` (repeated types joined by a newline). Variant props, notes and
 *   other languages stay on the TmxUnit only.
 * - A unit without an English or Chinese variant (TMX_MISSING_LANG) or with
 *   an empty one (TMX_MISSING_SEG) gives no TranslationUnit and an error Issue.
 */
import { TmxParseError, type Issue } from '../../errors';
import { toSimplified, toTraditional } from '../../chinese/convert-script';
import type { TranslationUnit } from '../../types';
import { chineseScriptOfTag, isChineseTag, isEnglishTag } from './lang-tags';
import { readProvenance } from './provenance-props';
import type { TmxUnit, TmxVariant } from '../tmx-unit';

/** How {@link toTranslationUnit} picks and converts variants. */
export interface ToTranslationUnitOptions {
  /** Pick the Chinese variant whose tag implies this script when a unit has several. Default: the first Chinese variant. */
  readonly preferChineseScript?: 'simplified' | 'traditional';
  /** Convert the picked Chinese text (opencc-js). Default `none`. */
  readonly convertChinese?: 'none' | 'simplified' | 'traditional';
  /** A unit without usable English and Chinese: `skip` returns an Issue, `error` throws. Default `skip`. */
  readonly onMissingLang?: 'skip' | 'error';
  /** File name for issues. Default: none. */
  readonly file?: string;
}

/**
 * The defaults of {@link ToTranslationUnitOptions}.
 * @example DEFAULT_TO_TRANSLATION_UNIT_OPTIONS //=> { convertChinese: 'none', onMissingLang: 'skip' }
 */
export const DEFAULT_TO_TRANSLATION_UNIT_OPTIONS: {
  readonly convertChinese: 'none';
  readonly onMissingLang: 'skip';
} = { convertChinese: 'none', onMissingLang: 'skip' };

/** The unit, or why there is none, plus warnings about unreadable provenance. */
export interface ConvertedUnit {
  readonly value: TranslationUnit | undefined;
  readonly issues: readonly Issue[];
}

/**
 * Pick the English and Chinese variants of a TMX unit (see the file comment for the rules).
 * @example
 * const { value } = parseTmx('<tmx version="1.4"><header srclang="en-US"/><body><tu tuid="7">' +
 *   '<prop type="x-client">Chongqing FAO</prop><tuv xml:lang="en-US"><seg>Consul General</seg></tuv>' +
 *   '<tuv xml:lang="zh-CN"><seg>总领事</seg></tuv><tuv xml:lang="zh-TW"><seg>總領事</seg></tuv></tu></body></tmx>');
 * for (const unit of value.units) console.log(toTranslationUnit(unit, { preferChineseScript: 'traditional' }).value);
 * //=> { id: '7', en: 'Consul General', zh: '總領事', props: { 'x-client': 'Chongqing FAO' } }
 */
export function toTranslationUnit(unit: TmxUnit, options: ToTranslationUnitOptions = {}): ConvertedUnit {
  const issues: Issue[] = [];
  const where = { ...(options.file === undefined ? {} : { file: options.file }), place: unit.place };
  const { english, chinese } = pickVariants(unit, options.preferChineseScript);
  const skip = (code: 'TMX_MISSING_LANG' | 'TMX_MISSING_SEG', message: string): ConvertedUnit => {
    if ((options.onMissingLang ?? DEFAULT_TO_TRANSLATION_UNIT_OPTIONS.onMissingLang) === 'error') throw new TmxParseError(code, message, where);
    return { value: undefined, issues: [{ severity: 'error', code, message: `${message} The unit was skipped.`, ...where }] };
  };
  if (english === undefined || chinese === undefined) return skip('TMX_MISSING_LANG', `Expected an English and a Chinese <tuv>, found ${describeLangs(unit)}.`);
  const empty = [english, chinese].find((variant) => variant.text.trim() === '');
  if (empty !== undefined) return skip('TMX_MISSING_SEG', `Expected text in the <tuv xml:lang="${empty.lang}">, found an empty <seg>.`);
  const { origin, confidence, props, unreadable } = readProvenance(unit.props);
  for (const type of unreadable) {
    issues.push({ severity: 'warning', code: 'TMX_INVALID_PROP', message: `Expected bitext-tm's ${type} prop in its documented format, found ${JSON.stringify(props[type] ?? '')}; it was kept as a plain prop.`, ...where });
  }
  const value: TranslationUnit = {
    id: unit.tuid ?? String(unit.index),
    en: english.text,
    zh: convert(chinese.text, options.convertChinese ?? DEFAULT_TO_TRANSLATION_UNIT_OPTIONS.convertChinese),
    ...(confidence === undefined ? {} : { confidence }),
    ...(origin === undefined ? {} : { origin }),
    props,
  };
  return { value, issues };
}

/**
 * The variants a unit's English and Chinese come from: the first English
 * variant, and the first Chinese one (or the first in `script`). Exported for
 * the exporters' account of what a unit loses (unit-loss.ts).
 */
export function pickVariants(unit: TmxUnit, script?: 'simplified' | 'traditional'): { english: TmxVariant | undefined; chinese: TmxVariant | undefined } {
  return { english: unit.variants.find((variant) => isEnglishTag(variant.lang)), chinese: pickChinese(unit.variants, script) };
}

function pickChinese(variants: readonly TmxVariant[], script: 'simplified' | 'traditional' | undefined): TmxVariant | undefined {
  const chinese = variants.filter((variant) => isChineseTag(variant.lang));
  return (script === undefined ? undefined : chinese.find((variant) => chineseScriptOfTag(variant.lang) === script)) ?? chinese[0];
}

function convert(text: string, to: 'none' | 'simplified' | 'traditional'): string {
  return to === 'simplified' ? toSimplified(text) : to === 'traditional' ? toTraditional(text) : text;
}

function describeLangs(unit: TmxUnit): string {
  return unit.variants.length === 0 ? 'none' : `only ${unit.variants.map((variant) => variant.lang).join(', ')}`;
}
