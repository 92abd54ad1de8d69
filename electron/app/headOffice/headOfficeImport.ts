import type { AppContext } from '../context';
import { inTransaction } from '../db/transaction';
import { appendHistory } from '../history/historyRepository';
import { settleDataFolderKind, wrongFolder } from '../dataFolder/dataFolderKind';
import { dataFolderKind } from '../dataFolder/dataFolderRepository';
import type { HeadOfficeImportResult } from '../../../shared/domain/headOffice/headOffice';
import { importIntoStore } from './storeImport';
import type { ImportOptions } from './importOptions';
import { headOfficeStoreOf } from './headOfficeStoreConfig';

const importWhat = '导入各管理处的归档';

/**
 * Import one office archive into head office's store, wherever it was chosen to be (the folder's own SQLite
 * database or a PostgreSQL server): verified first and refused whole on any problem (importIntoStore). A fresh data
 * folder becomes head office's; an office's own folder is refused. The folder's own history records the import.
 */
export async function importArchive(ctx: AppContext, file: string, staffId: number | null, options: ImportOptions = {}): Promise<HeadOfficeImportResult> {
  const kind = await dataFolderKind(ctx.db);
  if (kind === 'office') throw wrongFolder(kind, importWhat);
  const store = await headOfficeStoreOf(ctx);
  const result = await importIntoStore({ store, dataDir: ctx.dataDir, ledgers: ctx.ledgers, now: () => ctx.clock.now() }, file, staffId, options);
  await inTransaction(ctx.db, async (trx) => {
    await settleDataFolderKind(trx, 'headOffice', ctx.clock.now());
    if (result.alreadyImported) return;
    const where = store.dialect === 'postgres' ? '到 PostgreSQL' : '';
    await appendHistory(trx, {
      entity: 'archive',
      entityId: 0,
      at: ctx.clock.now(),
      staffId,
      action: '导入归档',
      summary: `导入 ${result.officeName}(${result.officeCode})${result.period} 归档${where}:新增 ${result.added},更新 ${result.replaced},未变 ${result.unchanged},较旧 ${result.older}`,
    });
  });
  return result;
}
