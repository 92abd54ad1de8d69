import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ComplaintCategory } from '../../../shared/domain/complaints/complaint';
import type { Department } from '../../../shared/domain/office/officeRecords';
import { newestCaseId, trainingCases } from '../ledgers/complaints/complaintApi';
import { addTexts, buildCharacterModel, type CharacterModel, type TrainingText } from './characterModel';
import { entriesVersion, trainingEntries } from './experienceRepository';
import { propertyDictionary } from './propertyDictionary';

/** The newest cases the model learns from: enough for an office's words, little to read when it is built. */
const casesLearned = 3000;
/**
 * Cases filed since the model was built are added to it (a new case must not cost the next suggestion a rebuild);
 * after this many it is built again, so edited and reclassified cases catch up and the oldest drop out.
 */
const addedBeforeRebuild = 300;
/** A procedure is written to stand for many cases; a dictionary word is one word. Chosen by leave-one-out. */
export const sourceWeights = { procedure: 3, dictionary: 1 };

/** One model per database, built again when an entry is saved, a department renamed, or enough cases added. */
const built = new WeakMap<Kysely<Database>, { key: string; lastCaseId: number; added: number; model: CharacterModel }>();

type CaseRow = Awaited<ReturnType<typeof trainingCases>>[number];

function caseText(row: CaseRow): TrainingText {
  return { text: row.content, category: row.category as ComplaintCategory, departmentId: row.department_id, weight: 1, caseId: row.id };
}

function dictionaryTexts(departments: readonly Department[]): TrainingText[] {
  const active = departments.filter((department) => department.active);
  return propertyDictionary.flatMap((group) => {
    const departmentId = active.find((department) => department.name.includes(group.department))?.id ?? null;
    return group.words.map((word) => ({ text: word, category: group.category, departmentId, weight: sourceWeights.dictionary }));
  });
}

export async function characterModelOf(db: Kysely<Database>, departments: readonly Department[]): Promise<CharacterModel> {
  const departmentKey = departments.map((department) => `${department.id}${department.active ? '+' : '-'}${department.name}`).join('|');
  const key = `${await entriesVersion(db)}/${departmentKey}/${sourceWeights.procedure}:${sourceWeights.dictionary}`;
  const newest = await newestCaseId(db);
  const cached = built.get(db);
  if (cached && cached.key === key && newest >= cached.lastCaseId) {
    if (newest === cached.lastCaseId) return cached.model;
    if (cached.added < addedBeforeRebuild) {
      const filed = await trainingCases(db, addedBeforeRebuild, cached.lastCaseId);
      if (filed.length < addedBeforeRebuild && addTexts(cached.model, filed.map(caseText))) {
        Object.assign(cached, { lastCaseId: newest, added: cached.added + filed.length });
        return cached.model;
      }
    }
  }
  const cases = await trainingCases(db, casesLearned);
  const entries = await trainingEntries(db);
  const model = buildCharacterModel([
    ...dictionaryTexts(departments),
    ...entries.map((entry) => ({
      text: `${entry.title} ${entry.text}`,
      category: entry.category as ComplaintCategory,
      departmentId: entry.department_id,
      weight: entry.kind === 'procedure' ? sourceWeights.procedure : 1,
    })),
    ...cases.map(caseText),
  ]);
  built.set(db, { key, lastCaseId: newest, added: 0, model });
  return model;
}
