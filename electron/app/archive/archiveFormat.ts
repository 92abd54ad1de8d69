import { z } from 'zod';

/** Version 1 of the layout below; a reader refuses any other version rather than guess. */
export const archiveFormat = 'taizhang-archive';
export const archiveFormatVersion = 1;
export const manifestPath = 'manifest.json';
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
  counts: z.record(z.string(), z.number().int().min(0)),
  files: z.record(z.string(), fileEntry),
});
export type ArchiveManifest = z.infer<typeof manifestSchema>;
