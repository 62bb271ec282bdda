/**
 * Traditional ↔ Simplified conversion (opencc-js). OpenCC maps code point to
 * code point, so a converted text has as many code points as its input; only
 * the UTF-16 length can change (a BMP character becoming an astral one).
 */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

let toSimplifiedConverter: Convert | undefined;
let toTraditionalConverter: Convert | undefined;

/**
 * The keys of OpenCC's first pass, CJK_Compatibility_Ideographs (compatibility → unified ideograph):
 * all single characters from these two blocks (convert-script.test.ts checks).
 */
const COMPATIBILITY_IDEOGRAPH = /[\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/u;

/** The part of an opencc-js preset config we use; its type declarations leave out `normalizationChain`. */
interface OpenccConfig {
  readonly normalizationChain: readonly OpenCC.DictGroup[];
  readonly segmentation: OpenCC.DictGroup;
  readonly conversionChain: readonly OpenCC.DictGroup[];
}

/**
 * What `OpenCC.Converter` builds for `configName` (opencc-js 1.4 ConverterBuilder: normalise,
 * split into dictionary phrases, convert each phrase through the chain), from the same public
 * parts, with one change: the normalisation pass is skipped when the text has no compatibility
 * ideograph, since it would return the text unchanged. That pass is about a sixth of the time.
 * test/properties/chinese.prop.test.ts compares the result with `OpenCC.Converter`.
 */
function buildConverter(configName: 'tw2s' | 's2tw'): Convert {
  const config = OpenCC.Locale.configs[configName] as unknown as OpenccConfig;
  const normalize = OpenCC.ConverterFactory(...config.normalizationChain);
  const phrases = new OpenCC.Trie();
  phrases.loadDictGroup(config.segmentation);
  const convertPhrase = OpenCC.ConverterFactory(...config.conversionChain);
  return (text) => phrases.segment(COMPATIBILITY_IDEOGRAPH.test(text) ? normalize(text) : text).map(convertPhrase).join('');
}

/**
 * Convert Traditional (Taiwan and Hong Kong variants included) to mainland Simplified.
 * Simplified input comes back unchanged.
 * @example toSimplified('重慶市政府外辦') //=> '重庆市政府外办'
 */
export function toSimplified(text: string): string {
  // Converters are built on first use (a few ms), not at import time.
  // Same as OpenCC.Converter({ from: 'tw', to: 'cn' }), which runs config tw2s.
  toSimplifiedConverter ??= buildConverter('tw2s');
  return toSimplifiedConverter(text);
}

/**
 * Convert Simplified to Traditional (Taiwan standard characters).
 * @example toTraditional('重庆市政府外办') //=> '重慶市政府外辦'
 */
export function toTraditional(text: string): string {
  // Same as OpenCC.Converter({ from: 'cn', to: 'tw' }), which runs config s2tw.
  toTraditionalConverter ??= buildConverter('s2tw');
  return toTraditionalConverter(text);
}
