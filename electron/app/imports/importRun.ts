import type { Insertable } from 'kysely';
import type { AppContext } from '../context';
import type { ImportRowTable } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { appendHistory, appendHistoryRows, type HistoryEvent } from '../history/historyRepository';
import { recordNumberBlock } from '../numbering/recordNumbers';
import { DomainError } from '../../../shared/contract/errors';
import { finishBatch, insertBatch, insertImportRows } from './importRepository';
import { ImportCancelled, scanFile, type ImportPlan, type ReadyRow, type ScanResult } from './importScan';
import type { ImportedRecord } from './importKind';

/** Records written together: a multi-row insert of each table per batch (and a cancel waits for at most one). */
const recordsPerBatch = 500;

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
    // The records go in a batch at a time, with their first history entries and their import rows.
    let batch: { ready: ReadyRow; number: string | null }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      // Between batches is where a cancel takes effect; the transaction's rollback leaves nothing behind.
      if (options.signal?.aborted) throw new ImportCancelled();
      const records = batch.map(({ ready, number }) => ({ record: ready.record, write: { staffId, now, number } }));
      const state = batch[0]!.ready.state;
      const ids = kind.writeMany ? await kind.writeMany(trx, records, state) : await writeEach(trx, records, state);
      if (ids.length !== batch.length) throw new Error(`import ${kind.kind}: ${ids.length} ids for ${batch.length} records`);
      const history: HistoryEvent[] = [];
      const rows: Insertable<ImportRowTable>[] = [];
      batch.forEach(({ ready, number }, index) => {
        const id = ids[index]!;
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
        rows.push({ batch_id: batchId!, row_number: ready.row, entity: kind.entity, entity_id: id, original_number: ready.originalNumber, fingerprint: ready.fingerprint });
      });
      await appendHistoryRows(trx, history);
      await insertImportRows(trx, rows);
      batch = [];
    };
    const writeEach = async (db: typeof trx, records: ImportedRecord<unknown>[], state: unknown) => {
      const ids: number[] = [];
      for (const { record, write } of records) ids.push(await kind.write(db, record, state, write));
      return ids;
    };
    const result = await scanFile(trx, plan, {
      now,
      ...options,
      async onReady(ready) {
        batchId ??= await insertBatch(trx, { kind: kind.kind, fileSha256: file.sha256, fileName: file.fileName, sheet: plan.sheet, staffId, now });
        batch.push({ ready, number: numbers ? await numbers.next(ready.at) : null });
        if (batch.length >= recordsPerBatch) await flush();
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
