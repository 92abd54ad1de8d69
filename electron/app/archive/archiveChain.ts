import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ArchivePeriod, ArchiveProblem } from '../../../shared/domain/archive/archive';
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

/**
 * The links must run unbroken from the span's start to its end, and every row of a record the archive carries
 * that lies in the span must be in that record's history (none dropped). `histories`: each archived record's
 * entity:id → the hashes of its history rows.
 */
export function checkChain(span: ChainSpan, links: ChainLink[], histories: Map<string, Set<string>>, problems: ArchiveProblem[]): void {
  const problem = (message: string) => problems.push({ kind: 'chain', path: chainPath, message });
  let previous = span.start;
  for (const link of links) {
    if (link.id <= previous.id || link.prevHash !== previous.hash) {
      problem(`历史链在第 ${link.id} 行处断开(前一行的校验值不符)`);
      return;
    }
    previous = link;
  }
  if (previous.id !== span.end.id || previous.hash !== span.end.hash) {
    problem('历史链的末端与清单中签名的不符');
    return;
  }
  for (const link of links) {
    const carried = histories.get(`${link.entity}:${link.entityId}`);
    if (carried && !carried.has(link.hash)) problem(`归档的记录缺少修改记录(历史链第 ${link.id} 行)`);
  }
}

/** The hash the chain had at row `id`, as far as this span shows it. */
export function hashAt(span: ChainSpan, links: ChainLink[], id: number): string | undefined {
  if (id === span.start.id) return span.start.hash;
  if (id === span.end.id) return span.end.hash;
  return links.find((link) => link.id === id)?.hash;
}
