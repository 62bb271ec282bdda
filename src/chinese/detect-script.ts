/** Tell Traditional from Simplified Chinese by what conversion would change. */
import type { ChineseScript } from '../types';
import { toSimplified, toTraditional } from './convert-script';

/**
 * Detect the script of a Chinese text: characters that Traditional→Simplified
 * would change are Traditional evidence, ones Simplified→Traditional would
 * change are Simplified evidence. Texts with no evidence count as Simplified.
 * @example detectChineseScript('重慶市政府外辦') //=> 'traditional'
 * @example detectChineseScript('重庆市政府外办') //=> 'simplified'
 */
export function detectChineseScript(text: string): ChineseScript {
  // Array.from splits by code point; OpenCC keeps the code-point count.
  const simplified = Array.from(toSimplified(text));
  const traditional = Array.from(toTraditional(text));
  const chars = Array.from(text);
  let traditionalEvidence = 0;
  let simplifiedEvidence = 0;
  for (let i = 0; i < chars.length; i++) {
    if (simplified[i] !== chars[i]) traditionalEvidence++;
    if (traditional[i] !== chars[i]) simplifiedEvidence++;
  }
  const total = traditionalEvidence + simplifiedEvidence;
  if (total === 0) return 'simplified';
  if (traditionalEvidence >= 0.9 * total) return 'traditional';
  if (simplifiedEvidence >= 0.9 * total) return 'simplified';
  return 'mixed';
}
