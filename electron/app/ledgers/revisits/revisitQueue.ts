import type { AppContext } from '../../context';
import type { Actor } from '../../auth/session';
import { revisitTiming, revisitorRoles, type RevisitSubjectKind, type RevisitTiming } from '../../../../shared/domain/revisits/revisit';
import type { RevisitQueue, RevisitQueueItem, RevisitSubjectSummary } from '../../../../shared/domain/revisits/revisitRecords';
import type { StaffRole } from '../../../../shared/domain/office/office';
import { plannedRevisits } from './revisitRepository';
import { attemptsByOwner, attemptsBySubject, ownerKeyText, type OwnerKey, type SubjectKey } from './revisitAttemptRepository';
import { describeSubject, revisitWindowsFor } from './revisitPlanning';
import { proposedRevisitor } from './revisitService';

/**
 * 回访队列: every planned revisit, and every finished subject that has none yet, with where it stands today
 * (overdue, due, not yet open), who should make it, and how often the subject and its owner were tried. With
 * `first` (the desk), the counts are still the whole queue's but only the first lines are described.
 */
export async function revisitQueue(ctx: AppContext, actor: Actor, first?: number): Promise<RevisitQueue> {
  const { db } = ctx;
  const now = ctx.clock.now();
  const waiting = new Map<string, RevisitSubjectSummary>();
  for (const subject of ctx.ledgers.revisitSubjects) {
    for (const summary of await subject.awaiting(db)) waiting.set(`${subject.kind}:${summary.id}`, summary);
  }
  const lines: Omit<RevisitQueueItem, 'timing' | 'proposedRevisitorName' | 'attempts' | 'ownerAttempts' | 'lastAttemptAt'>[] = [];
  const planned = new Set<string>();
  for (const revisit of await plannedRevisits(db)) {
    const key = `${revisit.subjectKind}:${revisit.subjectId}`;
    planned.add(key);
    const subject = waiting.get(key) ?? (await describeSubject(ctx, revisit.subjectKind, revisit.subjectId));
    lines.push({ key: `revisit:${revisit.id}`, revisitId: revisit.id, ...subjectFields(revisit.subjectKind, subject), purpose: revisit.purpose, windowFrom: revisit.windowFrom, dueAt: revisit.dueAt, requiredRole: revisit.requiredRole });
  }
  for (const [key, summary] of waiting) {
    if (planned.has(key)) continue;
    const kind = key.split(':')[0] as RevisitSubjectKind;
    const importance = (await describeSubject(ctx, kind, summary.id)).importance ?? 'ordinary';
    const first = (await revisitWindowsFor(db, importance, summary.completedAt))[0]!;
    lines.push({ key, revisitId: null, ...subjectFields(kind, summary), purpose: first.purpose, windowFrom: first.windowFrom, dueAt: summary.revisitDueAt ?? first.dueAt, requiredRole: revisitorRoles[importance] });
  }

  const order: Record<RevisitTiming, number> = { overdue: 0, due: 1, upcoming: 2 };
  const timed = lines
    .map((line) => ({ ...line, timing: revisitTiming(line.windowFrom, line.dueAt, now) }))
    .sort((a, b) => order[a.timing] - order[b.timing] || (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
  const counts = { overdue: 0, due: 0, upcoming: 0 };
  for (const line of timed) counts[line.timing] += 1;
  const shown = first === undefined ? timed : timed.slice(0, first);

  // Tries are counted for the lines shown only: a line's owner is its room and name, or the subject alone.
  const ownerOf = (line: (typeof shown)[number]): OwnerKey | null => (line.roomLabel || line.ownerName ? [line.roomLabel, line.ownerName] : null);
  const bySubject = await attemptsBySubject(db, shown.map((line): SubjectKey => [line.subjectKind, line.subjectId]));
  const byOwner = await attemptsByOwner(
    db,
    shown.flatMap((line) => {
      const owner = ownerOf(line);
      return owner ? [owner] : [];
    }),
  );
  const proposals = new Map<StaffRole, string | null>();
  const items: RevisitQueueItem[] = [];
  for (const line of shown) {
    if (!proposals.has(line.requiredRole)) proposals.set(line.requiredRole, (await proposedRevisitor(db, actor, line.requiredRole))?.name ?? null);
    const ofSubject = bySubject.get(`${line.subjectKind}:${line.subjectId}`);
    const owner = ownerOf(line);
    items.push({
      ...line,
      proposedRevisitorName: proposals.get(line.requiredRole) ?? null,
      attempts: ofSubject?.attempts ?? 0,
      ownerAttempts: owner ? (byOwner.get(ownerKeyText(owner)) ?? 0) : (ofSubject?.attempts ?? 0),
      lastAttemptAt: ofSubject?.lastAttemptAt ?? null,
    });
  }
  return { now, counts, items };
}

function subjectFields(kind: RevisitSubjectKind, subject: RevisitSubjectSummary) {
  return {
    subjectKind: kind,
    subjectId: subject.id,
    subjectNumber: subject.number,
    roomLabel: subject.roomLabel,
    ownerName: subject.ownerName,
    phone: subject.phone,
    summary: subject.summary,
  };
}
