/**
 * Find pinyin notes glued after Han characters ("經(jīng)貿(mào)" → "經貿"), as
 * removal edits. Real parentheses are never touched: "西部(重慶)科學城",
 * "(第二期)", "中國(重慶)", "(CPAFFC)" hold no pinyin syllable or follow no Han character.
 */
import { toSimplified } from '../../chinese/convert-script';
import { isHanChar } from '../../chinese/han-patterns';
import { pinyinPro } from '../../chinese/pinyin';
import type { Span } from '../../types';
import type { Edit } from './apply-edits';
import { PINYIN_LETTERS, PINYIN_NOTE_CANDIDATE } from '../ingest-patterns';
import { PINYIN_SYLLABLES } from './pinyin-syllables';
import { issueAt, type SourceContext } from '../source-context';

/**
 * Pinyin notes inside `span` of the source text: a parenthesised single
 * syllable directly after a Han character, which is a reading of that
 * character (pinyin-pro, on its Simplified form; every one of the seed's 230
 * notes is). So "方案(a)" (a list item) and "的(jīng)" stay; a tone-marked
 * note that is not a reading is reported by `findSuspectText` instead.
 */
export function findPinyinNotes(context: SourceContext, span: Span): Edit[] {
  const text = context.source.text;
  const edits: Edit[] = [];
  // Search the line alone: a search from span.start through the whole text would run to the
  // next candidate however far away, once per line (quadratic on a text without notes).
  for (const match of text.slice(span.start, span.end).matchAll(PINYIN_NOTE_CANDIDATE)) {
    const start = span.start + match.index;
    if (start <= span.start) continue;
    const han = charBefore(text, start);
    const letters = match.groups?.['letters'] ?? '';
    if (!isHanChar(han) || !isPinyinNote(han, letters)) continue;
    const end = start + match[0].length;
    edits.push({
      span: { start, end },
      replacement: '',
      issue: issueAt(context, {
        severity: 'info',
        code: 'INGEST_PINYIN_NOTE_REMOVED',
        message: `Removed the pinyin note "${match[0]}" after "${han}".`,
        span: { start, end },
        removed: match[0],
      }),
    });
  }
  return edits;
}

/** True when `letters` is a pinyin syllable that reads `han`. */
function isPinyinNote(han: string, letters: string): boolean {
  if (!PINYIN_LETTERS.test(letters)) return false;
  const syllable = toneless(letters);
  // The syllable list is a cheap filter before asking pinyin-pro.
  if (!PINYIN_SYLLABLES.has(syllable)) return false;
  const readings = pinyinPro()(toSimplified(han), { multiple: true, type: 'array', toneType: 'none', v: true });
  return readings.includes(syllable);
}

/** "jīng" → "jing", "lǜ" → "lv" (the ASCII spelling CC-CEDICT and pinyin-pro use). */
function toneless(letters: string): string {
  return letters
    .replace(/[üǖǘǚǜ]/gu, 'v')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The code point that ends right before `offset` (a surrogate pair counts as one). */
function charBefore(text: string, offset: number): string {
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) return text.slice(offset - 2, offset);
  return text.slice(offset - 1, offset);
}
