import { HeadOfficeImportJobs } from './headOfficeImportJobs';
import { defineFeature } from '../modules/feature';
import { headOfficeContract } from '../../../shared/domain/headOffice/headOfficeContract';
import { importArchive } from './headOfficeImport';
import { headOfficeStoreOf, saveStoreSetting, storeInfo, testStoreConnection } from './headOfficeStoreConfig';
import { listHeadOfficeOffices, listHeadOfficeRecords } from './headOfficeQueries';
import { headOfficeFile, headOfficeRecord } from './headOfficeRecord';
import { headOfficeStatistics } from './headOfficeStatistics';

/** Head office: archives imported from many offices, read-only. */
export const headOfficeModule = defineFeature({
  name: 'headOffice',
  channels: headOfficeContract,
  handlers: () => {
    const importJobs = new HeadOfficeImportJobs();
    return {
      'headOffice.import': async (input, actor, ctx) => {
        // One archive at a time, each whole or not at all; the first refused one stops the rest and says why.
        const results = [];
        for (const file of input.files) results.push(await importArchive(ctx, file, actor.staffId, { confirmedKeys: input.confirmedKeys }));
        return results;
      },
      'headOffice.startImport': async (input, actor, ctx) => importJobs.start(ctx, input.files, actor.staffId, input.confirmedKeys),
      'headOffice.importJob': async (input) => importJobs.get(input.jobId),
      'headOffice.cancelImport': async (input) => importJobs.cancel(input.jobId),
      'headOffice.offices': (_input, _actor, ctx) => listHeadOfficeOffices(ctx),
      'headOffice.records': (input, _actor, ctx) => listHeadOfficeRecords(ctx, input),
      'headOffice.record': (input, _actor, ctx) => headOfficeRecord(ctx, input),
      'headOffice.file': (input, _actor, ctx) => headOfficeFile(ctx, input.sha256),
      'headOffice.statistics': async (input, _actor, ctx) => headOfficeStatistics(await headOfficeStoreOf(ctx), input.month),
      'headOffice.storeInfo': (_input, _actor, ctx) => storeInfo(ctx.dataDir),
      'headOffice.testStore': (input) => testStoreConnection(input.connectionString),
      'headOffice.setStore': (input, _actor, ctx) => saveStoreSetting(ctx, input),
    };
  },
});
