/**
 * Which language each file of `bitext-tm align` is in: what the user declared
 * (`--src-lang` / `--tgt-lang`), checked against what the text says, or, with
 * `auto` (the default), what the text says. Swapped files and English on both
 * sides are refused with an {@link AlignError} before any alignment runs.
 */
import { AlignError } from '../../errors';
import { detectTextLanguage } from '../../ingest/language/detect-text-language';
import type { Lang } from '../../types';

/** A sentence file: its name for messages, its text and lines, and the declared language (undefined: auto). */
export interface AlignSide {
  readonly file: string;
  /** The decoded file, for the offset of the line an error points to. */
  readonly text: string;
  readonly lines: readonly string[];
  readonly declared: Lang | undefined;
}

/** What the lines of a file are: how many are English, how many Chinese, and the first of each. */
interface LineLanguages {
  readonly en: number;
  readonly zh: number;
  readonly firstLine: Readonly<Record<Lang, number | undefined>>;
}

const NAMES: Readonly<Record<Lang, string>> = { en: 'English', zh: 'Chinese' };
const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

/**
 * Settle both languages. A file is in the language most of its lines are in
 * (a line counts when one language dominates it; numbers-only and mixed lines
 * count for neither). An auto side with no such lines takes the other language
 * of its partner; two such sides mean English → Chinese.
 * @throws AlignError `ALIGN_LANGUAGE_MISMATCH` when a declared side's lines are
 * mostly the other language; `ALIGN_SAME_LANGUAGE` when both files are in one.
 * @example resolveAlignLanguages({ file: 'a.zh', text: '他来了。', lines: ['他来了。'], declared: undefined }, { file: 'a.en', text: 'He came.', lines: ['He came.'], declared: undefined })
 * //=> { sourceLang: 'zh', targetLang: 'en' }
 */
export function resolveAlignLanguages(source: AlignSide, target: AlignSide): { sourceLang: Lang; targetLang: Lang } {
  const sourceLines = countLineLanguages(source.lines);
  const targetLines = countLineLanguages(target.lines);
  // Two equal declarations contradict themselves whatever the files hold: say that first.
  if (source.declared === undefined || source.declared !== target.declared) {
    checkDeclared(source, sourceLines, '--src-lang');
    checkDeclared(target, targetLines, '--tgt-lang');
  }
  const sourceFound = source.declared ?? majority(sourceLines);
  const targetFound = target.declared ?? majority(targetLines);
  const sourceLang = sourceFound ?? (targetFound === undefined ? 'en' : other(targetFound));
  const targetLang = targetFound ?? other(sourceLang);
  if (sourceLang === targetLang) {
    const how = (side: AlignSide, flag: string): string => (side.declared === undefined ? 'by its text' : `by ${flag}`);
    throw new AlignError(
      'ALIGN_SAME_LANGUAGE',
      `Expected one English and one Chinese file, found ${NAMES[sourceLang]} in both: ${source.file} (${how(source, '--src-lang')}) and ${target.file} (${how(target, '--tgt-lang')}).`,
      { file: target.file },
    );
  }
  return { sourceLang, targetLang };
}

function checkDeclared(side: AlignSide, counts: LineLanguages, flag: string): void {
  if (side.declared === undefined || majority(counts) !== other(side.declared)) return;
  const found = other(side.declared);
  const line = counts.firstLine[found] ?? 1;
  throw new AlignError(
    'ALIGN_LANGUAGE_MISMATCH',
    `Expected ${NAMES[side.declared]} sentences (${flag} ${side.declared}), found ${NAMES[found]}: ${counts[found]} of ${counts.en + counts.zh} lines with text are ${NAMES[found]}. Swap the files or the languages, or leave ${flag} out to detect it.`,
    { file: side.file, place: { line, column: 1, offset: offsetOfLine(side.text, line) } },
  );
}

function countLineLanguages(lines: readonly string[]): LineLanguages {
  let en = 0;
  let zh = 0;
  const firstLine: Record<Lang, number | undefined> = { en: undefined, zh: undefined };
  lines.forEach((text, index) => {
    const lang = detectTextLanguage(text);
    if (lang !== 'en' && lang !== 'zh') return;
    if (lang === 'en') en++;
    else zh++;
    firstLine[lang] ??= index + 1;
  });
  return { en, zh, firstLine };
}

function majority(counts: LineLanguages): Lang | undefined {
  if (counts.en === counts.zh) return undefined;
  return counts.en > counts.zh ? 'en' : 'zh';
}

/** UTF-16 offset in `text` where the 1-based `line` starts. */
function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let k = 1; k < line && offset >= 0; k++) offset = text.indexOf('\n', offset) + 1;
  return Math.max(0, offset);
}
