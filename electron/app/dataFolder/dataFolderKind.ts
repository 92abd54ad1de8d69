import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../../../shared/contract/errors';
import type { DataFolderKind } from '../../../shared/domain/dataFolder';
import { dataFolderKind, insertDataFolderKind } from './dataFolderRepository';

/**
 * Settle what the folder is, inside the caller's transaction. A fresh folder takes `kind`; a folder already of
 * the other kind is refused, so an office's ledgers and head office's collection never share one database.
 */
export async function settleDataFolderKind(trx: Kysely<Database>, kind: DataFolderKind, now: string): Promise<void> {
  const current = await dataFolderKind(trx);
  if (current === kind) return;
  if (current !== null) throw wrongFolder(current, kind === 'headOffice' ? '导入各管理处的归档' : '登记或修改管理处的台账');
  await insertDataFolderKind(trx, kind, now);
}

const separateFolder = '总部汇总请使用单独的数据文件夹:把环境变量 TAIZHANG_DATA_DIR 设为一个新的空文件夹,在那里导入归档。';

/** The refusal for a folder that is `current` when `what` needs the other kind. */
export function wrongFolder(current: DataFolderKind, what: string): DomainError {
  return new DomainError(
    'forbidden',
    current === 'office'
      ? `这是管理处自己的数据文件夹,不能${what}(只有总部汇总的数据文件夹可以)。${separateFolder}`
      : `这是总部汇总的数据文件夹,只能查看各管理处导入的记录,不能${what}。管理处的工作请在管理处自己的电脑上进行。`,
  );
}
