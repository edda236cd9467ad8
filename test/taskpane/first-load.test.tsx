/**
 * What the task pane's first load carries: every module src/taskpane/index.tsx reaches by static imports
 * goes into the JavaScript Excel downloads before the pane can show anything (bench/bundle.ts measures it).
 * The check's rules run in the worker and "Ny fordeling" is fetched when opened, so neither may be
 * reached that way; both must still be reached through a dynamic import(), or the pane could not use them.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const ENTRY = path.join(ROOT, 'src/taskpane/index.tsx');

/** Only for a click, or only in the worker: none of these may be in the first load. */
const LATER = [
  'src/core/kinds/registry.ts',
  'src/core/check/check-workbook.ts',
  'src/core/population/table-plan.ts',
  'src/core/population/new-split.ts',
  'src/core/population/sheet-key.ts',
  'src/core/population/select-parties.ts',
  'src/core/population/data/folk1a.ts',
  'src/taskpane/components/NewSplitForm.tsx',
];

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const file of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')])
    if (existsSync(file)) return file;
  return null;
}

/** An import that brings values, not only types (those the compiler drops). */
function bringsValues(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return !node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((e) => !e.isTypeOnly);
}

/** The files one file imports: statically, and through import() when `dynamic` is set. */
function importsOf(file: string, dynamic: boolean): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specs: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && bringsValues(node)) {
      const spec = node.moduleSpecifier;
      if (spec && ts.isStringLiteral(spec)) specs.push(spec.text);
    } else if (
      dynamic &&
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specs.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null);
}

/** Every source file reached from the entry, as paths relative to the project. */
function reached(dynamic: boolean): Set<string> {
  const seen = new Set<string>([ENTRY]);
  const queue = [ENTRY];
  while (queue.length > 0) {
    for (const next of importsOf(queue.shift()!, dynamic)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return new Set([...seen].map((f) => path.relative(ROOT, f).split(path.sep).join('/')));
}

describe("the task pane's first load", () => {
  const first = reached(false);
  const all = reached(true);

  it('reaches the pane, its reader and the Excel adapter', () => {
    expect(first).toContain('src/taskpane/App.tsx');
    expect(first).toContain('src/core/reader/find-tables.ts');
    expect(first).toContain('src/adapters/office/office-workbook.ts');
  });

  it("holds neither the check's rules nor the New Split form", () => {
    expect(LATER.filter((f) => first.has(f))).toEqual([]);
  });

  it('still reaches them when the user asks, through a dynamic import', () => {
    expect(LATER.filter((f) => !all.has(f))).toEqual([]);
  });
});
