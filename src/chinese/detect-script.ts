/** Tell Traditional from Simplified Chinese by what conversion would change. */
import type { ChineseScript } from '../types';
import { toSimplified, toTraditional } from './convert-script';

/**
 * Detect the script of a Chinese text: characters that Traditional→Simplified
 * would change are Traditional evidence, ones Simplified→Traditional would
 * change are Simplified evidence. Texts with no evidence count as Simplified.
 *
 * Characters are converted one by one, not as running text: OpenCC's phrase
 * tables rewrite some characters that are standard in both scripts (周年 →
 * 週年), which would count as Simplified evidence in a Traditional text.
 * @example detectChineseScript('重慶市政府外辦') //=> 'traditional'
 * @example detectChineseScript('中國成立七十周年') //=> 'traditional'
 * @example detectChineseScript('重庆市政府外办') //=> 'simplified'
 */
export function detectChineseScript(text: string): ChineseScript {
  const counts = new Map<string, number>();
  // Only CJK code points (U+2E80 on) can be evidence; skipping the rest keeps the conversion short.
  for (const char of text) if ((char.codePointAt(0) ?? 0) >= 0x2e80) counts.set(char, (counts.get(char) ?? 0) + 1);
  const chars = [...counts.keys()];
  // One character per line: OpenCC's phrase matching never crosses a newline.
  const simplified = toSimplified(chars.join('\n')).split('\n');
  const traditional = toTraditional(chars.join('\n')).split('\n');
  let traditionalEvidence = 0;
  let simplifiedEvidence = 0;
  chars.forEach((char, i) => {
    const count = counts.get(char) ?? 0;
    if (simplified[i] !== char) traditionalEvidence += count;
    if (traditional[i] !== char) simplifiedEvidence += count;
  });
  const total = traditionalEvidence + simplifiedEvidence;
  if (total === 0) return 'simplified';
  if (traditionalEvidence >= 0.9 * total) return 'traditional';
  if (simplifiedEvidence >= 0.9 * total) return 'simplified';
  return 'mixed';
}
