import type { z } from 'zod';
import type { AppContext } from '../context';
import type { ComplaintCategory } from '../../../shared/domain/complaints/complaint';
import { openStatuses, repeatRule } from '../../../shared/domain/complaints/complaintLifecycle';
import type { RepeatHint, suggestInput } from '../../../shared/domain/experience/experience';
import { addDays } from '../../../shared/domain/officeDate';
import { excerpt } from '../../../shared/domain/text';
import { recentComplaintsOf } from '../ledgers/complaints/complaintApi';

/**
 * The repeat rule's early warning (seed 004: the 5th complaint within 30 days on the same matter from the same
 * room or phone becomes 严重): the room's or phone's open complaints of the last 30 days that share words with this
 * text or its suggested category, and how many complaints of that category the rule already counts.
 */
export async function repeatHint(
  ctx: AppContext,
  input: Pick<z.output<typeof suggestInput>, 'roomId' | 'phone' | 'complaintId'>,
  query: readonly string[],
  category: ComplaintCategory | null,
): Promise<RepeatHint | null> {
  const who = { roomId: input.roomId ?? null, phone: input.phone ?? null };
  if (who.roomId === null && who.phone === null) return null;
  const since = `${addDays(ctx.clock.now(), -repeatRule.withinDays)}T00:00:00`;
  const recent = (await recentComplaintsOf(ctx.db, who, since)).filter((row) => row.id !== input.complaintId);
  const asked = new Set(query);
  const similar = recent.flatMap((row) => {
    const shared = (row.words ?? '').split(' ').filter((word) => asked.has(word));
    const open = (openStatuses as readonly string[]).includes(row.status);
    return open && (shared.length > 0 || row.category === category)
      ? [{ id: row.id, number: row.number, receivedAt: row.received_at, category: row.category as ComplaintCategory, content: excerpt(row.content, 60), sharedWords: shared }]
      : [];
  });
  const sameCategory = category === null ? 0 : recent.filter((row) => row.category === category).length;
  return similar.length === 0 && sameCategory === 0 ? null : { complaints: similar, sameCategory };
}
