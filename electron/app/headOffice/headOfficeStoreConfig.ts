import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppContext } from '../context';
import { DomainError } from '../../../shared/contract/errors';
import { headOfficeStoreInput, type HeadOfficeStoreInfo, type HeadOfficeStoreSetting, type HeadOfficeStoreTest } from '../../../shared/domain/headOffice/headOffice';
import { migrateStore, type HeadOfficeStore } from '../db/headOfficeStore/store';
import { checkPostgresConnection, openPostgresStore, postgresProblem } from '../db/headOfficeStore/postgresStore';
import { sqliteStore } from '../db/headOfficeStore/sqliteStore';

/**
 * Head office's choice of where its records live, in a setting file of its data folder (headOffice/store.json), not
 * in the database: with PostgreSQL chosen, the records are no longer in the folder's database at all. No file:
 * SQLite, the store's tables in the folder's own database.
 */
const settingFile = (dataDir: string) => join(dataDir, 'headOffice', 'store.json');

async function readStoreSetting(dataDir: string): Promise<HeadOfficeStoreSetting> {
  const file = settingFile(dataDir);
  if (!existsSync(file)) return { dialect: 'sqlite' };
  const parsed = headOfficeStoreInput.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new DomainError('conflict', `总部记录存放处的设置文件 ${file} 已损坏,请在“总部设置”中重新选择`);
  return parsed.data;
}

/** The user, server and database of a connection string, the password never shown. */
function serverOf(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}${url.pathname}`;
  } catch {
    return '(连接字符串)';
  }
}

function describeSetting(setting: HeadOfficeStoreSetting, chosen = true): HeadOfficeStoreInfo {
  return setting.dialect === 'sqlite' ? { dialect: 'sqlite', chosen, server: null } : { dialect: 'postgres', chosen, server: serverOf(setting.connectionString) };
}

/** Where the records are now, and whether anyone has chosen yet (no setting file: SQLite by default). */
export async function storeInfo(dataDir: string): Promise<HeadOfficeStoreInfo> {
  return describeSetting(await readStoreSetting(dataDir), existsSync(settingFile(dataDir)));
}

/** 测试连接: connect, ask the server's version, let go; refused in words the setup page shows under the field. */
export async function testStoreConnection(connectionString: string): Promise<HeadOfficeStoreTest> {
  try {
    const { serverVersion } = await checkPostgresConnection(connectionString);
    return { server: serverOf(connectionString), serverVersion };
  } catch (error) {
    throw new DomainError('rule', postgresProblem(error), 'connectionString');
  }
}

const opened = new Map<string, Promise<HeadOfficeStore>>();

/** The PostgreSQL store of this setting, opened and migrated once per data folder and connection string. */
function postgresStore(dataDir: string, connectionString: string, now: () => string): Promise<HeadOfficeStore> {
  const key = `${dataDir}\n${connectionString}`;
  let store = opened.get(key);
  if (!store) {
    store = (async () => {
      const created = openPostgresStore(connectionString);
      try {
        await migrateStore(created, now);
        return created;
      } catch (error) {
        await created.close().catch(() => undefined);
        throw new DomainError('rule', postgresProblem(error), 'connectionString');
      }
    })();
    store.catch(() => opened.delete(key));
    opened.set(key, store);
  }
  return store;
}

/** Head office's store as chosen at setup: the PostgreSQL server's, or the one in the folder's own SQLite database. */
export async function headOfficeStoreOf(ctx: AppContext): Promise<HeadOfficeStore> {
  const setting = await readStoreSetting(ctx.dataDir);
  // SQLite: migrated with the app's own database when the app opened it (openApp).
  return setting.dialect === 'postgres' ? postgresStore(ctx.dataDir, setting.connectionString, () => ctx.clock.now()) : sqliteStore(ctx.db);
}

/** Close the stores opened for this data folder (the app closing it), or every one (the end of a test). */
export async function closeHeadOfficeStores(dataDir?: string): Promise<void> {
  for (const [key, store] of [...opened]) {
    if (dataDir !== undefined && !key.startsWith(`${dataDir}\n`)) continue;
    opened.delete(key);
    await (await store.catch(() => null))?.close();
  }
}

/**
 * Choose where head office keeps its records: a PostgreSQL connection string is tried first (connect, create or
 * update the tables) and saved only if that worked. Switching does not move records already imported: import
 * the archives again into the new store (importing is idempotent).
 */
export async function saveStoreSetting(ctx: AppContext, setting: HeadOfficeStoreSetting): Promise<HeadOfficeStoreInfo> {
  if (setting.dialect === 'postgres') await postgresStore(ctx.dataDir, setting.connectionString, () => ctx.clock.now());
  const file = settingFile(ctx.dataDir);
  await mkdir(join(ctx.dataDir, 'headOffice'), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify(setting, null, 2));
  await rename(`${file}.tmp`, file);
  return describeSetting(setting);
}
