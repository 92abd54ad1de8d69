import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** A column as the Kysely interface declares it. */
export interface DeclaredColumn {
  name: string;
  /** `| null` in the type read back (inside Generated<…> or ColumnType<…>'s select type). */
  nullable: boolean;
  /** Generated<…>: an insert may leave it out, so the database must supply a value. */
  generated: boolean;
}

/**
 * Each table of `export interface Database { table: TableInterface }` in `file`, with its properties, read with the
 * TypeScript compiler so the test sees schema.ts as written, without loading it. `Database extends Other` takes in
 * Other's tables too, from the file it is imported from (the head-office store declares its `hq_*` tables apart).
 */
export function declaredTables(file: string, interfaceName = 'Database'): Map<string, DeclaredColumn[]> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces = new Map(source.statements.filter(ts.isInterfaceDeclaration).map((node) => [node.name.text, node]));
  const database = interfaces.get(interfaceName);
  if (!database) throw new Error(`${file} declares no interface ${interfaceName}`);
  const tables = new Map<string, DeclaredColumn[]>();
  for (const extended of database.heritageClauses?.flatMap((clause) => clause.types) ?? []) {
    const name = extended.expression.getText(source);
    for (const [table, columns] of declaredTables(importedFrom(source, name), name)) tables.set(table, columns);
  }
  for (const member of properties(database)) {
    const table = member.type && ts.isTypeReferenceNode(member.type) ? interfaces.get(member.type.typeName.getText(source)) : undefined;
    if (!table) throw new Error(`${interfaceName}.${propertyName(member)} is not an interface declared in ${file}`);
    if (table.heritageClauses?.length) throw new Error(`${table.name.text} extends another interface; the test cannot read it`);
    tables.set(
      propertyName(member),
      properties(table).map((column) => ({ name: propertyName(column), ...columnType(column.type!, source) })),
    );
  }
  return tables;
}

/** The file a relative `import { name } from './x'` in `source` points at. */
function importedFrom(source: ts.SourceFile, name: string): string {
  for (const statement of source.statements.filter(ts.isImportDeclaration)) {
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || !bindings.elements.some((element) => element.name.text === name)) continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (specifier.startsWith('.')) return `${join(dirname(source.fileName), specifier)}.ts`;
  }
  throw new Error(`${source.fileName} extends ${name}, which it does not import from a file of the project`);
}

function properties(node: ts.InterfaceDeclaration): ts.PropertySignature[] {
  return node.members.filter(ts.isPropertySignature);
}

function propertyName(node: ts.PropertySignature): string {
  return ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : node.name.getText();
}

function columnType(type: ts.TypeNode, source: ts.SourceFile): { nullable: boolean; generated: boolean } {
  if (ts.isParenthesizedTypeNode(type)) return columnType(type.type, source);
  if (ts.isTypeReferenceNode(type)) {
    const name = type.typeName.getText(source);
    const first = type.typeArguments?.[0];
    if ((name === 'Generated' || name === 'GeneratedAlways') && first) return { nullable: columnType(first, source).nullable, generated: true };
    // ColumnType<Select, Insert, Update>: what a read returns decides nullability.
    if (name === 'ColumnType' && first) return columnType(first, source);
    return { nullable: false, generated: false };
  }
  if (ts.isUnionTypeNode(type)) return { nullable: type.types.some((member) => columnType(member, source).nullable), generated: false };
  if (ts.isLiteralTypeNode(type) && type.literal.kind === ts.SyntaxKind.NullKeyword) return { nullable: true, generated: false };
  return { nullable: false, generated: false };
}
