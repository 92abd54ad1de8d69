import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ComplaintCategory } from '../../../shared/domain/complaints/complaint';
import type { Department } from '../../../shared/domain/office/officeRecords';
import { caseBaseVersion, trainingCases } from '../ledgers/complaints/complaintApi';
import { buildCharacterModel, type CharacterModel, type TrainingText } from './characterModel';
import { entriesVersion, trainingEntries } from './experienceRepository';
import { propertyDictionary } from './propertyDictionary';

/** The newest cases the model learns from: enough for an office's words, little to read when the base changes. */
const casesLearned = 4000;
/** A procedure is written to stand for many cases; a dictionary word is one word. Chosen by leave-one-out. */
export const sourceWeights = { procedure: 3, dictionary: 1 };

/** One model per database, built again when a case is filed or changed, an entry saved, or a department renamed. */
const built = new WeakMap<Kysely<Database>, { version: string; model: CharacterModel }>();

function dictionaryTexts(departments: readonly Department[]): TrainingText[] {
  const active = departments.filter((department) => department.active);
  return propertyDictionary.flatMap((group) => {
    const departmentId = active.find((department) => department.name.includes(group.department))?.id ?? null;
    return group.words.map((word) => ({ text: word, category: group.category, departmentId, weight: sourceWeights.dictionary }));
  });
}

export async function characterModelOf(db: Kysely<Database>, departments: readonly Department[]): Promise<CharacterModel> {
  const departmentKey = departments.map((department) => `${department.id}${department.active ? '+' : '-'}${department.name}`).join('|');
  const version = `${await caseBaseVersion(db)}/${await entriesVersion(db)}/${departmentKey}/${sourceWeights.procedure}:${sourceWeights.dictionary}`;
  const cached = built.get(db);
  if (cached && cached.version === version) return cached.model;
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
    ...cases.map((row) => ({ text: row.content, category: row.category as ComplaintCategory, departmentId: row.department_id, weight: 1, caseId: row.id })),
  ]);
  built.set(db, { version, model });
  return model;
}
