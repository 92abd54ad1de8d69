import type { ComplaintCategory } from '../../../shared/domain/complaints/complaint';

/**
 * A small naive Bayes over the characters' pairs (渗漏 → 渗漏; 电磁锁 → 电磁, 磁锁): a word no dictionary and no past
 * case holds whole still shares pairs with the words of its kind (门锁, 锁坏), so a complaint in new words is not
 * left to chance. Classes are (分类, 部门) pairs: the department is read within the category. Built once per change
 * of the base (past cases, procedures, dictionary), then each text costs one look-up per pair.
 */
export interface TrainingText {
  text: string;
  category: ComplaintCategory;
  departmentId: number | null;
  weight: number;
  /** A past case's id: the case can be left out when it is itself asked about. */
  caseId?: number;
}

export interface CharacterClass {
  category: ComplaintCategory;
  departmentId: number | null;
}

export interface CharacterModel {
  classes: CharacterClass[];
  counts: Map<string, Float64Array>;
  totals: Float64Array;
  documents: Float64Array;
  cases: Map<number, { index: number; pairs: string[]; weight: number }>;
}

export interface ClassShare extends CharacterClass {
  share: number;
}

/** Chosen by leave-one-out over the labelled set's past cases (bench/quality): smoothing, and how sure it may be. */
export const characterTuning = { smoothing: 1, sharpness: 0.75, priorWeight: 0.5 };

/** The common Chinese characters (CJK unified ideographs and extension A), by code: the model's alphabet. */
function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** The text's distinct pairs of Chinese characters, and each lone character of a one-character run. */
export function characterPairs(text: string): string[] {
  const pairs = new Set<string>();
  let runStart = -1;
  for (let index = 0; index <= text.length; index++) {
    const han = index < text.length && isHan(text.charCodeAt(index));
    if (han && runStart < 0) runStart = index;
    if (han || runStart < 0) continue;
    if (index - runStart === 1) pairs.add(text[runStart]!);
    for (let at = runStart; at + 1 < index; at++) pairs.add(text.slice(at, at + 2));
    runStart = -1;
  }
  return [...pairs];
}

function classKey(category: ComplaintCategory, departmentId: number | null): string {
  return `${category}:${departmentId ?? ''}`;
}

/**
 * Adds texts to the model in place (the cases filed since it was built); false, and the model unchanged, when a
 * text is of a class the model has not got — then it is built again.
 */
export function addTexts(model: CharacterModel, texts: readonly TrainingText[]): boolean {
  const classIndex = new Map(model.classes.map((kind, index) => [classKey(kind.category, kind.departmentId), index] as const));
  if (texts.some((text) => !classIndex.has(classKey(text.category, text.departmentId)))) return false;
  const size = model.classes.length;
  for (const text of texts) {
    const index = classIndex.get(classKey(text.category, text.departmentId))!;
    const pairs = characterPairs(text.text);
    model.documents[index]! += text.weight;
    for (const pair of pairs) {
      let row = model.counts.get(pair);
      if (!row) model.counts.set(pair, (row = new Float64Array(size)));
      row[index]! += text.weight;
      model.totals[index]! += text.weight;
    }
    if (text.caseId !== undefined) model.cases.set(text.caseId, { index, pairs, weight: text.weight });
  }
  return true;
}

export function buildCharacterModel(texts: readonly TrainingText[]): CharacterModel {
  const keys = new Map<string, CharacterClass>();
  for (const text of texts) keys.set(classKey(text.category, text.departmentId), { category: text.category, departmentId: text.departmentId });
  const classes = [...keys.values()];
  const model: CharacterModel = {
    classes,
    counts: new Map(),
    totals: new Float64Array(classes.length),
    documents: new Float64Array(classes.length),
    cases: new Map(),
  };
  addTexts(model, texts);
  return model;
}

/**
 * Each class's share for the text (summing to 1), best first; empty when the text shares no pair with the base.
 * `without` leaves a past case out, as if it had never been filed.
 */
export function classShares(model: CharacterModel, text: string, without?: number): ClassShare[] {
  const size = model.classes.length;
  if (size === 0) return [];
  const left = without === undefined ? undefined : model.cases.get(without);
  const minus = new Set(left?.pairs ?? []);
  const totals = Float64Array.from(model.totals);
  const documents = Float64Array.from(model.documents);
  if (left) {
    totals[left.index]! -= left.weight * left.pairs.length;
    documents[left.index]! -= left.weight;
  }
  const { smoothing, sharpness, priorWeight } = characterTuning;
  const vocabulary = model.counts.size;
  const allDocuments = documents.reduce((sum, value) => sum + value, 0);
  const scores = new Float64Array(size);
  let used = 0;
  for (const pair of characterPairs(text)) {
    const row = model.counts.get(pair);
    if (!row) continue;
    const own = left && minus.has(pair) ? left : undefined;
    if (own && row.every((count, index) => count - (index === own.index ? own.weight : 0) <= 0)) continue;
    used++;
    for (let index = 0; index < size; index++) {
      const count = row[index]! - (own && index === own.index ? own.weight : 0);
      scores[index]! += Math.log((count + smoothing) / (totals[index]! + smoothing * vocabulary));
    }
  }
  if (used === 0) return [];
  // The average evidence per pair, sharpened: a long text is not surer than a short one for being long.
  let best = -Infinity;
  for (let index = 0; index < size; index++) {
    const prior = Math.log(Math.max(documents[index]!, 1e-3) / Math.max(allDocuments, 1e-3));
    scores[index] = (scores[index]! / used) * sharpness * 10 + priorWeight * prior;
    best = Math.max(best, scores[index]!);
  }
  let sum = 0;
  const shares = model.classes.map((kind, index) => {
    const share = Math.exp(scores[index]! - best);
    sum += share;
    return { ...kind, share };
  });
  return shares.map((kind) => ({ ...kind, share: kind.share / sum })).sort((a, b) => b.share - a.share);
}
