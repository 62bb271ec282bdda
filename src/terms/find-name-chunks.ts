/**
 * Name chunks of an English text: maximal runs of capitalised words, with
 * connectors inside (never at an edge) and only spaces or balanced brackets
 * between words. A chunk is where the candidate finder looks for terms.
 */
import { tokenizeEnglish, type Token } from '../segment/tokenize-english';
import { edgeTokens } from './edge-tokens';
import { CONNECTORS, HEAD_WORDS, isCapitalised, SENTENCE_OPENERS, TAIL_TABLES, titleHeadLength } from './english-heads';
import { ACRONYM_WORD, CHUNK_GAP, COMPANY_ABBREVIATION, COMPANY_SUFFIX_GAP, LIST_BEFORE } from './english-patterns';

/**
 * Maximal runs of capitalised words, with connectors inside (never at an
 * edge) and only spaces or balanced brackets between words.
 */
export function findChunks(text: string): Token[][] {
  const tokens = tokenizeEnglish(text).map((t) => withAbbreviationPeriod(text, t));
  const chunks: Token[][] = [];
  let current: Token[] = [];
  const close = (): void => {
    // Drop words from the start up to the first capitalised one that does not open a sentence,
    // and from the end back to the last capitalised one.
    const from = current.findIndex((t) => isCapitalised(t) && !SENTENCE_OPENERS.has(t.text));
    if (from !== -1) chunks.push(current.slice(from, current.findLastIndex(isCapitalised) + 1));
    current = [];
  };
  for (const [i, token] of tokens.entries()) {
    const previous = current[current.length - 1];
    const gap = previous === undefined ? '' : text.slice(previous.span.end, token.span.start);
    const joined =
      previous !== undefined &&
      ((CHUNK_GAP.test(gap) && !(gap.includes('(') && ACRONYM_WORD.test(token.text))) || (COMPANY_SUFFIX_GAP.test(gap) && /^(?:Ltd|LTD)\.?$/u.test(token.text)));
    if (!joined) close();
    if (isCapitalised(token)) current.push(token);
    else if (current.length > 0 && CONNECTORS.has(token.text) && !coordinatesNames(tokens, i, current)) current.push(token);
    else close();
  }
  close();
  return chunks;
}

/**
 * True when the "and" at `i` joins two complete names rather than two words
 * of one name: before a title head ("… Committee and Secretary of …"),
 * before "the" ("… Government and the Consulate General …"), or after a
 * head word ("… Science City and Chongqing High-tech … Group"). "Hong Kong
 * and Macao Affairs Office" and "Chamber of Commerce and Industry" stay whole.
 */
function coordinatesNames(tokens: readonly Token[], i: number, current: readonly Token[]): boolean {
  const text = tokens[i]?.text;
  if (text !== 'and' && text !== '&') return false;
  const next = tokens[i + 1];
  if (next?.text === 'the' || titleHeadLength(tokens.slice(i + 1, i + 5)) > 0) return true;
  return TAIL_TABLES.some((table) => table.heads.some((head) => head.every((w, k) => current[current.length - head.length + k]?.text === w)));
}

/** True when every bracket opened in the text closes in it ("NATO (North Atlantic …" does not). */
export function balancedBrackets(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** True when the chunk follows "Word, " or "Word, and " where Word is capitalised but no head. */
export function isListTail(text: string, chunk: readonly Token[]): boolean {
  const start = edgeTokens(chunk).first.span.start;
  const word = LIST_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return word !== undefined && !HEAD_WORDS.has(word);
}

/** "Co." and "Ltd." keep their period, which the word tokenizer leaves out. */
function withAbbreviationPeriod(text: string, token: Token): Token {
  if (COMPANY_ABBREVIATION.test(token.text) && text[token.span.end] === '.') {
    return { text: `${token.text}.`, span: { start: token.span.start, end: token.span.end + 1 } };
  }
  return token;
}
