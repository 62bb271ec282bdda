/**
 * Every file in examples/ runs, and what it prints matches its `//=>` comments:
 * the n-th `console.log` call must print the value written after the n-th `//=>`
 * (a JavaScript literal; compared after formatting both with util.inspect).
 * Examples import from 'bitext-tm', which vitest and tsc resolve to src/.
 * Every ```ts block of the README must also stand in some example file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith('.ts')).sort();

/** The `//=>` comments of a source file, in order; a comment may continue on following `//` lines. */
function expectedOutputs(source: string): string[] {
  const lines = source.split('\n');
  const outputs: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]?.indexOf('//=>') ?? -1;
    if (at === -1) continue;
    let literal = (lines[i] ?? '').slice(at + 4).trim();
    while (i + 1 < lines.length && /^\s*\/\/(?!=>)\s?/u.test(lines[i + 1] ?? '')) {
      i++;
      literal += `\n${(lines[i] ?? '').replace(/^\s*\/\/\s?/u, '')}`;
    }
    outputs.push(literal);
  }
  return outputs;
}

const format = (value: unknown): string => inspect(value, { depth: 8, breakLength: Infinity, sorted: true });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('examples/', () => {
  it('has examples', () => {
    expect(exampleFiles.length).toBeGreaterThan(0);
  });

  for (const file of exampleFiles) {
    it(`${file} prints what its //=> comments say`, async () => {
      const source = readFileSync(join(EXAMPLES, file), 'utf8');
      const expected = expectedOutputs(source);
      expect(expected.length, 'an example without //=> checks nothing').toBeGreaterThan(0);
      const printed: unknown[] = [];
      vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        printed.push(args.length === 1 ? args[0] : args);
      });
      await import(join(EXAMPLES, file));
      // The //=> comment is a JavaScript literal written by us; evaluating it is the point.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
      const evaluate = (literal: string): unknown => new Function(`return (${literal});`)();
      expect(printed.map(format)).toEqual(expected.map((literal) => format(evaluate(literal))));
    });
  }
});

describe('README code blocks', () => {
  it('each ```ts block stands in an example file', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/gu)].map((m) => m[1] ?? '');
    const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();
    const examples = squash(exampleFiles.map((f) => readFileSync(join(EXAMPLES, f), 'utf8')).join('\n'));
    for (const block of blocks) expect(examples, `README block not in examples/:\n${block}`).toContain(squash(block));
  });
});
