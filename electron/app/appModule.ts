import { defineFeature } from './modules/feature';
import { appContract } from '../../shared/contract/appContract';
import { schemaVersion } from './db/migrate';
import { verifyHistoryChain } from './history/historyRepository';
import { chooseFolder } from './exports/chooseFolder';

/** The app itself: version and data folder, print fonts, the history check, the folder picker. */
export const appModule = defineFeature({
  name: 'app',
  channels: appContract,
  handlers: () => ({
    'app.info': async (_input, _actor, ctx) => ({
      version: ctx.version,
      schemaVersion: await schemaVersion(ctx.db),
      dataDir: ctx.dataDir,
      databaseFile: ctx.databaseFile,
      folderDialog: Boolean(ctx.host.chooseFolder),
    }),
    'fonts.coverage': async (_input, _actor, ctx) => {
      const fonts = ctx.printFonts();
      return { family: fonts.family, license: fonts.license, ranges: fonts.coverage };
    },
    'audit.verify': (_input, _actor, ctx) => verifyHistoryChain(ctx.db),
    'files.chooseFolder': (input, _actor, ctx) => chooseFolder(ctx.host, input.purpose),
  }),
});
