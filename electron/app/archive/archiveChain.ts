import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ArchivePeriod } from '../../../shared/domain/archive/archive';
import { chainHead, chainLinks, firstChainRowSince, lastExportBefore } from './archiveSigningRepository';

/**
 * The office's history chain travels with each archive: every link (which record's row, its hash and the hash
 * before it) from the period's first row, or from where the previous period's archive ended if that is earlier,
 * up to the chain's head when the archive was made. The manifest names both ends and is signed, so head office can
 * hold each month's part of the chain to continue the last, and see a record's history row left out.
 */
export const chainPath = 'chain.ndjson';

const hash = z.string().regex(/^[0-9a-f]{64}$/);
export const chainPointSchema = z.object({ id: z.number().int().min(0), hash: z.union([hash, z.literal('')]) });
export const chainSpanSchema = z.object({ start: chainPointSchema, end: chainPointSchema });
export type ChainPoint = z.infer<typeof chainPointSchema>;
export type ChainSpan = z.infer<typeof chainSpanSchema>;

export const chainLinkSchema = z.object({
  id: z.number().int().min(1),
  entity: z.string().max(40),
  entityId: z.number().int(),
  prevHash: z.union([hash, z.literal('')]),
  hash: z.union([hash, z.literal('')]),
});
export type ChainLink = z.infer<typeof chainLinkSchema>;

/** Links read from the database at a time: a span can run over most of the office's history. */
const linksPerPage = 5000;

/**
 * The office's part of the chain for an archive of `period`, fixed before any record is read: its span, and its
 * links a page at a time. A span reaches back to the period's first history row, which in an office whose rows were
 * not written in time order (an import, a migration) can be most of the history: 1.9 million links on a million-
 * record office, which held as one array and one string took over a gigabyte for the whole export.
 */
export async function chainForArchive(db: Kysely<Database>, period: ArchivePeriod): Promise<{ span: ChainSpan; pages: () => AsyncGenerator<ChainLink[]> }> {
  const end = await chainHead(db);
  const first = await firstChainRowSince(db, `${period.from}T00:00:00`);
  const previous = await lastExportBefore(db, period.from);
  const after = Math.min(first === undefined ? end.id : first - 1, previous ?? end.id, end.id);
  const [firstLink] = await chainLinks(db, after, end.id, 1);
  async function* pages(): AsyncGenerator<ChainLink[]> {
    for (let from = after; from < end.id; ) {
      const links = await chainLinks(db, from, end.id, linksPerPage);
      if (links.length === 0) return;
      yield links;
      from = links.at(-1)!.id;
    }
  }
  return { span: { start: { id: after, hash: firstLink?.prevHash ?? end.hash }, end }, pages };
}
