/** Options of `serializeTmx` and `createTmxWriter`. */
import type { Issue } from '../../errors';

/** Chinese language tags the writer offers for the Chinese `<tuv>`. */
export type ChineseTmxLang = 'zh-CN' | 'zh-TW' | 'zh-Hans' | 'zh-Hant' | 'zh';

/** How units are written as TMX. */
export interface TmxWriteOptions {
  /**
   * The language of the first `<tuv>` and of the header's `srclang` (which is
   * that tuv's tag exactly: translate-toolkit takes the first tuv as the
   * source, OmegaT compares srclang with the project). Default `en`.
   */
  readonly sourceLanguage?: 'en' | 'zh';
  /** `xml:lang` of the English `<tuv>` (`en`, or a regional tag such as `en-US`). Default `en`. */
  readonly enLang?: string;
  /** `xml:lang` of the Chinese `<tuv>`. Default `zh-CN` (what CAT projects for mainland Chinese use). */
  readonly zhLang?: ChineseTmxLang;
  /**
   * Convert the Chinese text (opencc-js): `auto` follows `zhLang` (zh-CN and
   * zh-Hans → Simplified, zh-TW and zh-Hant → Traditional, zh → unchanged),
   * so the text matches its tag. Reported once, as TMX_SCRIPT_CONVERTED.
   * Default `auto`.
   */
  readonly convertChinese?: 'auto' | 'none' | 'simplified' | 'traditional';
  /**
   * The header's `creationdate`, written as YYYYMMDDThhmmssZ: a Date, or
   * seconds since the epoch (pass SOURCE_DATE_EPOCH here for reproducible
   * builds). The writer never reads the clock. Default: no creationdate.
   */
  readonly creationDate?: Date | number;
  /** The header's `adminlang`. Default `en`. */
  readonly adminLang?: string;
  /** The header's `o-tmf` (format of the original memory). Default `bitext-tm`. */
  readonly originalFormat?: string;
  /** Write `tuid` from each unit's `id`. Default true. */
  readonly tuid?: boolean;
  /** Write provenance and confidence as `x-` props (see units/provenance-props.ts). Default true. */
  readonly provenance?: boolean;
  /**
   * Write a unit only once per (English, Chinese) pair, after normalisation;
   * the dropped ones are reported as TMX_DUPLICATE_UNIT. Memory grows with the
   * distinct pairs. Default false.
   */
  readonly dedupe?: boolean;
  /**
   * Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates,
   * U+FFFE/U+FFFF), in any text or attribute: `remove` drops them with a
   * TMX_ILLEGAL_CHAR warning, `error` throws TmxWriteError. Default `remove`.
   */
  readonly illegalChars?: 'remove' | 'error';
  /**
   * Write `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`. xmllint (with the DTD on its
   * path), translate-toolkit and OmegaT 3.6 all accept it; OmegaT resolves it
   * from its own jar, and nothing fetches it. Default true.
   */
  readonly doctype?: boolean;
  /** Called with each Issue; when given, issues are not also collected. Default: collect. */
  readonly onIssue?: (issue: Issue) => void;
}

/**
 * The defaults of {@link TmxWriteOptions}.
 * @example [DEFAULT_TMX_WRITE_OPTIONS.zhLang, DEFAULT_TMX_WRITE_OPTIONS.convertChinese, DEFAULT_TMX_WRITE_OPTIONS.illegalChars] //=> ['zh-CN', 'auto', 'remove']
 */
export const DEFAULT_TMX_WRITE_OPTIONS: {
  readonly sourceLanguage: 'en';
  readonly enLang: string;
  readonly zhLang: ChineseTmxLang;
  readonly convertChinese: 'auto';
  readonly adminLang: string;
  readonly originalFormat: string;
  readonly tuid: boolean;
  readonly provenance: boolean;
  readonly dedupe: boolean;
  readonly illegalChars: 'remove';
  readonly doctype: boolean;
} = {
  sourceLanguage: 'en',
  enLang: 'en',
  zhLang: 'zh-CN',
  convertChinese: 'auto',
  adminLang: 'en',
  originalFormat: 'bitext-tm',
  tuid: true,
  provenance: true,
  dedupe: false,
  illegalChars: 'remove',
  doctype: true,
};
