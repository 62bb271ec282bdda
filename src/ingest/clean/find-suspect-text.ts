/**
 * Find damage in a paragraph's cleaned text: words glued together, a Latin l
 * inside a capitalised acronym, broken question marks and ASCII commas in
 * Chinese, mojibake. Nothing is changed here: each finding is reported as a
 * warning, and carries the safe fixes that `repair` may apply.
 */
import type { ErrorCode } from '../../errors';
import type { Lang, Span } from '../../types';
import {
  ACRONYM_WITH_L,
  ADDRESS_TOKEN,
  ASCII_COMMA_IN_CHINESE,
  BROKEN_QUESTION_MARK,
  GLUED_COMMA,
  GLUED_FUNCTION_WORD,
  GLUED_LIST_NUMBER,
  GLUED_OPENING,
  GLUED_ORDINAL,
  GLUED_SENTENCE,
  MISPLACED_PINYIN_NOTE,
  MOJIBAKE,
} from '../ingest-patterns';

/** A safe change to the text: replace `span` (possibly empty: an insertion) by `replacement`. */
export interface Fix {
  readonly span: Span;
  readonly replacement: string;
  /** What the repair did, as its issue says it. */
  readonly message: string;
}

/** A suspicious spot: the warning to report, and the fixes that would repair it (maybe none). */
export interface Finding {
  readonly code: Extract<ErrorCode, 'INGEST_SUSPECT_TEXT' | 'INGEST_MISSING_SPACE'>;
  readonly message: string;
  /** Offsets in the text given to {@link findSuspectText}. */
  readonly span: Span;
  readonly fixes: readonly Fix[];
}

/** Words after which a glued ordinal is certainly two words ("30thto" → "30th to"). */
const FUNCTION_WORDS = new Set(['to', 'of', 'and', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'the', 'a', 'an']);

/**
 * Suspicious spots in `text`, a paragraph in language `lang`, in text order.
 * @example findSuspectText('the 20thCPC National Congress', 'en').map((f) => f.code) //=> ['INGEST_MISSING_SPACE']
 * @example findSuspectText('iPhone, WeChat and McDonald', 'en') //=> []
 */
export function findSuspectText(text: string, lang: Lang): Finding[] {
  const findings = [...findAnyText(text), ...(lang === 'en' ? findEnglish(text) : findChinese(text))];
  return findings.sort((a, b) => a.span.start - b.span.start);
}

function findAnyText(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(ACRONYM_WITH_L)) {
    const word = match[0];
    const span = spanOf(match);
    const fixed = word.replace(/l/gu, 'I');
    findings.push({
      code: 'INGEST_SUSPECT_TEXT',
      message: `"${word}" has a lowercase l inside a capitalised word; probably "${fixed}".`,
      span,
      fixes: Array.from(word).flatMap((char, i) =>
        char === 'l' ? [{ span: { start: span.start + i, end: span.start + i + 1 }, replacement: 'I', message: `Replaced "l" by "I" in "${word}" (now "${fixed}").` }] : [],
      ),
    });
  }
  for (const match of text.matchAll(MOJIBAKE)) {
    findings.push({
      code: 'INGEST_SUSPECT_TEXT',
      message: match[0].startsWith('\uFFFD')
        ? 'Replacement character "\uFFFD": the text was decoded with the wrong encoding before it reached bitext-tm.'
        : `"${match[0]}" looks like UTF-8 text that was read as Windows-1252.`,
      span: spanOf(match),
      fixes: [],
    });
  }
  return findings;
}

function findEnglish(text: string): Finding[] {
  const findings: Finding[] = [];
  const missingSpace = (at: number, around: Span, what: string, safe: boolean): void => {
    const excerpt = text.slice(around.start, around.end);
    findings.push({
      code: 'INGEST_MISSING_SPACE',
      message: `Missing space ${what} in "${excerpt}".`,
      span: around,
      fixes: safe ? [{ span: { start: at, end: at }, replacement: ' ', message: `Inserted a space ${what} in "${excerpt}".` }] : [],
    });
  };
  for (const match of text.matchAll(GLUED_ORDINAL)) {
    const { number = '', suffix = '', next = '' } = match.groups ?? {};
    if (ordinalSuffix(number) !== suffix) continue;
    const at = match.index + number.length + suffix.length;
    const safe = /^\p{Lu}/u.test(next) || FUNCTION_WORDS.has(next);
    missingSpace(at, wordAround(text, at), `after the ordinal "${number}${suffix}"`, safe);
  }
  for (const match of text.matchAll(GLUED_SENTENCE)) {
    const around = wordAround(text, match.index);
    if (ADDRESS_TOKEN.test(text.slice(around.start, around.end))) continue;
    missingSpace(match.index + 1, around, `after "${match[0]}"`, true);
  }
  for (const match of text.matchAll(GLUED_COMMA)) missingSpace(match.index + 1, wordAround(text, match.index), `after "${match[0]}"`, true);
  for (const match of text.matchAll(GLUED_OPENING)) missingSpace(match.index, wordAround(text, match.index), `before "${match[0]}"`, true);
  for (const match of text.matchAll(GLUED_LIST_NUMBER)) missingSpace(match.index + match[0].length, wordAround(text, match.index), `after the list number "${match[0]}"`, true);
  for (const match of text.matchAll(GLUED_FUNCTION_WORD)) {
    missingSpace(match.index + match[0].length, wordAround(text, match.index), `after "${match[0]}"`, true);
  }
  return findings;
}

function findChinese(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(BROKEN_QUESTION_MARK)) {
    const span = spanOf(match);
    const context = text.slice(Math.max(0, span.start - 2), Math.min(text.length, span.end + 2));
    findings.push({
      code: 'INGEST_SUSPECT_TEXT',
      message: `"${match[0]}" in "${context}" looks like characters lost to an encoding error.`,
      span,
      fixes: [],
    });
  }
  for (const match of text.matchAll(MISPLACED_PINYIN_NOTE)) {
    const span = spanOf(match);
    const han = text.slice(Math.max(0, span.start - 1), span.start);
    findings.push({
      code: 'INGEST_SUSPECT_TEXT',
      message: `"${match[0]}" looks like a pinyin note but is not a reading of "${han}"; kept it.`,
      span,
      fixes: [],
    });
  }
  const commas = [...text.matchAll(ASCII_COMMA_IN_CHINESE)].map((match) => match.index);
  const first = commas[0];
  const last = commas[commas.length - 1];
  if (first !== undefined && last !== undefined) {
    const count = commas.length === 1 ? 'an ASCII comma' : `${commas.length} ASCII commas`;
    findings.push({
      code: 'INGEST_SUSPECT_TEXT',
      message: `The paragraph has ${count} between Chinese characters where Chinese text uses "，".`,
      span: { start: first, end: last + 1 },
      fixes: commas.map((at) => ({
        span: { start: at, end: at + 1 },
        replacement: '，',
        message: `Replaced the ASCII comma in "${text.slice(Math.max(0, at - 2), at + 3)}" by "，".`,
      })),
    });
  }
  return findings;
}

/** The English ordinal suffix of a number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
function ordinalSuffix(number: string): string {
  const n = Number(number.slice(-2));
  if (n >= 11 && n <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** The whitespace-delimited word around `offset`. */
function wordAround(text: string, offset: number): Span {
  let start = offset;
  while (start > 0 && !/\s/u.test(text[start - 1] ?? ' ')) start--;
  let end = offset;
  while (end < text.length && !/\s/u.test(text[end] ?? ' ')) end++;
  return { start, end };
}

function spanOf(match: RegExpMatchArray): Span {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length };
}
