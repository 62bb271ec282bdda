/**
 * The English sentence scanner: one pass over the UTF-16 code units, looking
 * each up in {@link CHAR_CLASS} and skipping the ordinary ones. At sentence
 * punctuation it reads the whole run (`?!`, `...`, `. . .`), takes the closing
 * quotes and brackets after it, and asks whether what follows begins a new
 * sentence; the abbreviation, initial and list-marker questions live in
 * `english-period.ts`, the quotation and speech ones in `english-speech.ts`.
 */
import { CharFlag, charFlags, hasFlag, isHanAt, isSpaceCode, skipSpaces } from '../char-class';
import { missingSpaceEndsSentence, periodEndsSentence } from './english-period';
import { startsEnglishSentence, startsWithCapital } from './english-sentence-start';
import { closesQuotation, followsSpeechTag, isEnglishSpeechDash, quotationOpenedAt, repeatsWordBefore, type Quotation } from './english-speech';
import { endsAtLineBreak } from '../line-breaks';
import type { ResolvedSplitOptions } from '../split-options';

/**
 * What a run of sentence punctuation is:
 * - `period`: `.` (also `..`, and an ellipsis followed by a period, `....`, `….`);
 * - `strong`: contains `!` or `?` (or a CJK terminal);
 * - `ellipsis`: `...`, `. . .` or `…`, a sentence end only before a capital
 *   word that does not repeat the word before it ("I... I can't" is a stammer),
 *   and not inside a quotation embedded in a clause.
 */
type EndingKind = 'period' | 'strong' | 'ellipsis';

const PERIOD = 0x2e;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const LEFT_DOUBLE_QUOTE = 0x201c;
const RIGHT_DOUBLE_QUOTE = 0x201d;

/**
 * Offsets where English sentences end (after their closing quotes), in
 * increasing order; the end of the text is not included. `listItemStarts`
 * (from `findListItemStarts`) are where list items begin, which the scanner
 * treats as sentence starts ("2.) The second item").
 * @example findEnglishSentenceEnds('He left. "Why?" Nobody knew.', resolveSplitOptions({})) //=> [8, 15]
 */
export function findEnglishSentenceEnds(text: string, options: ResolvedSplitOptions, listItemStarts: readonly number[] = []): number[] {
  return new EnglishScanner(text, options, listItemStarts).scan();
}

class EnglishScanner {
  private readonly ends: number[] = [];
  /** The double quotation (“…” or "…") the scanner is in. Single quotes are not tracked: they double as apostrophes. */
  private quotation: Quotation = 'none';

  /** Index of the next list item start not yet passed. */
  private nextItem = 0;

  constructor(
    private readonly text: string,
    private readonly options: ResolvedSplitOptions,
    private readonly listItemStarts: readonly number[],
  ) {}

