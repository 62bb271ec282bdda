/**
 * The writer's two normalisations, each reported: characters XML 1.0 cannot
 * carry are removed (or refused), and segment text loses its edge white space
 * (OmegaT trims document segments, so a TU with edge spaces never matches).
 */
import { TmxWriteError, type Issue } from '../../errors';
import { formatCodePoint } from '../../format-code-point';
import { firstIllegalXmlChar, ILLEGAL_XML_CHAR } from '../../xml/xml-chars';

/** Text after normalisation, and what was done to it. */
export interface NormalizedText {
  readonly text: string;
  readonly issues: readonly Issue[];
}

const NO_ISSUES: readonly Issue[] = [];

/**
 * Remove XML-illegal characters from `text` (or throw), describing it as `what`.
 * @example removeIllegalChars('a\u0001b', 'the English text of unit "7"', 'remove').text //=> 'ab'
 */
export function removeIllegalChars(text: string, what: string, mode: 'remove' | 'error'): NormalizedText {
  if (firstIllegalXmlChar(text) === -1) return { text, issues: NO_ISSUES };
  const removed = text.match(ILLEGAL_XML_CHAR)?.join('') ?? '';
  const codePoints = [...new Set(removed)].map(formatCodePoint).join(', ');
  const message = `Expected only characters XML 1.0 allows in ${what}, found ${codePoints}`;
  if (mode === 'error') throw new TmxWriteError('TMX_ILLEGAL_CHAR', `${message}.`);
  return { text: text.replace(ILLEGAL_XML_CHAR, ''), issues: [{ severity: 'warning', code: 'TMX_ILLEGAL_CHAR', message: `${message}; removed ${removed.length}.`, removed }] };
}

/**
 * Segment text as written: illegal characters removed, then edge white space
 * (JavaScript's `trim`: Unicode White_Space, U+3000 and U+FEFF included) trimmed.
 * @example normalizeSegment('\u3000 重慶。 ', 'the Chinese text of unit "1"', 'remove').text //=> '重慶。'
 */
export function normalizeSegment(text: string, what: string, mode: 'remove' | 'error'): NormalizedText {
  const legal = removeIllegalChars(text, what, mode);
  const trimmed = legal.text.trim();
  if (trimmed.length === legal.text.length) return legal;
  const start = legal.text.length - legal.text.trimStart().length;
  const removed = trimmed === '' ? legal.text : legal.text.slice(0, start) + legal.text.slice(start + trimmed.length);
  const issue: Issue = { severity: 'info', code: 'TMX_TRIMMED_WHITESPACE', message: `Trimmed ${removed.length} white-space character(s) from the edges of ${what}.`, removed };
  return { text: trimmed, issues: [...legal.issues, issue] };
}
