import type { z } from 'zod';
import type { AppContext } from '../context';
import type { ComplaintCategory, ComplaintSeverity, ComplaintStatus } from '../../../shared/domain/complaints/complaint';
import type { SatisfactionLevel } from '../../../shared/domain/complaints/complaintLifecycle';
import type { ExperienceMatch, ExperienceSuggestions, suggestInput } from '../../../shared/domain/experience/experience';
import { excerpt } from '../../../shared/domain/text';
import { minutesBetween } from '../../../shared/domain/officeDate';
import { caseOutcomes, type CaseOutcomeRow } from '../ledgers/complaints/complaintApi';
import { listDepartments } from '../office/officeRepository';
import { officeSegmenter } from './officeWords';
import { rankCases, rankEntries } from './experienceMatcher';
import { suggestFrom } from './suggestionVotes';
import { entriesById, procedureMatch } from './experienceEntries';
import { repeatHint } from './repeatHint';
import { classShares } from './characterModel';
import { characterModelOf } from './experienceCharacters';

type SuggestInput = z.output<typeof suggestInput>;

/** How a past case ended weighs on its rank: a closed case the owner was happy with is the one to follow. */
function outcomeWeight(row: CaseOutcomeRow): number {
  let weight = row.status === 'resolved' || row.status === 'archived' ? 1.15 : 1;
  if (row.status === 'invalid') weight *= 0.85;
  if (row.satisfaction === 'satisfied' || row.satisfaction === 'fairlySatisfied') weight *= 1.1;
  if (row.satisfaction === 'unsatisfied') weight *= 0.9;
  return weight;
}

function caseMatch(row: CaseOutcomeRow, score: number, shared: string[], departmentName: (id: number | null) => string | null): ExperienceMatch {
  return {
    kind: 'case',
    ref: row.number,
    title: excerpt(row.content, 40),
    score: Math.round(score * 1000) / 1000,
    text: row.content,
    sharedWords: shared,
    category: row.category as ComplaintCategory,
    departmentId: row.department_id,
    departmentName: departmentName(row.department_id),
    severity: row.severity as ComplaintSeverity,
    steps: [],
    scripts: [],
    outcome: {
      complaintId: row.id,
      status: row.status as ComplaintStatus,
      receivedAt: row.received_at,
      handlingResult: row.handling_result,
      correctiveAction: row.corrective_action,
      hoursTaken: row.resolved_at ? Math.round(minutesBetween(row.received_at, row.resolved_at) / 6) / 10 : null,
      satisfaction: row.satisfaction as SatisfactionLevel | null,
      lesson: row.lesson,
    },
  };
}

/** A lesson written for a case puts that case ahead of one nobody summed up. */
const lessonWeight = 1.1;

/**
 * The experience base's answer to a text being typed: its key words, the best past cases and procedures (each
 * with the key words it shares), the category, department and severity they point to, and the repeat rule's
 * early warning for the room or phone typed so far.
 */
export async function suggest(ctx: AppContext, input: SuggestInput): Promise<ExperienceSuggestions> {
  const { db } = ctx;
  const segmenter = await officeSegmenter(db);
  const keywords = segmenter.keywords(input.text, 8);
  // Key words first, so what a match shares reads most important first.
  const query = [...new Set([...keywords, ...segmenter.words(input.text)])];
  const departments = await listDepartments(db);
  const departmentName = (id: number | null) => departments.find((department) => department.id === id)?.name ?? null;
  const excluded = input.complaintId ?? null;
  const rankedCases = await rankCases(db, query, keywords, excluded);
  const rankedEntries = (await rankEntries(db, query)).filter((entry) => entry.complaintId === null || entry.complaintId !== excluded);
  const lessons = new Map(rankedEntries.filter((entry) => entry.complaintId !== null).map((entry) => [entry.complaintId!, entry]));
  const outcomes = await caseOutcomes(db, [...new Set([...rankedCases.map((item) => item.id), ...lessons.keys()])]);
  const caseScores = new Map(rankedCases.map((item) => [item.id, item]));
  const entries = await entriesById(db, rankedEntries.map((entry) => entry.id));
  const cases = outcomes.flatMap((row) => {
    if (row.status === 'voided') return [];
    const found = caseScores.get(row.id);
    const lesson = lessons.get(row.id);
    const score = Math.max(found?.score ?? 0, lesson?.score ?? 0) * outcomeWeight(row) * (lesson ? lessonWeight : 1);
    const shared = (lesson && (!found || lesson.score > found.score) ? lesson : found)!.shared;
    const match = caseMatch(row, score, shared, departmentName);
    const entry = lesson && entries.get(lesson.id);
    return [entry ? { ...match, title: entry.title, steps: entry.steps } : match];
  });
  const procedures = await Promise.all(
    rankedEntries.flatMap((item) => {
      const entry = entries.get(item.id);
      return entry && entry.kind === 'procedure' ? [procedureMatch(db, entry, item.score, item.shared)] : [];
    }),
  );
  const matches = [...procedures, ...cases].sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
  const characters = classShares(await characterModelOf(db, departments), input.text, excluded ?? undefined);
  const suggestion = suggestFrom(matches, query, input.text, departments, characters);
  const repeats = await repeatHint(ctx, input, query, suggestion.category ?? null);
  return { keywords, matches: matches.slice(0, input.limit), suggestion, repeats };
}