  scan(): number[] {
    const { text } = this;
    const length = text.length;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      const flags = charFlags(code);
      if (flags === 0 || flags === CharFlag.space) {
        i++;
      } else if ((flags & (CharFlag.terminal | CharFlag.ellipsis)) !== 0) {
        i = this.readEnding(i);
      } else if ((flags & CharFlag.closer) !== 0 && i > 0 && isEnglishSpeechDash(text.charCodeAt(i - 1))) {
        i = this.readInterruption(i);
      } else {
        this.readOther(i, code, flags);
        i++;
      }
    }
    return this.ends;
  }

  /** Line breaks, semicolons and quotation marks. */
  private readOther(at: number, code: number, flags: number): void {
    if ((flags & CharFlag.lineBreak) !== 0) {
      if (endsAtLineBreak(this.text, at, this.options.newlinesAreBoundaries)) this.push(at);
    } else if ((flags & CharFlag.semicolon) !== 0) {
      // ; ends a clause before a space (not in "&amp;x"); the full-width ； always does.
      if (this.options.splitAtSemicolons && (code !== 0x3b || at + 1 >= this.text.length || isSpaceCode(this.text.charCodeAt(at + 1)))) {
        this.push(at + 1);
      }
    } else if (code === LEFT_DOUBLE_QUOTE) {
      this.quotation = quotationOpenedAt(this.text, at);
    } else if (code === RIGHT_DOUBLE_QUOTE) {
      this.quotation = 'none';
    } else if (code === DOUBLE_QUOTE) {
      const opens = at === 0 || hasFlag(this.text.charCodeAt(at - 1), CharFlag.space | CharFlag.opener);
      this.quotation = opens ? quotationOpenedAt(this.text, at) : 'none';
    }
  }

  /**
   * Read the punctuation run at `at` and the closers after it, record a
   * boundary when it ends a sentence, and return where scanning goes on.
   */
  private readEnding(at: number): number {
    const { text } = this;
    let dots = 0;
    let ellipses = 0;
    let strong = false;
    let spaced = false;
    let runEnd = at;
    while (runEnd < text.length) {
      const code = text.charCodeAt(runEnd);
      const flags = charFlags(code);
      if (code === PERIOD) dots++;
      else if ((flags & CharFlag.ellipsis) !== 0) ellipses++;
      else if ((flags & CharFlag.terminal) !== 0) strong = true;
      else if (code === SPACE && text.charCodeAt(runEnd + 1) === PERIOD && !strong && ellipses === 0 && (dots === 1 || spaced)) spaced = true;
      else break;
      runEnd++;
    }
    const kind = endingKind(dots, ellipses, strong, spaced);
    const end = this.readClosers(runEnd);
    if (this.endsSentence(kind, at, runEnd, end)) this.push(end);
    return end;
  }

  /**
   * Speech broken off by a dash ("let's see—' 'At you!'"): the closing quote
   * after the dash ends the sentence when a capital word follows, as after
   * `!'` (measured on mac-dev: 7 of 7 such boundaries, no false one).
   */
  private readInterruption(at: number): number {
    const { text } = this;
    const end = this.readClosers(at);
    const next = skipSpaces(text, end);
    if (next > end && next < text.length && startsWithCapital(text, next) && !followsSpeechTag(text, next)) this.push(end);
    return end;
  }

  /** Offset after the closing quotes and brackets at `at`; a closing double quote ends the quotation. */
  private readClosers(at: number): number {
    const { text } = this;
    let end = at;
    while (end < text.length && hasFlag(text.charCodeAt(end), CharFlag.closer)) {
      const code = text.charCodeAt(end);
      if (code === RIGHT_DOUBLE_QUOTE || code === DOUBLE_QUOTE) this.quotation = 'none';
      end++;
    }
    return end;
  }

  private endsSentence(kind: EndingKind, at: number, runEnd: number, end: number): boolean {
    const { text } = this;
    if (end >= text.length) return false;
    const next = skipSpaces(text, end);
    if (next >= text.length) return false;
    if (next === end) {
      // No space: Chinese right after, or a missing space ("Francisco.He").
      if (isHanAt(text, end)) return true;
      return kind === 'period' && end === at + 1 && runEnd === at + 1 && missingSpaceEndsSentence(text, at, this.options.abbreviations);
    }
    if (!startsEnglishSentence(text, next)) return false;
    switch (kind) {
      case 'strong':
        return !(closesQuotation(text, runEnd, end) && followsSpeechTag(text, next));
      case 'period':
        return periodEndsSentence(text, at, next, this.sentenceStart(at), this.options.abbreviations);
      case 'ellipsis':
        return this.quotation !== 'embedded' && startsWithCapital(text, next) && !repeatsWordBefore(text, at, next);
    }
  }

  /** Where the sentence holding `at` began: after the last boundary or at the last list item start. */
  private sentenceStart(at: number): number {
    let next = this.listItemStarts[this.nextItem];
    while (next !== undefined && next <= at) next = this.listItemStarts[++this.nextItem];
    return Math.max(this.ends[this.ends.length - 1] ?? 0, this.listItemStarts[this.nextItem - 1] ?? 0);
  }

  private push(end: number): void {
    const last = this.ends[this.ends.length - 1];
    if (last === undefined || end > last) this.ends.push(end);
  }
}

function endingKind(dots: number, ellipses: number, strong: boolean, spaced: boolean): EndingKind {
  if (strong) return 'strong';
  if (spaced) return dots >= 4 ? 'period' : 'ellipsis';
  if ((ellipses > 0 && dots > 0) || dots >= 4) return 'period';
  if (ellipses > 0 || dots === 3) return 'ellipsis';
  return 'period';
}
