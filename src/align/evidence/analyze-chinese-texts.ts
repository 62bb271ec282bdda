/**
 * The Simplified view and the pinyin of many Chinese sentences at once:
 * opencc-js and pinyin-pro cost little per character but much per call, so
 * the whole side goes through each in one call (about 40× faster than a call
 * per sentence), then is cut back into sentences.
 */
import { toSimplified } from '../../chinese/convert-script';
import { pinyinSyllables } from '../../chinese/pinyin';

/** One sentence's Simplified text and the toneless syllable at each UTF-16 offset (undefined off Han characters). */
export interface ChineseAnalysis {
  readonly simplified: string;
  readonly syllableAt: readonly (string | undefined)[] | undefined;
}

/** Joins sentences for the batch calls; a text holding it is converted on its own. */
const SEPARATOR = '\n';
const HAN = /\p{Script=Han}/u;

/**
 * Analyze sentences; `names` asks for pinyin (skipped otherwise, it is the costly part).
 * @example analyzeChineseTexts(['重慶'], true)[0]?.syllableAt //=> ['chong', 'qing']
 */
export function analyzeChineseTexts(texts: readonly string[], names: boolean): ChineseAnalysis[] {
  if (texts.some((text) => text.includes(SEPARATOR))) return texts.map((text) => analyzeOne(text, names));
  const simplified = toSimplified(texts.join(SEPARATOR)).split(SEPARATOR);
  if (simplified.length !== texts.length) return texts.map((text) => analyzeOne(text, names));
  if (!names) return simplified.map((s) => ({ simplified: s, syllableAt: undefined }));
  const joined = simplified.join(SEPARATOR);
  return splitSyllables(joined, pinyinSyllables(joined), simplified);
}

function analyzeOne(text: string, names: boolean): ChineseAnalysis {
  const simplified = toSimplified(text);
  return { simplified, syllableAt: names ? splitSyllables(simplified, pinyinSyllables(simplified), [simplified])[0]?.syllableAt : undefined };
}

/** Cut the per-code-point syllables of `joined` into per-UTF-16-offset arrays of each sentence. */
function splitSyllables(joined: string, syllables: readonly string[], sentences: readonly string[]): ChineseAnalysis[] {
  const result: ChineseAnalysis[] = [];
  let point = 0;
  let sentence = 0;
  let offsetInSentence = 0;
  let current: (string | undefined)[] = new Array<string | undefined>((sentences[0] ?? '').length);
  for (const char of joined) {
    if (char === SEPARATOR) {
      result.push({ simplified: sentences[sentence] ?? '', syllableAt: current });
      sentence++;
      offsetInSentence = 0;
      current = new Array<string | undefined>((sentences[sentence] ?? '').length);
    } else {
      if (HAN.test(char)) current[offsetInSentence] = syllables[point];
      offsetInSentence += char.length;
    }
    point++;
  }
  result.push({ simplified: sentences[sentence] ?? '', syllableAt: current });
  return result;
}
