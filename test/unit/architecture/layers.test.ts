import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The data layer's rules (README "How it is built"), checked on the source itself. */
const root = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const text = (file: string) => readFileSync(join(root, file), 'utf8');
const importsOf = (file: string) => [...text(file).matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
const app = sourceFiles('electron/app');

/** Kysely building a statement, raw SQL, or a compiled statement run by hand. */
const runsSql = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|executeQuery)\(|\bsql(<[^>]*>)?`|\.schema\./;

describe('the data layer', () => {
  it('keeps SQL in repositories (files named *Repository.ts) and the db/ folder only', () => {
    const offenders = app.filter((file) => !file.startsWith('electron/app/db/') && !file.endsWith('Repository.ts') && runsSql.test(text(file)));
    expect(offenders).toEqual([]);
  });

  it('opens transactions only where a call enters (dispatch), at start-up and migration, and in background jobs', () => {
    // Jobs commit in steps of their own, after the call that started them has answered (ChannelMode 'job').
    const allowed = [
      'electron/app/dispatch.ts',
      'electron/app/openApp.ts',
      'electron/app/db/migrate.ts',
      'electron/app/db/transaction.ts',
      // Head office's store on SQLite: its `exclusive` is the app's transaction, opened by an import (a job) or a migration.
      'electron/app/db/headOfficeStore/sqliteStore.ts',
      'electron/app/archive/archiveExport.ts',
      // An import into head office's store (either dialect): the folder's history line in a transaction of its own.
      'electron/app/headOffice/headOfficeImport.ts',
      'electron/app/backup/backupOffice.ts',
      'electron/app/imports/importRun.ts',
      // A full-data list export (a job) records itself once the file is written.
      'electron/app/exports/listExport.ts',
    ];
    const openers = app.filter((file) => /\binTransaction\b/.test(text(file)) && !allowed.includes(file));
    expect(openers).toEqual([]);
  });

  it('lets a ledger, or any other part of the app, reach a ledger only through its declaration or its declared exports (<name>Api.ts)', () => {
    const offenders = app
      .filter((file) => !file.startsWith('electron/app/ledgers/') || file.split('/').length > 4)
      .flatMap((file) => {
        // A file outside the ledgers' folders belongs to none of them (ledger.ts and ledgerRegistry.ts are the list's).
        const own = file.split('/')[2] === 'ledgers' ? file.split('/')[3]! : null;
        return importsOf(file).flatMap((specifier) => {
          if (!specifier.startsWith('.')) return [];
          const target = relative(root, join(root, file, '..', specifier));
          const parts = target.split('/');
          if (parts[0] !== 'electron' || parts[2] !== 'ledgers' || parts.length < 5 || parts[3] === own) return [];
          return /(Api|Ledger)$/.test(parts[4]!) ? [] : [`${file} → ${target}`];
        });
      });
    expect(offenders).toEqual([]);
  });
});
