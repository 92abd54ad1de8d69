import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const folder = join(import.meta.dirname, '../../../../electron/app/db/migrations');

/** What a module imports or re-exports from, and any import() or require() it makes. */
function moduleSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || node.expression.getText(source) === 'require')) {
      const [argument] = node.arguments;
      found.push(argument && ts.isStringLiteral(argument) ? argument.text : node.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A shipped migration must run the same way forever, so it may lean on nothing the app may change. */
describe('migrations are frozen in time', () => {
  it("import only 'kysely' and Node's built-in modules, never the app's code", () => {
    const migrationFiles = readdirSync(folder).filter((name) => /^\d{4}_\w+\.ts$/.test(name));
    expect(migrationFiles.length).toBeGreaterThanOrEqual(11);
    const outside = migrationFiles.flatMap((name) =>
      moduleSpecifiers(join(folder, name))
        .filter((specifier) => specifier !== 'kysely' && !isBuiltin(specifier))
        .map((specifier) => `${name} imports ${specifier}`),
    );
    expect(outside).toEqual([]);
  });
});
