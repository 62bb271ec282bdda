/**
 * The Chinese sentence scanner: one pass over the UTF-16 code units with the
 * same lookup table as the English one. It keeps track of open quotations
 * and titles; at 。！？ (and ! ? …… when they end a sentence) it takes the
 * closing marks after them and decides. The ellipsis rules live in
 * `chinese-ellipsis.ts`, the roles of quotation and title marks in
 * `chinese-marks.ts`.
 *
 * Quotations follow the human convention of the MAC corpus: quoted speech of
 * several sentences is split inside the quotation marks (a quotation opened
 * at the start of a sentence or after ：，), and so is a bracket; but a
 * quotation embedded in a clause (以“……”为主题, 喊了一声“救命！”就跑) never
 * is, and nothing inside a title 《…》 ends a sentence.
 */
import { CharFlag, charFlags, hasFlag, isAsciiAlnumAt, isDigitAt, isHanAt, skipSpaces } from '../char-class';
import { ellipsisEndsSentence, omissionMarkAfter } from './chinese-ellipsis';
import { closingMarkAfterSpace, isChineseSpeechDash, LEFT_SINGLE_QUOTE, MarkRole, markRole, RIGHT_SINGLE_QUOTE } from './chinese-marks';
import { endsAtLineBreak } from '../line-breaks';
import type { ResolvedSplitOptions } from '../split-options';

const PERIOD = 0x2e;
const FULLWIDTH_PERIOD = 0xff0e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;

/**
 * How far ahead (UTF-16 units) a title 《…》 must close for its inside to be
 * skipped; a title mark left open longer is taken as unbalanced. Titles are
 * short; a generous bound, not fitted.
 */
const MAX_TITLE_LENGTH = 80;

/**
 * Characters after a sentence end that continue the sentence instead: commas,
 * colons, the enumeration comma, semicolons, dashes.
 */
function isContinuingCode(code: number): boolean {
  switch (code) {
    case 0xff0c: // ，
    case 0x2c: // ,
    case 0x3001: // 、
    case 0xff1a: // ：
    case 0x3a: // :
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0x2014: // —
    case 0x2013: // –
    case 0x2d: // -
      return true;
    default:
      return false;
  }
}

/**
 * Offsets where Chinese sentences end (after their closing marks), in
 * increasing order; the end of the text is not included.
 * @example findChineseSentenceEnds('他說：「好。」我們走吧。', resolveSplitOptions({})) //=> [7]
 */
export function findChineseSentenceEnds(text: string, options: ResolvedSplitOptions): number[] {
  return new ChineseScanner(text, options).scan();
}

/** An open quotation: its opening mark and whether it holds speech (split inside) or is embedded in a clause. */
interface OpenQuote {
  readonly mark: number;
  readonly speech: boolean;
}

class ChineseScanner {
  private readonly ends: number[] = [];
  private readonly quotes: OpenQuote[] = [];
  private titles = 0;

