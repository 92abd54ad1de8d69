import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../../../shared/contract/errors';
import { complaintCategories, complaintStatuses, type ComplaintStatus } from '../../../shared/domain/complaints/complaint';
import type { ExperienceEntry, ExperienceSaveInput, LessonInput } from '../../../shared/domain/experience/experience';
import { caseOutcomes } from '../ledgers/complaints/complaintApi';
import { officeSegmenter } from './officeWords';
import { toEntry } from './experienceEntries';
import { entryTexts, findEntry, findLessonOf, insertEntry, updateEntry } from './experienceRepository';

/** The words an entry is ranked by: its title, text and steps, cut with the office's dictionary. */
export async function entryWords(db: Kysely<Database>, entry: { title: string; text: string; steps: readonly string[] }): Promise<string> {
  const segmenter = await officeSegmenter(db);
  return [...new Set(segmenter.words([entry.title, entry.text, ...entry.steps].join('\n')))].join(' ');
}

/** A standard procedure added, or an entry edited (a lesson keeps its case and its kind). */
export async function saveEntry(trx: Kysely<Database>, input: ExperienceSaveInput, staffId: number, now: string): Promise<ExperienceEntry> {
  const fields = {
    title: input.title,
    text: input.text,
    steps: JSON.stringify(input.steps),
    category: input.category,
    department_id: input.departmentId,
    severity: input.severity,
    script_ids: JSON.stringify(input.scriptIds),
    words: await entryWords(trx, input),
    active: input.active ? 1 : 0,
    updated_at: now,
  };
  let id = input.id;
  if (id === undefined) {
    id = await insertEntry(trx, { ...fields, kind: 'procedure', complaint_id: null, created_by: staffId, created_at: now });
  } else {
    if (!(await findEntry(trx, id))) throw new DomainError('not_found', '该经验库条目不存在,可能已被修改,请刷新后重试');
    await updateEntry(trx, id, fields);
  }
  return toEntry((await findEntry(trx, id))!);
}

/** Only a case that is over teaches anything: 已销项 or 已归档. */
const lessonStatuses: readonly ComplaintStatus[] = ['resolved', 'archived'];

/** A closed case's 经验总结: its category, department and severity come from the case; writing it again edits it. */
export async function saveLesson(trx: Kysely<Database>, input: LessonInput, staffId: number, now: string): Promise<ExperienceEntry> {
  const [found] = await caseOutcomes(trx, [input.complaintId]);
  if (!found) throw new DomainError('not_found', '该投诉不存在');
  if (!lessonStatuses.includes(found.status as ComplaintStatus)) {
    throw new DomainError('rule', `投诉${complaintStatuses[found.status as ComplaintStatus] ?? found.status},销项后才能写经验总结`);
  }
  const fields = {
    title: input.title,
    text: input.text,
    steps: JSON.stringify(input.steps),
    category: found.category,
    department_id: found.department_id,
    severity: found.severity,
    words: await entryWords(trx, { title: input.title, text: `${input.text}\n${found.content}`, steps: input.steps }),
    active: 1,
    updated_at: now,
  };
  const existing = await findLessonOf(trx, input.complaintId);
  const id = existing ? existing.id : await insertEntry(trx, { ...fields, kind: 'lesson', complaint_id: input.complaintId, created_by: staffId, created_at: now });
  if (existing) await updateEntry(trx, existing.id, fields);
  return toEntry((await findEntry(trx, id))!);
}

export function describeEntryChange(input: { id?: number; title: string; text: string; active?: boolean; category?: string | null }, before: ExperienceEntry | undefined, kind = '标准处理流程'): string {
  const category = input.category ? `(${complaintCategories[input.category as keyof typeof complaintCategories] ?? input.category})` : '';
  const what = `经验库:${kind}「${input.title}」${category}`;
  if (!before) return `${what} 新增:${input.text}`;
  if (before.active && input.active === false) return `${what} 停用`;
  if (!before.active && input.active === true) return `${what} 启用`;
  return `${what} 修改:${input.text}`;
}

/** The office's dictionary changed: the base's entries are cut again now, the past cases at the next start. */
export async function resegmentEntries(trx: Kysely<Database>): Promise<void> {
  for (const entry of await entryTexts(trx)) {
    await updateEntry(trx, entry.id, { words: await entryWords(trx, { title: entry.title, text: entry.text, steps: JSON.parse(entry.steps) as string[] }) });
  }
}
