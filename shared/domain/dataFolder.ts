import { z } from 'zod';

/**
 * A data folder is one office's own (the front desk's ledgers) or head office's (archives imported from many
 * offices, read-only). Decided once, when the folder is set up, and kept in the database.
 */
export const dataFolderKinds = { office: '管理处', headOffice: '总部汇总' } as const;
export type DataFolderKind = keyof typeof dataFolderKinds;
export const dataFolderKindInput = z.enum(['office', 'headOffice']);

/** Which kind of folder a channel works on; `either` for sign-in, backups and the like. */
export type ChannelFolder = DataFolderKind | 'either';
