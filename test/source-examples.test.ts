/**
 * Every `@example` in src/ runs, and each `//=>` in it holds: the value of the
 * code before it (the last expression statement, awaited when it is a
 * promise; or, when that is undefined, what the code printed with
 * console.log) equals the literal after it, compared as examples.test.ts does.
 * The code sees the exports of its own module and every name exported by
 * exactly one module of src/, so an internal helper's example can call the
 * helpers it needs. `Int32Array [1, 2]` in a literal is read as
 * `Int32Array.from([1, 2])` (how util.inspect prints typed arrays).
 * An example of a public export (src/index.ts) that cannot run here (it needs
 * a file, a server, a stream) is skipped: its runnable twin in examples/ is
 * what checks it (examples.test.ts). Every other example must run and hold.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { examplesOf, sourceFiles, type ExampleCheck } from './helpers/source-examples';

const ROOT = resolve(import.meta.dirname, '..');
const files = sourceFiles(resolve(ROOT, 'src'));
const examples = files.flatMap((file) => examplesOf(file, ROOT));

const format = (value: unknown): string => inspect(value, { depth: 8, breakLength: Infinity, sorted: true });

type Scope = Record<string, unknown>;

/** The names src/index.ts exports, types included. */
function publicNames(): Set<string> {
  const index = readFileSync(resolve(ROOT, 'src/index.ts'), 'utf8');
  const lists = [...index.matchAll(/export (?:type )?\{([^}]*)\}/gu)].map((m) => m[1] ?? '');
  return new Set(lists.flatMap((list) => list.split(',').map((item) => item.trim().split(/\s+/u).at(-1) ?? '')));
}

/** Every module of src/, by absolute path. */
async function importAll(): Promise<Map<string, Scope>> {
  const modules = new Map<string, Scope>();
  for (const file of files) modules.set(file, (await import(pathToFileURL(file).href)) as Scope);
  return modules;
}

/** Names exported by exactly one module (a name two modules export differently is left out: ambiguous). */
function sharedScope(modules: ReadonlyMap<string, Scope>): Scope {
  const values = new Map<string, unknown>();
  const ambiguous = new Set<string>();
  for (const module of modules.values()) {
    for (const [name, value] of Object.entries(module)) {
      if (values.has(name) && values.get(name) !== value) ambiguous.add(name);
      values.set(name, value);
    }
  }
  return Object.fromEntries([...values].filter(([name]) => !ambiguous.has(name)));
}

/** The code as an async function body that returns the value of its last expression statement. */
function asFunctionBody(code: string): string {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const last = source.statements.at(-1);
  const body = last !== undefined && ts.isExpressionStatement(last) ? `${code.slice(0, last.getStart(source))}return (${last.expression.getText(source)});` : code;
  return ts.transpileModule(`(async () => {\n${body}\n})()`, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
}

/** `Int32Array [1, 2]` → `Int32Array.from([1, 2])`. */
const literalOf = (expected: string): string => expected.replace(/\b(\w+Array) \[([^\]]*)\]/gu, '$1.from([$2])');

// The example code is ours, in our own source; running it is the point. `with` puts the scope's names in reach.
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const runIn = new Function('__scope', '__code', 'with (__scope) { return eval(__code); }') as (scope: Scope, code: string) => unknown;

/** The example's value, or what it printed last when its value is undefined. */
async function valueOf(check: ExampleCheck, scope: Scope): Promise<unknown> {
  const printed: unknown[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args.length === 1 ? args[0] : args);
  });
  const value = await (runIn(scope, asFunctionBody(check.code)) as Promise<unknown>);
  return value === undefined && printed.length > 0 ? printed.at(-1) : value;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('@example lines in src/', async () => {
  const modules = await importAll();
  const shared = sharedScope(modules);
  const isPublic = publicNames();

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(300);
  });

  for (const example of examples) {
    // A public export's example without //=> is the public API test's concern (its twin in examples/).
    if (example.documents === undefined || !isPublic.has(example.documents)) {
      it(`${example.file}:${example.line} checks something`, () => {
        expect(example.checks.length, 'an @example without //=> checks nothing: add one, or say it in prose').toBeGreaterThan(0);
      });
    }
    for (const check of example.checks) {
      const publicExport = check.documents !== undefined && isPublic.has(check.documents);
      it(`${check.file}:${check.line}${publicExport ? ` (public: ${check.documents})` : ''}`, async (context) => {
        const scope = { ...shared, ...modules.get(resolve(ROOT, check.file)) };
        let actual: unknown;
        try {
          actual = await valueOf(check, scope);
        } catch (error) {
          if (publicExport) context.skip(`needs what only its twin in examples/ sets up: ${String(error)}`);
          throw error;
        }
        expect(format(actual)).toBe(format(runIn(scope, `(${literalOf(check.expected)})`)));
      });
    }
  }
});
