import { describe, expect, it } from 'vitest';
import { migrateStore } from '../../../electron/app/db/headOfficeStore/store';
import { keysAndIndexes, storeDialects, testStores } from '../../helpers/headOfficeStores';

const stores = testStores();

describe.each(storeDialects)('the head-office store on %s', (dialect) => {
  it('is built by the shared migrations, office code first in every key and index', async () => {
    const { store } = await stores.fresh(dialect);
    const keys = (await keysAndIndexes(store)).filter((key) => key.table !== 'hq_migrations');
    expect(new Set(keys.map((key) => key.table))).toEqual(new Set(['hq_imports', 'hq_records', 'hq_record_files', 'hq_files', 'hq_statistics', 'hq_office_keys']));
    for (const key of keys) expect({ ...key, first: key.columns[0] }).toEqual({ ...key, first: 'office_code' });
  });

  it('applies each migration once, also when two writers migrate the same new store at the same moment', async () => {
    const { store, where } = await stores.fresh(dialect, { migrate: false });
    // PostgreSQL: two pools, as two head-office PCs would have. SQLite: one handle per file and process (a second
    // better-sqlite3 handle would block this thread in busy_timeout while the first holds the lock).
    const other = dialect === 'postgres' ? await stores.open(dialect, where) : store;
    const versions = await Promise.all([migrateStore(store, () => 'a'), migrateStore(other, () => 'b')]);
    expect(versions).toEqual([1, 1]);
    expect(await migrateStore(store, () => 'c')).toBe(1);
    const applied = await store.db.selectFrom('hq_migrations').select(['version', 'name']).execute();
    expect(applied).toEqual([{ version: 1, name: '0001_office_keyed' }]);
  });
});
