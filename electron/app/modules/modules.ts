import { mergeChannels, type ChannelGroup } from '../../../shared/contract/channel';
import type { AppContext } from '../context';
import type { Feature } from './feature';
import type { AnyLedger } from '../ledgers/ledger';
import { listExportHandler } from '../exports/listExport';
import { appModule } from '../appModule';
import { authModule } from '../auth/authModule';
import { officeModule } from '../office/officeModule';
import { roomModule } from '../rooms/roomModule';
import { settingsModule } from '../settings/settingsModule';
import { approvalModule } from '../approvals/approvalModule';
import { deskModule } from '../desk/deskModule';
import { draftModule } from '../drafts/draftModule';
import { scriptModule } from '../scripts/scriptModule';
import { archiveModule } from '../archive/archiveModule';
import { backupModule } from '../backup/backupModule';
import { headOfficeModule } from '../headOffice/headOfficeModule';
import { statisticsModule } from '../statistics/statisticsModule';
import { importModule } from '../imports/importModule';
import { experienceModule } from '../experience/experienceModule';
import { paperFormModule } from '../paperForms/paperFormModule';
import { complaintLedger } from '../ledgers/complaints/complaintLedger';
import { repairLedger } from '../ledgers/repairs/repairLedger';
import { callLedger } from '../ledgers/calls/callLedger';
import { revisitLedger } from '../ledgers/revisits/revisitLedger';
import { inspectionLedger } from '../ledgers/inspections/inspectionLedger';
import { lossDeclarationLedger } from '../ledgers/lossDeclarations/lossDeclarationLedger';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each module's handlers are typed by its own channels
type AnyFeature = Feature<any>;

/** What every office and head office has besides the ledgers. */
export const features: readonly AnyFeature[] = [
  appModule,
  authModule,
  officeModule,
  roomModule,
  settingsModule,
  approvalModule,
  deskModule,
  scriptModule,
  archiveModule,
  backupModule,
  headOfficeModule,
  statisticsModule,
  importModule,
  experienceModule,
  paperFormModule,
  draftModule,
];

/** The ledgers, in the order lists, room history and archives show them. A new ledger joins with one line here. */
export const shippedLedgers: readonly AnyLedger[] = [
  complaintLedger,
  repairLedger,
  callLedger,
  revisitLedger,
  inspectionLedger,
  lossDeclarationLedger,
];

type AnyHandler = (input: unknown, actor: unknown, ctx: AppContext) => Promise<unknown>;

/**
 * The contract and the handler table of one app, both merged from the same modules: a channel declared twice,
 * a channel without a handler or a handler without a channel is refused before the app opens.
 */
export function assemble(modules: readonly (AnyFeature | AnyLedger)[], app: AppContext): { contract: ChannelGroup; handlers: Record<string, AnyHandler> } {
  const contract = mergeChannels(...modules.map((module) => module.channels as ChannelGroup));
  const handlers: Record<string, AnyHandler> = {};
  for (const module of modules) {
    const exports = 'listExports' in module ? Object.entries(module.listExports ?? {}) : [];
    const own = {
      ...(module.handlers(app) as Record<string, AnyHandler>),
      ...Object.fromEntries(exports.map(([name, spec]) => [name, listExportHandler(spec) as AnyHandler])),
    };
    for (const name of Object.keys(module.channels)) {
      if (typeof own[name] !== 'function') throw new Error(`${module.name}: channel ${name} has no handler`);
    }
    for (const [name, handler] of Object.entries(own)) {
      if (!Object.hasOwn(module.channels, name)) throw new Error(`${module.name}: handler ${name} has no channel of its own`);
      handlers[name] = handler;
    }
  }
  return { contract, handlers };
}
