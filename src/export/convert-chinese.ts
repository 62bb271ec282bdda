/** The exporters' optional Chinese script conversion (opencc-js). */
import { toSimplified, toTraditional } from '../chinese/convert-script';

/** Which script the exporters write Chinese in: `none` keeps the text as it is. */
export type ChineseConversion = 'none' | 'simplified' | 'traditional';

/**
 * Convert Chinese text as an exporter option says.
 * @example convertChinese('重慶', 'simplified') //=> '重庆'
 */
export function convertChinese(text: string, to: ChineseConversion): string {
  return to === 'simplified' ? toSimplified(text) : to === 'traditional' ? toTraditional(text) : text;
}
