/** Tell Traditional from Simplified Chinese by what conversion would change. */
import type { ChineseScript } from '../types';
import { toSimplified, toTraditional } from './convert-script';

/**
 * Detect the script of a Chinese text: characters that Traditional→Simplified
 * would change are Traditional evidence, ones Simplified→Traditional would
 * change are Simplified evidence. Texts with no evidence count as Simplified.
 *
 * A character is evidence only when converting it alone AND converting it in
 * its running text both change it. OpenCC's phrase tables rewrite characters
 * that are standard in both scripts (周年 → 週年), and converted alone some
 * characters change that the phrase tables rightly keep (里 in 里昂, Lyon).
 * @example detectChineseScript('重慶市政府外辦') //=> 'traditional'
 * @example detectChineseScript('中國成立七十周年，市長會見里昂代表團') //=> 'traditional'
 * @example detectChineseScript('重庆市政府外办') //=> 'simplified'
 */
export function detectChineseScript(text: string): ChineseScript {
  const chars = Array.from(text);
  const inTextSimplified = Array.from(toSimplified(text));
  const inTextTraditional = Array.from(toTraditional(text));
  const alone = convertAlone(chars);
  let traditionalEvidence = 0;
  let simplifiedEvidence = 0;
  chars.forEach((char, i) => {
    const single = alone.get(char);
    if (single === undefined) return;
    if (single.simplified !== char && inTextSimplified[i] !== char) traditionalEvidence++;
    if (single.traditional !== char && inTextTraditional[i] !== char) simplifiedEvidence++;
  });
  const total = traditionalEvidence + simplifiedEvidence;
  if (total === 0) return 'simplified';
  if (traditionalEvidence >= 0.9 * total) return 'traditional';
  if (simplifiedEvidence >= 0.9 * total) return 'simplified';
  return 'mixed';
}

/** Each distinct CJK character (U+2E80 on) converted on its own. */
function convertAlone(chars: readonly string[]): Map<string, { simplified: string; traditional: string }> {
  const distinct = [...new Set(chars.filter((char) => (char.codePointAt(0) ?? 0) >= 0x2e80))];
  // One character per line: OpenCC's phrase matching never crosses a newline.
  const simplified = toSimplified(distinct.join('\n')).split('\n');
  const traditional = toTraditional(distinct.join('\n')).split('\n');
  return new Map(distinct.map((char, i) => [char, { simplified: simplified[i] ?? char, traditional: traditional[i] ?? char }]));
}
