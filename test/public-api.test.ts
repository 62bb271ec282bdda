/**
 * The public surface: every name exported from src/index.ts carries a TSDoc
 * comment (read through the TypeScript compiler, as an IDE shows it).
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function undocumentedExports(): string[] {
  const entry = resolve(ROOT, 'src/index.ts');
  const program = ts.createProgram([entry], { strict: true, module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, types: ['node'], noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error('src/index.ts not found');
  const module = checker.getSymbolAtLocation(source);
  if (!module) throw new Error('src/index.ts has no module symbol');
  return checker
    .getExportsOfModule(module)
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return ts.displayPartsToString(target.getDocumentationComment(checker)).trim().length === 0;
    })
    .map((symbol) => symbol.name)
    .sort();
}

describe('public API', () => {
  it('documents every export with TSDoc', () => {
    expect(undocumentedExports()).toEqual([]);
  });
});
