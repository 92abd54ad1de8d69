import type { Insertable } from 'kysely';
import type { AppContext } from '../context';
import type { ImportRowTable } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { appendHistory, appendHistoryRows, type HistoryEvent } from '../history/historyRepository';
import { recordNumberBlock } from '../numbering/recordNumbers';
import { DomainError } from '../../../shared/contract/errors';
import { finishBatch, insertBatch, insertImportRows } from './importRepository';
import { scanFile, type ImportPlan, type ScanResult } from './importScan';

const rowsPerInsert = 500;

/**
 * The import itself, in one transaction: the rows are checked again as they are written (the office's data may
 * have changed since the check), each becomes a record numbered in the office's scheme for its own month with
 * “导入” and the row it came from (原编号 too) as its first history entry, and the file is recorded as imported. A
 * faulty row, a cancel or any failure rolls everything back: a file is imported whole or not at all.
 */
export async function runImport(
  ctx: AppContext,
  plan: ImportPlan,
  staffId: number,
  options: { signal?: AbortSignal; onProgress?: (done: number) => void },
): Promise<ScanResult> {
  const { kind, file } = plan;
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    let batchId: number | null = null;
    const numbers = kind.numbering ? recordNumberBlock(trx, kind.numbering) : null;
    let pending: Insertable<ImportRowTable>[] = [];
    // The records' first history entries and their import rows go in together, a few hundred at a time.
    let history: HistoryEvent[] = [];
    const flush = async () => {
      await appendHistoryRows(trx, history);
      await insertImportRows(trx, pending);
      [pending, history] = [[], []];
    };
    const result = await scanFile(trx, plan, {
      now,
      ...options,
      async onReady(ready) {
        batchId ??= await insertBatch(trx, { kind: kind.kind, fileSha256: file.sha256, fileName: file.fileName, sheet: plan.sheet, staffId, now });
        const number = numbers ? await numbers.next(ready.at) : null;
        const id = await kind.write(trx, ready.record, ready.state, { staffId, now, number });
        if (kind.numbering) {
          const original = ready.originalNumber ? `,原编号 ${ready.originalNumber}` : '';
          history.push({
            entity: kind.entity,
            entityId: id,
            at: now,
            staffId,
            action: '导入',
            summary: `从 Excel 导入 ${number}:“${file.fileName}”第 ${ready.row} 行${original}`,
            revision: kind.firstRevision ?? null,
          });
        }
        pending.push({ batch_id: batchId, row_number: ready.row, entity: kind.entity, entity_id: id, original_number: ready.originalNumber, fingerprint: ready.fingerprint });
        if (pending.length >= rowsPerInsert) await flush();
      },
    });
    await numbers?.close();
    const failed = result.findings.filter((finding) => finding.level === 'error');
    if (failed.length > 0) {
      const first = failed.slice(0, 3).map((finding) => `第 ${finding.row} 行${finding.column ? `“${finding.column}”` : ''}:${finding.message}`);
      throw new DomainError('conflict', `导入时发现 ${result.counts.failed} 行有问题(试导入之后数据有了变化),全部未导入:${first.join(';')}`);
    }
    if (batchId !== null) {
      await flush();
      await finishBatch(trx, batchId, result.counts.ready, result.counts.skipped);
      await appendHistory(trx, {
        entity: 'dataImport',
        entityId: batchId,
        at: now,
        staffId,
        action: '导入',
        summary: `从“${file.fileName}”导入${kind.label} ${result.counts.ready} 行${result.counts.skipped > 0 ? `,跳过已导入过的 ${result.counts.skipped} 行` : ''}`,
      });
    }
    return result;
  });
}
