import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ComplaintCategory, ComplaintSeverity } from '../../../shared/domain/complaints/complaint';
import { experienceRef, type ExperienceEntry, type ExperienceKind, type ExperienceMatch } from '../../../shared/domain/experience/experience';
import { listScripts } from '../scripts/serviceScriptRepository';
import { listEntries, type ExperienceEntryRow } from './experienceRepository';

export function toEntry(row: ExperienceEntryRow): ExperienceEntry {
  return {
    id: row.id,
    ref: experienceRef(row.id),
    kind: row.kind as ExperienceKind,
    title: row.title,
    text: row.text,
    steps: JSON.parse(row.steps) as string[],
    category: row.category as ComplaintCategory | null,
    departmentId: row.department_id,
    departmentName: row.department_name,
    severity: row.severity as ComplaintSeverity | null,
    scriptIds: JSON.parse(row.script_ids) as number[],
    complaintId: row.complaint_id,
    complaintNumber: row.complaint_number,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The active entries among `ids`, by id. */
export async function entriesById(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, ExperienceEntry>> {
  if (ids.length === 0) return new Map();
  const wanted = new Set(ids);
  const rows = (await listEntries(db, { includeInactive: false })).filter((row) => wanted.has(row.id));
  return new Map(rows.map((row) => [row.id, toEntry(row)]));
}

/** A standard procedure as a match, with the 话术 it links to read out in full. */
export async function procedureMatch(db: Kysely<Database>, entry: ExperienceEntry, score: number, shared: string[]): Promise<ExperienceMatch> {
  const scripts = entry.scriptIds.length === 0 ? [] : (await listScripts(db, false)).filter((script) => entry.scriptIds.includes(script.id));
  return {
    kind: 'procedure',
    ref: entry.ref,
    title: entry.title,
    score: Math.round(score * 1000) / 1000,
    text: entry.text,
    sharedWords: shared,
    category: entry.category,
    departmentId: entry.departmentId,
    departmentName: entry.departmentName,
    severity: entry.severity,
    steps: entry.steps,
    scripts: scripts.map((script) => ({ id: script.id, title: script.title, text: script.text })),
    outcome: null,
  };
}
