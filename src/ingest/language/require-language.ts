/**
 * Ingestion never returns a silently empty side: a mixed text must hold
 * paragraphs in both languages, and each text of a parallel pair must be in
 * its own language.
 */
import { IngestError } from '../../errors';
import type { Lang } from '../../types';
import type { LineLanguage } from './detect-line-language';
import type { BuiltLine } from '../articles/group-runs';
import type { SourceContext } from '../source-context';

const NAMES: Record<Lang, string> = { en: 'English', zh: 'Chinese' };
const MISSING_CODE = { en: 'INGEST_NO_ENGLISH_TEXT', zh: 'INGEST_NO_CHINESE_TEXT' } as const;

/**
 * Throw unless the built lines of a mixed text hold at least one paragraph
 * of each language (a caption line counts for both).
 * @throws IngestError INGEST_NO_ENGLISH_TEXT or INGEST_NO_CHINESE_TEXT
 */
export function requireBothLanguages(context: SourceContext, lines: readonly BuiltLine[]): void {
  const count = { en: 0, zh: 0 };
  for (const line of lines) {
    if (line.kind === 'paired') {
      count.en++;
      count.zh++;
    } else count[line.paragraph.lang]++;
  }
  for (const lang of ['en', 'zh'] as const) {
    if (count[lang] > 0) continue;
    const other = lang === 'en' ? 'zh' : 'en';
    const found = count[other] > 0 ? `found only ${NAMES[other]} (${count[other]} ${count[other] === 1 ? 'paragraph' : 'paragraphs'})` : 'found neither English nor Chinese';
    throw new IngestError(MISSING_CODE[lang], `Expected English and Chinese paragraphs in one bilingual text, ${found}.`, {
      file: context.source.name,
    });
  }
}

/**
 * Throw unless the text of one side of a parallel pair is mostly in `lang`
 * (by lines; a caption line counts for both).
 * @throws IngestError INGEST_NO_ENGLISH_TEXT or INGEST_NO_CHINESE_TEXT
 */
export function requireSideLanguage(context: SourceContext, lang: Lang, languages: readonly LineLanguage[]): void {
  let own = 0;
  let other = 0;
  for (const language of languages) {
    if (language.kind === 'paired') {
      own++;
    } else if (language.lang === lang) own++;
    else if (language.lang !== undefined) other++;
  }
  if (own > 0 && own >= other) return;
  const found = other > 0 ? `found ${NAMES[lang === 'en' ? 'zh' : 'en']} in ${other} of ${languages.length} lines (are the two texts swapped?)` : `found no ${NAMES[lang]} line`;
  throw new IngestError(MISSING_CODE[lang], `Expected the ${NAMES[lang]} side of a parallel pair, ${found}.`, { file: context.source.name });
}
