/**
 * The `@example` lines of TSDoc comments in src/, read as checks: the code
 * before each `//=>` is run and its value must equal the JavaScript literal
 * after it (a literal whose brackets are still open continues on the following
 * `//` lines; any other `//` line after it is prose).
 * Code that comes before a `//=>` in the same `@example` (e.g. `const x = …`)
 * runs again before each later check of that example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One `//=>` check of an `@example`. */
export interface ExampleCheck {
  /** The source file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the `//=>`. */
  readonly line: number;
  /** The exported name the comment documents, or whose member it documents (`undefined`: nothing exported). */
  readonly documents: string | undefined;
  /** TypeScript statements; the value of the last expression statement is the checked value. */
  readonly code: string;
  /** The JavaScript literal after `//=>`. */
  readonly expected: string;
}

/** One `@example` of a source file, with its checks (none: an example that checks nothing). */
export interface SourceExample {
  readonly file: string;
  /** 1-based line of the `@example` tag. */
  readonly line: number;
  readonly documents: string | undefined;
  readonly checks: readonly ExampleCheck[];
}

/** Every non-test `.ts` file under `dir`, sorted. */
export function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const file of sourceFiles(path)) files.push(file);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files.sort();
}

const EXPORTED_NAME = /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|abstract\s+class|interface|type)\s+([\p{L}_$][\p{L}\p{N}_$]*)/u;

/** The exported name a comment ending before line `next` documents: the declaration after it, or for an indented member the export that encloses it. */
function documentedName(lines: readonly string[], next: number): string | undefined {
  let i = next;
  while (/^\s*\/\//u.test(lines[i] ?? '')) i++; // eslint-disable comments between the doc and its declaration
  const line = lines[i] ?? '';
  if (!/^\s/u.test(line)) return EXPORTED_NAME.exec(line)?.[1];
  for (let k = i - 1; k >= 0; k--) {
    if (/^\S/u.test(lines[k] ?? '') && !/^[/*]/u.test(lines[k] ?? '')) return EXPORTED_NAME.exec(lines[k] ?? '')?.[1];
  }
  return undefined;
}

/** The `@example`s of one file (`root` makes the reported path relative). */
export function examplesOf(path: string, root: string): SourceExample[] {
  const file = relative(root, path);
  const lines = readFileSync(path, 'utf8').split('\n');
  const examples: SourceExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\/\*\*/u.test(lines[i] ?? '')) continue;
    const start = i;
    while (i < lines.length && !(lines[i] ?? '').includes('*/')) i++;
    const comment = lines.slice(start, i + 1).map((text) => text.replace(/^\s*\/?\*+\/?\s?/u, '').replace(/\s*\*\/\s*$/u, ''));
    const documents = documentedName(lines, i + 1);
    for (let k = 0; k < comment.length; k++) {
      const tag = /^@example\b ?(.*)$/u.exec(comment[k] ?? '');
      if (!tag) continue;
      let end = k + 1;
      while (end < comment.length && !(comment[end] ?? '').startsWith('@')) end++;
      const body = [tag[1] ?? '', ...comment.slice(k + 1, end)];
      examples.push({ file, line: start + k + 1, documents, checks: checksOf(body, file, start + k + 1, documents) });
      k = end - 1;
    }
  }
  return examples;
}

function checksOf(body: readonly string[], file: string, firstLine: number, documents: string | undefined): ExampleCheck[] {
  const checks: ExampleCheck[] = [];
  let code = '';
  for (let j = 0; j < body.length; j++) {
    const text = body[j] ?? '';
    const at = text.indexOf('//=>');
    if (at === -1) {
      code += `${text}\n`;
      continue;
    }
    code += `${text.slice(0, at)}\n`;
    let expected = text.slice(at + 4).trim();
    while (j + 1 < body.length && isOpen(expected) && /^\s*\/\/(?!=>)/u.test(body[j + 1] ?? '')) {
      j++;
      expected += `\n${(body[j] ?? '').replace(/^\s*\/\/\s?/u, '')}`;
    }
    checks.push({ file, line: firstLine + j, documents, code, expected });
    code += ';\n'; // the checked expression runs again before a later check: end its statement
  }
  return checks;
}

/** True while a literal has more opening than closing brackets (outside quoted strings). */
function isOpen(literal: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < literal.length; i++) {
    const char = literal[i] ?? '';
    if (quote !== '') {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
  }
  return depth > 0;
}
