import { defineFeature } from '../modules/feature';
import { importContract } from '../../../shared/domain/imports/importContract';
import { deliverFile } from '../exports/deliverFile';
import { ImportJobs } from './importJobs';
import { importKind, importKinds, kindInfo } from './importKinds';
import { openImportFile } from './importOpen';
import { importReport, importTemplate } from './importWorkbooks';
import { stagedFile, stageUpload } from './stagedFiles';

/** Old ledgers brought in from Excel or CSV: upload, match the columns, check (试导入), import. */
export const importModule = defineFeature({
  name: 'imports',
  channels: importContract,
  handlers: () => {
    const jobs = new ImportJobs();
    /** Rows counted when the file was opened, for the check's progress. */
    const rowCounts = new Map<string, number>();
    return {
      'imports.kinds': async (_input, _actor, ctx) => importKinds(ctx).map(kindInfo),
      'imports.template': async (input, _actor, ctx) => {
        const kind = importKind(ctx, input.kind);
        return deliverFile(ctx, `${kind.label}导入模板.xlsx`, await importTemplate(kind));
      },
      'imports.upload': (input, _actor, ctx) => stageUpload(ctx.dataDir, input.fileName, Buffer.from(input.contentBase64, 'base64')),
      'imports.open': async (input, _actor, ctx) => {
        const info = await openImportFile(await stagedFile(ctx.dataDir, input.fileId), importKind(ctx, input.kind), input.sheet, input.headerRow ?? null);
        rowCounts.set(`${input.fileId}/${info.sheet}/${info.headerRow}`, info.rowCount);
        return info;
      },
      'imports.check': async (input, _actor, ctx) => {
        const plan = { file: await stagedFile(ctx.dataDir, input.fileId), kind: importKind(ctx, input.kind), sheet: input.sheet, headerRow: input.headerRow, mapping: input.mapping };
        return jobs.check(ctx, plan, rowCounts.get(`${input.fileId}/${input.sheet}/${input.headerRow}`) ?? 0);
      },
      'imports.run': async (input, actor, ctx) => jobs.run(ctx, input.jobId, actor.staffId),
      'imports.job': async (input) => jobs.get(input.jobId),
      'imports.cancel': async (input) => jobs.cancel(input.jobId),
      'imports.report': async (input, _actor, ctx) => {
        const { plan, findings } = jobs.finished(input.jobId);
        return deliverFile(ctx, `${plan.file.fileName.replace(/\.(xlsx|csv)$/i, '')}-检查结果.xlsx`, await importReport(plan, findings));
      },
    };
  },
});
