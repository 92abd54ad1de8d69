import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../auth/session';
import { appendHistory } from '../history/historyRepository';
import { maskPhone } from '../../../shared/domain/masking';
import { staffRoles } from '../../../shared/domain/office/office';
import type { Room, Staff } from '../../../shared/domain/office/officeRecords';

/**
 * Administration leaves a trace like a record does: who changed an account or a room, when, each field before and
 * after. Phones are masked (the history is read by more people than the room page), and a password is never in it.
 */
export async function recordAdminChange(
  trx: Kysely<Database>,
  actor: Actor,
  now: string,
  change: { entity: 'staff' | 'room'; entityId: number; action: string; summary: string; before: Record<string, unknown> | null; after: Record<string, unknown> },
): Promise<void> {
  const changes = Object.fromEntries(
    Object.entries(change.after)
      .filter(([field, value]) => JSON.stringify(change.before?.[field] ?? null) !== JSON.stringify(value))
      .map(([field, value]) => [field, [change.before?.[field] ?? null, value]] as [string, [unknown, unknown]]),
  );
  await appendHistory(trx, { entity: change.entity, entityId: change.entityId, at: now, staffId: actor.staffId, action: change.action, summary: change.summary, changes });
}

/** An account as its history shows it: department and role by name, the phone masked. */
export function shownStaff(staff: Staff): Record<string, unknown> {
  return {
    name: staff.name,
    department: staff.departmentName,
    role: staffRoles[staff.role],
    phone: staff.phone ? maskPhone(staff.phone) : null,
    active: staff.active ? '在职' : '停用',
  };
}

/** A room as its history shows it: its label, note and owners (names with masked phones). */
export function shownRoom(room: Room): Record<string, unknown> {
  return {
    label: room.label,
    note: room.note,
    owners: room.owners.map((owner) => (owner.phone ? `${owner.name} ${maskPhone(owner.phone)}` : owner.name)).join('、'),
  };
}
