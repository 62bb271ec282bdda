/**
 * Ingestion: raw bilingual text → a {@link Document} of articles › language
 * blocks › paragraphs, with every cleaning step and every suspicious spot
 * reported as an issue. Pure: the CLI reads the files (see `decodeText`).
 *
 * The steps, in order (one file each, in the sub-folder named after the part):
 *  1. scanSource           — lines/     non-blank lines; finds the pinyin notes and control characters to remove (findPinyinNotes, findControlCharacters)
 *  2. detectLineLanguage   — language/  the language of each line (pinyin notes ignored), or where a caption line switches
 *  3. splitCaptionLines    — lines/     a line holding both languages becomes a pair of paragraphs
 *  4. buildLines           — clean/     clean each paragraph (removes what step 1 found), report damage (findSuspectText)
 *  5. requireBothLanguages — language/  no silently empty side
 *  6. groupRuns            — articles/  consecutive paragraphs of one language, cut at date and source lines
 *  7. detectArticles       — articles/  article boundaries and blocks
 * A parallel pair runs steps 1, 2, 5 and 4 per side (ingestSide: no caption split, a line in the other
 * language is kept and reported) and pairs the sides' articles (articles/pairArticles).
 * Before all of them the CLI turns bytes into text with decode/decodeText.
 */
import { detectChineseScript } from '../chinese/detect-script';
import type { Issue } from '../errors';
import type { Article, Document, SourceText } from '../types';
import { buildLines } from './clean/build-lines';
import { detectArticles } from './articles/detect-articles';
import { detectLineLanguage } from './language/detect-line-language';
import { documentName } from './document-name';
import { groupRuns } from './articles/group-runs';
import { DEFAULT_INGEST_OPTIONS, type IngestInput, type IngestOptions, type SourcePair } from './ingest-options';
import { ingestSide } from './ingest-side';
import { pairArticles } from './articles/pair-articles';
import { requireBothLanguages } from './language/require-language';
import { scanSource } from './lines/scan-source';
import { sourceContext } from './source-context';
import { splitCaptionLines } from './lines/split-caption-lines';
import { appendAll } from '../append-all';

type Settings = Readonly<Required<Omit<IngestOptions, 'name'>>>;

/** Articles and issues of the input, before they become a document. */
interface Ingested {
  readonly articles: readonly Article[];
  readonly issues: readonly Issue[];
}

/**
 * Ingest raw bilingual text.
 * @example
 * const text = 'On May 3rd, 2023, Chongqing and Lyon signed a memorandum.\n' +
 *   '2023年5月3日，重慶與里昂簽署文化交流(liú)備忘錄。\n' +
 *   'Nearly 50 guests attended the signing.近50位嘉賓出席簽約儀式。\n';
 * const document = ingest({ kind: 'mixed', source: { name: 'lyon.en-zh.txt', text } });
 * document.articles[0]?.blocks.map((block) => (block.kind === 'paired' ? 'paired' : block.lang))
 * //=> ['en', 'zh', 'paired']
 * document.issues.map((issue) => [issue.code, issue.place?.line, issue.place?.column, issue.removed])
 * //=> [['INGEST_PINYIN_NOTE_REMOVED', 2, 22, '(liú)'], ['INGEST_CAPTION_LINE_SPLIT', 3, 39, undefined]]
 * @throws IngestError INGEST_EMPTY_INPUT, INGEST_NO_ENGLISH_TEXT, INGEST_NO_CHINESE_TEXT
 */
export function ingest(input: IngestInput, options: IngestOptions = {}): Document {
  const settings: Settings = { ...DEFAULT_INGEST_OPTIONS, ...withoutUndefined(options) };
  const sources = input.kind === 'mixed' ? [input.source] : pairsOf(input).flatMap((pair) => [pair.en, pair.zh]);
  const { articles, issues } = input.kind === 'mixed' ? ingestMixed(input.source, settings) : ingestPairs(pairsOf(input), settings);
  return {
    name: options.name ?? documentName(input),
    sources,
    articles: articles.map((article, index) => ({ ...article, index })),
    chineseScript: detectChineseScript(paragraphsOf(articles, 'zh').join('\n')),
    issues,
  };
}

/** One text holding both languages: steps 1–7. */
function ingestMixed(source: SourceText, settings: Settings): Ingested {
  const context = sourceContext(source, 0);
  const scan = scanSource(context, settings.maxLineLength);
  const languages = scan.lines.map((line, i) => detectLineLanguage(source.text, line.span, (scan.pinyinNotes[i] ?? []).map((e) => e.span)));
  const drafts = splitCaptionLines(source.text, scan.lines, languages);
  const built = buildLines(context, drafts, cleaningFor(scan.edits, settings), settings);
  requireBothLanguages(context, built.lines);
  const articles = detectArticles(groupRuns(built.lines));
  return { articles, issues: inTextOrder([...scan.issues, ...built.issues]) };
}

/** Parallel texts, one pair or many: steps 1, 2, 5 and 4 per side, then pair the sides' articles. */
function ingestPairs(pairs: readonly SourcePair[], settings: Settings): Ingested {
  const articles: Article[] = [];
  const issues: Issue[] = [];
  pairs.forEach((pair, k) => {
    const enContext = sourceContext(pair.en, 2 * k);
    const zhContext = sourceContext(pair.zh, 2 * k + 1);
    const en = ingestSide(enContext, 'en', settings);
    const zh = ingestSide(zhContext, 'zh', settings);
    const paired = pairArticles(en.paragraphs, zh.paragraphs, pair.name, zhContext);
    appendAll(articles, paired.articles);
    appendAll(issues, inTextOrder(en.issues));
    appendAll(issues, inTextOrder([...zh.issues, ...paired.issues]));
  });
  return { articles, issues };
}

function pairsOf(input: Exclude<IngestInput, { kind: 'mixed' }>): readonly SourcePair[] {
  return input.kind === 'pairs' ? input.pairs : [{ name: documentName(input), en: input.en, zh: input.zh }];
}

/** The cleaning edits that the options ask for. */
function cleaningFor(edits: ReturnType<typeof scanSource>['edits'], settings: Settings): ReturnType<typeof scanSource>['edits'] {
  return settings.stripPinyinNotes ? edits : { ...edits, pinyinNotes: [] };
}

function paragraphsOf(articles: readonly Article[], lang: 'en' | 'zh'): string[] {
  const texts: string[] = [];
  for (const article of articles) {
    for (const block of article.blocks) {
      if (block.kind === 'paired') texts.push(block[lang].text);
      else if (block.lang === lang) for (const paragraph of block.paragraphs) texts.push(paragraph.text);
    }
  }
  return texts;
}

/** Issues of one source sorted by position (stable: equal positions keep their order). */
function inTextOrder(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

/** Drop keys set to `undefined`, so they do not override the defaults. */
function withoutUndefined(options: IngestOptions): Partial<Settings> {
  return Object.fromEntries(Object.entries(options).filter(([key, value]) => key !== 'name' && value !== undefined));
}
