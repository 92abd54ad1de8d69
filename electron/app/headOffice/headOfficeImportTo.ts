import type { AppContext } from '../context';
import { inTransaction } from '../db/transaction';
import { appendHistory } from '../history/historyRepository';
import { settleDataFolderKind, wrongFolder } from '../dataFolder/dataFolderKind';
import { dataFolderKind } from '../dataFolder/dataFolderRepository';
import type { HeadOfficeImportResult } from '../../../shared/domain/headOffice/headOffice';
import { importArchive, type ImportOptions } from './headOfficeImport';
import { importIntoStore } from './storeImport';
import { headOfficeStoreOf } from './headOfficeStoreConfig';

/**
 * Import one archive wherever head office keeps its records: the folder's own SQLite database (importArchive), or
 * the PostgreSQL store chosen at setup. The folder's own history records the import either way.
 */
export async function importForHeadOffice(ctx: AppContext, file: string, staffId: number | null, options: ImportOptions = {}): Promise<HeadOfficeImportResult> {
  const store = await headOfficeStoreOf(ctx);
  if (!store) return importArchive(ctx, file, staffId, options);
  const kind = await dataFolderKind(ctx.db);
  if (kind === 'office') throw wrongFolder(kind, '导入各管理处的归档');
  const result = await importIntoStore({ store, dataDir: ctx.dataDir, ledgers: ctx.ledgers, now: () => ctx.clock.now() }, file, staffId, options);
  await inTransaction(ctx.db, async (trx) => {
    await settleDataFolderKind(trx, 'headOffice', ctx.clock.now());
    if (result.alreadyImported) return;
    await appendHistory(trx, {
      entity: 'archive',
      entityId: 0,
      at: ctx.clock.now(),
      staffId,
      action: '导入归档',
      summary: `导入 ${result.officeName}(${result.officeCode})${result.period} 归档到 PostgreSQL:新增 ${result.added},更新 ${result.replaced},未变 ${result.unchanged},较旧 ${result.older}`,
    });
  });
  return result;
}
