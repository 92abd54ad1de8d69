import BetterSqlite3 from 'better-sqlite3';

/** A second, independent read-only look at a database file, as another program would see it. */
export function inspectFile<T>(file: string, look: (raw: BetterSqlite3.Database) => T): T {
  const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return look(raw);
  } finally {
    raw.close();
  }
}

export function tableNames(raw: BetterSqlite3.Database): string[] {
  return raw
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
}

export function userVersion(raw: BetterSqlite3.Database): number {
  return raw.pragma('user_version', { simple: true }) as number;
}

/** Rows per table, to show that a refused call changed nothing. */
export function rowCounts(file: string, tables: readonly string[]): Record<string, number> {
  return inspectFile(file, (raw) =>
    Object.fromEntries(tables.map((table) => [table, raw.prepare(`select count(*) from "${table}"`).pluck().get() as number])),
  );
}
