import { defineFeature } from '../modules/feature';
import { backupContract } from '../../../shared/domain/backup/backupContract';
import * as backups from './backupOffice';

/** Backups and restore. */
export const backupModule = defineFeature({
  name: 'backup',
  channels: backupContract,
  handlers: () => ({
    'backup.status': (_input, _actor, ctx) => backups.backupStatus(ctx),
    'backup.startCheck': async (_input, _actor, ctx) => ctx.startCheck.status(),
    'backup.now': (_input, actor, ctx) => backups.backupNow(ctx, actor),
    'backup.saveSettings': (input, actor, ctx) => backups.changeBackupSettings(ctx, actor, input),
    'backup.restore': (input, actor, ctx) => backups.requestRestore(ctx, actor, input.fileName),
    'backup.cancelRestore': (_input, actor, ctx) => backups.withdrawRestore(ctx, actor),
  }),
});
