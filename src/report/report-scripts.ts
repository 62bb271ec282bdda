/**
 * Which Chinese script the report shows and which the TMX holds. The report
 * shows the source's own text (what a reviewer compares with the input); the
 * TMX's Chinese side is converted to the script of its language tag (zh-CN:
 * Simplified by default), so the report says which script it shows and,
 * when the two differ, carries the TMX's text as well.
 */
import { detectChineseScript } from '../chinese/detect-script';
import { toSimplified, toTraditional } from '../chinese/convert-script';
import { scriptOfWriteTag } from '../tmx/write/create-tmx-writer';
import type { ChineseTmxLang } from '../tmx/write/tmx-write-options';
import type { ChineseScript, Corpus } from '../types';

/** The scripts of a report, and how to show the TMX's. */
export interface ChineseScripts {
  /** `lang` of the source text's elements: zh-Hant, zh-Hans, or zh when mixed. */
  readonly sourceTag: string;
  /** The TMX's conversion of a text, when the TMX's script differs from the source's. */
  readonly tmxText: ((text: string) => string) | undefined;
  /** `lang` of the converted text's elements. */
  readonly tmxTag: string;
  /** For the toggle: "zh-CN, Simplified". */
  readonly tmxLabel: string;
  /** One sentence for the page: which script it shows, which the TMX holds. */
  readonly note: string;
}

const NAMES: Readonly<Record<ChineseScript, string>> = { traditional: 'Traditional', simplified: 'Simplified', mixed: 'mixed Traditional and Simplified' };
const TAGS: Readonly<Record<ChineseScript, string>> = { traditional: 'zh-Hant', simplified: 'zh-Hans', mixed: 'zh' };

/**
 * The scripts of a corpus's report, for a TMX written with `zhLang`.
 */
export function chineseScripts(corpus: Pick<Corpus, 'units' | 'unaligned'>, zhLang: ChineseTmxLang): ChineseScripts {
  const chinese = [...corpus.units.map((unit) => unit.zh), ...corpus.unaligned.filter((u) => u.sentence.lang === 'zh').map((u) => u.sentence.text)].join('\n');
  const source = detectChineseScript(chinese);
  const tmx = scriptOfWriteTag(zhLang);
  const sourceTag = TAGS[source];
  if (tmx === undefined || tmx === source) {
    const how = tmx === undefined ? `holds the same text (${zhLang}: no conversion)` : `(${zhLang}) holds the same script`;
    return { sourceTag, tmxText: undefined, tmxTag: sourceTag, tmxLabel: zhLang, note: `Chinese is shown as in the source: ${NAMES[source]}. The TMX ${how}.` };
  }
  return {
    sourceTag,
    tmxText: tmx === 'simplified' ? toSimplified : toTraditional,
    tmxTag: TAGS[tmx],
    tmxLabel: `${zhLang}, ${NAMES[tmx]}`,
    note: `Chinese is shown as in the source: ${NAMES[source]}. The TMX (${zhLang}) holds it converted to ${NAMES[tmx]}: tick "Chinese as in the TMX" to see that text.`,
  };
}