  constructor(
    private readonly text: string,
    private readonly options: ResolvedSplitOptions,
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
      } else if ((flags & (CharFlag.terminal | CharFlag.ellipsis)) !== 0 && this.isSentencePunctuation(i, code)) {
        i = this.readEnding(i);
      } else if (markRole(code) === MarkRole.quoteClose && isChineseSpeechDash(text.charCodeAt(i - 1))) {
        i = this.readInterruption(i);
      } else {
        this.readOther(i, code, flags);
        i++;
      }
    }
    return this.ends;
  }

  /**
   * ASCII . ! ? and the full-width period also occur in Latin words and numbers
   * inside Chinese (3.5亿, Yahoo!Japan, ３．５); they end a sentence only after
   * Chinese text (the period) or before something other than a Latin letter or digit.
   */
  private isSentencePunctuation(at: number, code: number): boolean {
    const { text } = this;
    if (code === PERIOD) {
      if (text.charCodeAt(at + 1) === PERIOD && text.charCodeAt(at + 2) === PERIOD) return true;
      return isHanAt(text, at - 1) && !isAsciiAlnumAt(text, at + 1) && text.charCodeAt(at + 1) !== PERIOD;
    }
    if (code === EXCLAMATION || code === QUESTION) return !isAsciiAlnumAt(text, at + 1);
    if (code === FULLWIDTH_PERIOD) return !(isDigitAt(text, at - 1) && isDigitAt(text, at + 1));
    return true;
  }

  private readOther(at: number, code: number, flags: number): void {
    if ((flags & CharFlag.lineBreak) !== 0) {
      if (endsAtLineBreak(this.text, at, this.options.newlinesAreBoundaries)) this.push(at);
      return;
    }
    if ((flags & CharFlag.semicolon) !== 0) {
      // An ASCII semicolon right before a Latin letter or digit is code or an entity (&amp;x), not a clause end.
      if (this.options.splitAtSemicolons && !(code === 0x3b && isAsciiAlnumAt(this.text, at + 1)) && !this.insideTitle(at + 1)) this.push(at + 1);
      return;
    }
    this.trackMark(at, code);
  }

  /** Update the open quotations and titles for the mark at `at`. */
  private trackMark(at: number, code: number): void {
    switch (markRole(code)) {
      case MarkRole.quoteOpen:
        this.quotes.push({ mark: code, speech: this.opensSpeech(at) });
        break;
      case MarkRole.quoteClose:
        this.closeQuote(code);
        break;
      case MarkRole.quoteStraight:
        if (this.quotes[this.quotes.length - 1]?.mark === code) this.quotes.pop();
        else this.quotes.push({ mark: code, speech: this.opensSpeech(at) });
        break;
      case MarkRole.titleOpen:
        this.titles++;
        break;
      case MarkRole.titleClose:
        if (this.titles > 0) this.titles--;
        break;
    }
  }

  /**
   * Close the innermost quotation; ’ closes only a ‘ (elsewhere it is an
   * apostrophe). A closing mark with no quotation open closes one that began
   * before the text (a paragraph inside quoted speech): taken as speech.
   */
  private closeQuote(code: number): OpenQuote | undefined {
    const top = this.quotes[this.quotes.length - 1];
    if (top === undefined) return code === RIGHT_SINGLE_QUOTE ? undefined : { mark: code, speech: true };
    if (code === RIGHT_SINGLE_QUOTE && top.mark !== LEFT_SINGLE_QUOTE) return undefined;
    return this.quotes.pop();
  }

  /** A quotation holds speech when it opens a sentence or follows ：，or the end of a sentence, not a word. */
  private opensSpeech(at: number): boolean {
    let i = at;
    while (i > 0 && hasFlag(this.text.charCodeAt(i - 1), CharFlag.space)) i--;
    if (i === 0) return true;
    const prev = this.text.charCodeAt(i - 1);
    if (prev === 0x3001 /* 、 */) return false;
    return hasFlag(prev, CharFlag.terminal | CharFlag.ellipsis | CharFlag.closer | CharFlag.opener) || isContinuingCode(prev);
  }

  /** Read the punctuation run at `at` and the closing marks after it; record a boundary when it ends a sentence. */
  private readEnding(at: number): number {
    const { text } = this;
    let strong = false;
    let runEnd = at;
    while (runEnd < text.length) {
      const code = text.charCodeAt(runEnd);
      const flags = charFlags(code);
      if ((flags & CharFlag.ellipsis) !== 0 || code === PERIOD) {
        // an ellipsis, or ASCII dots
      } else if ((flags & CharFlag.terminal) !== 0) {
        strong = true;
      } else {
        break;
      }
      runEnd++;
    }
    let end = closingMarkAfterSpace(text, runEnd);
    let closedEmbedded = false;
    let closedQuote = false;
    while (end < text.length && hasFlag(text.charCodeAt(end), CharFlag.closer)) {
      const code = text.charCodeAt(end);
      const role = markRole(code);
      if (role === MarkRole.quoteClose || role === MarkRole.quoteStraight) {
        const closed = this.closeQuote(code);
        if (closed !== undefined) {
          closedQuote = true;
          if (!closed.speech) closedEmbedded = true;
        }
      } else {
        this.trackMark(end, code);
      }
      end++;
    }
    if (strong) end = omissionMarkAfter(text, end);
    if (this.endsSentence(at, end, strong, closedQuote, closedEmbedded)) this.push(end);
    return end;
  }

  /**
   * Speech broken off by a dash (“咚——咚——”“猛捅——”): the closing quote
   * after the dash ends the sentence when new speech or a new clause follows.
   */
  private readInterruption(at: number): number {
    const { text } = this;
    let end = at;
    let closedEmbedded = false;
    while (end < text.length && markRole(text.charCodeAt(end)) === MarkRole.quoteClose) {
      const closed = this.closeQuote(text.charCodeAt(end));
      if (closed !== undefined && !closed.speech) closedEmbedded = true;
      end++;
    }
    const next = skipSpaces(text, end);
    if (next < text.length && !closedEmbedded && !this.insideTitle(end) && (markRole(text.charCodeAt(next)) === MarkRole.quoteOpen || isHanAt(text, next))) this.push(end);
    return end;
  }

  private endsSentence(at: number, end: number, strong: boolean, closedQuote: boolean, closedEmbedded: boolean): boolean {
    const { text } = this;
    const next = skipSpaces(text, end);
    if (next >= text.length) return false;
    if (this.insideTitle(end)) return false;
    const innermost = this.quotes[this.quotes.length - 1];
    if (innermost !== undefined && !innermost.speech) return false;
    if (closedEmbedded) return false;
    if (isContinuingCode(text.charCodeAt(next))) return false;
    if (!strong) return closedQuote || ellipsisEndsSentence(text, at, end);
    return true;
  }

  /** Inside a title that closes within {@link MAX_TITLE_LENGTH}; a title mark left open longer is forgotten. */
  private insideTitle(from: number): boolean {
    if (this.titles === 0) return false;
    const limit = Math.min(this.text.length, from + MAX_TITLE_LENGTH);
    for (let i = from; i < limit; i++) if (markRole(this.text.charCodeAt(i)) === MarkRole.titleClose) return true;
    this.titles = 0;
    return false;
  }

  private push(end: number): void {
    const last = this.ends[this.ends.length - 1];
    if (last === undefined || end > last) this.ends.push(end);
  }
}
