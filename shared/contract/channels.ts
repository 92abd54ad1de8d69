import type { z } from 'zod';
import './zodLocale';
import { mergeChannels, type Channel } from './channel';
import { appContract } from './appContract';
import { authContract } from '../domain/auth/authContract';
import { officeContract } from '../domain/office/officeContract';
import { roomContract } from '../domain/office/roomContract';
import { settingsContract } from '../domain/settings/settingsContract';
import { approvalContract } from '../domain/approvals/approvalContract';
import { deskContract } from '../domain/desk/deskContract';
import { draftContract } from '../domain/drafts/draftContract';
import { scriptContract } from '../domain/scripts/scriptContract';
import { archiveContract } from '../domain/archive/archiveContract';
import { backupContract } from '../domain/backup/backupContract';
import { headOfficeContract } from '../domain/headOffice/headOfficeContract';
import { statisticsContract } from '../domain/statistics/statisticsContract';
import { paperFormContract } from '../domain/paperForms/paperFormContract';
import { complaintContract } from '../domain/complaints/complaintContract';
import { workOrderContract } from '../domain/workOrders/workOrderContract';
import { repairContract } from '../domain/repairs/repairContract';
import { callContract } from '../domain/calls/callContract';
import { revisitContract } from '../domain/revisits/revisitContract';
import { inspectionContract } from '../domain/inspections/inspectionContract';
import { lossDeclarationContract } from '../domain/lossDeclarations/lossDeclarationContract';
import { importContract } from '../domain/imports/importContract';
import { experienceContract } from '../domain/experience/experienceContract';
import type { SignedInStaff } from '../domain/auth/authRecords';
import type { Access } from '../domain/access';

/**
 * Every channel between the renderer and the main process: the app's own and each feature's and ledger's group,
 * each channel declared once with its flags. The preload exposes these names, the client is typed by them and the
 * bridge lists them; main builds the same contract from its module list (electron/app/modules.ts), and a test holds
 * the two equal.
 */
export const channels = mergeChannels(
  appContract,
  authContract,
  officeContract,
  roomContract,
  settingsContract,
  approvalContract,
  deskContract,
  draftContract,
  scriptContract,
  archiveContract,
  backupContract,
  headOfficeContract,
  statisticsContract,
  importContract,
  paperFormContract,
  complaintContract,
  workOrderContract,
  repairContract,
  callContract,
  revisitContract,
  inspectionContract,
  lossDeclarationContract,
  experienceContract,
);

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Channels[K] extends Channel<z.ZodType, infer O> ? O : never;
export type ChannelAccess<K extends ChannelName> = Channels[K]['access'];
export type { SignedInStaff, Access };

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
