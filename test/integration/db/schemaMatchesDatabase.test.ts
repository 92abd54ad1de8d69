import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../electron/app/db/migrations';
import { fileAtVersion, type FileAtVersion } from './migrations/fileAtVersion';
import { declaredTables, type DeclaredColumn } from './schemaInterface';

interface TableInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

const schemaFile = join(import.meta.dirname, '../../../electron/app/db/schema.ts');

/** electron/app/db/schema.ts, what every query is typed against, says what the migrations actually built. */
describe('the Kysely Database interface and a freshly migrated database', () => {
  let migrated: FileAtVersion;
  let declared: Map<string, DeclaredColumn[]>;
  beforeAll(async () => {
    migrated = await fileAtVersion(latestSchemaVersion);
    declared = declaredTables(schemaFile);
  });
  afterAll(() => migrated.close());

  /** Ordinary and virtual tables; SQLite's own and the FTS5 index's shadow tables are storage, not the schema. */
  function realTables(): { name: string; type: string; wr: number }[] {
    return migrated.raw
      .prepare("select name, type, wr from pragma_table_list where schema = 'main' and type in ('table', 'virtual') and name not like 'sqlite_%' order by name")
      .all() as { name: string; type: string; wr: number }[];
  }

  it('declare every table the migrations create, and no other', () => {
    // schema_migrations is migrate.ts's bookkeeping: the app need not declare it.
    const built = realTables().map((table) => table.name).filter((name) => name !== 'schema_migrations' || declared.has(name));
    expect({
      notInSchemaTs: built.filter((name) => !declared.has(name)),
      notInDatabase: [...declared.keys()].filter((name) => !built.includes(name)),
    }).toEqual({ notInSchemaTs: [], notInDatabase: [] });
  });

  it('declare each table with its columns, never-null where the database refuses NULL, generated where it supplies a value', () => {
    const mismatches: string[] = [];
    for (const table of realTables()) {
      const columns = declared.get(table.name);
      if (!columns) continue;
      const info = migrated.raw.pragma(`table_info("${table.name}")`) as TableInfo[];
      // The rowid alias (a lone INTEGER PRIMARY KEY) is numbered by SQLite, default or not.
      const key = info.filter((column) => column.pk > 0);
      const rowidAlias = key.length === 1 && key[0]!.type.toUpperCase() === 'INTEGER' ? key[0] : undefined;
      for (const column of columns) {
        const actual = info.find((candidate) => candidate.name === column.name);
        // rowid is there without being declared, on every table that has one (the FTS5 index is read by it).
        if (!actual && column.name === 'rowid' && table.wr === 0) continue;
        if (!actual) {
          mismatches.push(`${table.name}.${column.name}: in schema.ts, not in the database`);
          continue;
        }
        // FTS5 columns take no constraints: a virtual table's nullability is not the database's to say.
        if (table.type === 'virtual') continue;
        // A primary key counts as never null (only SQLite's legacy quirk lets a non-integer key on a rowid table hold NULL).
        const databaseNullable = actual.notnull === 0 && actual.pk === 0;
        if (column.nullable !== databaseNullable) {
          mismatches.push(
            `${table.name}.${column.name}: schema.ts says ${column.nullable ? 'nullable' : 'never null'}, the database ${databaseNullable ? 'accepts NULL' : 'refuses NULL'}`,
          );
        }
        if (column.generated && actual.dflt_value === null && actual !== rowidAlias) {
          mismatches.push(`${table.name}.${column.name}: Generated<…> in schema.ts, but the database has no default for it`);
        }
      }
      for (const column of info) {
        if (!columns.some((candidate) => candidate.name === column.name)) mismatches.push(`${table.name}.${column.name}: in the database, not in schema.ts`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
