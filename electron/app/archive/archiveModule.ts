import { defineFeature } from '../modules/feature';
import { archiveContract } from '../../../shared/domain/archive/archiveContract';
import { verifyArchive } from './archiveVerify';
import { ArchiveJobs } from './archiveJobs';
import { signingKeyFingerprint } from './officeSigningKey';
import { archivePlan } from './archivePlan';

/** Monthly archives for head office: export in the background, verify. */
export const archiveModule = defineFeature({
  name: 'archive',
  channels: archiveContract,
  handlers: () => {
    const archiveJobs = new ArchiveJobs();
    return {
      'archive.plan': (input, _actor, ctx) => archivePlan(ctx, input),
      'archive.export': async (input, actor, ctx) => archiveJobs.startExport(ctx, { outDir: input.out, period: input.period, fullData: input.fullData, staffId: actor.staffId }),
      'archive.job': async (input) => archiveJobs.get(input.jobId),
      'archive.cancel': async (input) => archiveJobs.cancel(input.jobId),
      'archive.keyFingerprint': (_input, _actor, ctx) => signingKeyFingerprint(ctx.db),
      'archive.verify': (input) => verifyArchive(input.file),
    };
  },
});
