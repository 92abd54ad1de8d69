import { z } from 'zod';
import { chainSpanSchema } from './archiveChain';

/** Version 2 of the layout below (signed; version 1 was not); a reader refuses any other version rather than guess. */
export const archiveFormat = 'taizhang-archive';
export const archiveFormatVersion = 2;
export const manifestPath = 'manifest.json';
/** signature.json: the office's public key and its Ed25519 signature of manifest.json's exact bytes. */
export const signaturePath = 'signature.json';
export const signatureSchema = z.object({
  algorithm: z.literal('Ed25519'),
  publicKey: z.string().max(200),
  signature: z.string().max(200),
});
export type ArchiveSignature = z.infer<typeof signatureSchema>;
export const workbookPath = '台账.xlsx';
export const ledgerPath = (ledger: string) => `ledgers/${ledger}.ndjson`;

const fileEntry = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().min(0) });

/** manifest.json: who, what period, how many records, and the SHA-256 of every other file in the archive. */
export const manifestSchema = z.object({
  format: z.literal(archiveFormat),
  formatVersion: z.number().int(),
  appVersion: z.string(),
  office: z.object({ name: z.string(), code: z.string().min(1), companyName: z.string() }),
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  createdAt: z.string(),
  fullData: z.boolean(),
  /** The office's history chain in chain.ndjson: the row before its first link, and its head when signed. */
  chain: chainSpanSchema,
  counts: z.record(z.string(), z.number().int().min(0)),
  files: z.record(z.string(), fileEntry),
});
export type ArchiveManifest = z.infer<typeof manifestSchema>;

/** statistics/2026-11.json: the month's report figures (a StatisticsReport), for head office's side-by-side view. */
export const statisticsFiguresPath = (month: string) => `statistics/${month}.json`;
export const statisticsFiguresPattern = /^statistics\/(\d{4}-(?:0[1-9]|1[0-2]))\.json$/;

const statCell = z.object({ value: z.number().nullable() }).nullable();

/** The part of a StatisticsReport head office reads: each table's rows with this period's and the previous figure. */
export const archivedStatisticsSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  officeName: z.string(),
  tables: z.array(
    z.object({
      key: z.string().max(100),
      title: z.string().max(200),
      compare: z.boolean(),
      rows: z.array(
        z.object({
          key: z.string().max(200),
          label: z.string().max(200),
          format: z.enum(['count', 'percent', 'days']),
          current: z.object({ value: z.number().nullable() }),
          previous: statCell,
        }),
      ),
    }),
  ),
});
export type ArchivedStatistics = z.infer<typeof archivedStatisticsSchema>;

/**
 * Names inside an archive are untrusted: only these shapes are accepted, so nothing derived from one can leave a
 * folder (no `..`, no absolute or drive paths, no backslashes).
 */
const safeArchivePaths = [
  /^manifest\.json$/,
  /^signature\.json$/,
  /^chain\.ndjson$/,
  /^台账\.xlsx$/,
  /^ledgers\/[A-Za-z][A-Za-z0-9]{0,39}\.ndjson$/,
  /^pdf\/[A-Za-z][A-Za-z0-9]{0,39}\/[^/\\:*?"<>|\u0000-\u001f]{1,120}\.pdf$/,
  /^attachments\/[0-9a-f]{64}\.(?:pdf|jpg|png|bin)$/,
  /^statistics\/[^/\\:*?"<>|\u0000-\u001f]{1,120}\.(?:pdf|xlsx|json)$/,
];
export function isSafeArchivePath(path: string): boolean {
  return !path.split('/').some((part) => part === '..' || part === '.') && safeArchivePaths.some((pattern) => pattern.test(path));
}

/** A record's identity within its office (TS-202611-0007): letters, digits, dot, dash, underscore. */
export const recordKeyPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * One line of ledgers/<ledger>.ndjson as head office reads it (see ArchivedRecord): checked before import so a
 * record of the wrong shape is refused with the archive, never half-read later. The record's own fields stay open.
 */
export const archivedRecordSchema = z.object({
  ledger: z.string(),
  key: z.string().regex(recordKeyPattern),
  revision: z.number().int().min(0),
  record: z.record(z.string(), z.unknown()),
  parts: z.record(z.string(), z.array(z.unknown())),
  history: z.array(
    z.object({
      entity: z.string(),
      at: z.string(),
      staffName: z.string().nullable(),
      action: z.string(),
      summary: z.string(),
      revision: z.number().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  attachments: z.array(
    z.object({ path: z.string(), sha256: z.string(), mime: z.string(), size: z.number(), fileName: z.string(), kind: z.string(), revision: z.number().nullable() }),
  ),
});
