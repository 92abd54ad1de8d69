import type { ComplaintCategory, ComplaintSeverity } from '../../../shared/domain/complaints/complaint';
import type { ExperienceSuggestion } from '../../../shared/domain/experience/experience';
import type { Department } from '../../../shared/domain/office/officeRecords';
import { wordHints } from './propertyDictionary';

export interface Voter {
  score: number;
  category: ComplaintCategory | null;
  departmentId: number | null;
  severity: ComplaintSeverity | null;
}

/**
 * How many of the best matches vote, and what one dictionary word of the text weighs against them (a match's vote
 * is its score, at most about 1.3). Chosen by leave-one-out over the labelled set's past cases (bench/quality).
 */
const voters = 12;
const hintWeight = 1;
/** Most complaints are 一般: another degree must outweigh it. */
const generalPrior = 0.3;
/** Words that make a complaint 重大 whatever the past says (seed 003: 人身安全, 重大财产损失). */
const dangerWords = ['受伤', '咬伤', '砸伤', '摔伤', '困人', '火灾', '起火', '着火', '燃气泄漏', '煤气', '爆管', '水淹', '触电', '坍塌', '媒体', '起诉', '律师'];

function winner<K extends string | number>(votes: Map<K, number>): K | undefined {
  let best: K | undefined;
  let bestVote = 0;
  for (const [key, vote] of votes) if (vote > bestVote) [best, bestVote] = [key, vote];
  return best;
}

function add<K>(votes: Map<K, number>, key: K | null, weight: number): void {
  if (key !== null) votes.set(key, (votes.get(key) ?? 0) + weight);
}

/**
 * Category, department and severity from the best matches, each voting with its score, and from the property
 * dictionary's hints for the text's words — an office without past cases still gets one. Nothing when nothing
 * speaks for any.
 */
export function suggestFrom(matches: readonly Voter[], words: readonly string[], text: string, departments: readonly Department[]): ExperienceSuggestion {
  const categories = new Map<ComplaintCategory, number>();
  const departmentVotes = new Map<number, number>();
  const severities = new Map<ComplaintSeverity, number>();
  for (const match of matches.slice(0, voters)) {
    add(categories, match.category, match.score);
    add(departmentVotes, match.departmentId, match.score);
    add(severities, match.severity, match.score);
  }
  const active = departments.filter((department) => department.active);
  for (const word of new Set(words)) {
    const hints = wordHints.get(word) ?? [];
    for (const hint of hints) {
      add(categories, hint.category, hintWeight / hints.length);
      add(departmentVotes, active.find((department) => department.name.includes(hint.department))?.id ?? null, hintWeight / hints.length);
    }
  }
  if (categories.size > 0) add(severities, 'general', generalPrior);
  if (dangerWords.some((word) => text.includes(word))) add(severities, 'major', 2);
  const category = winner(categories);
  const departmentId = winner(departmentVotes);
  const severity = winner(severities);
  return { ...(category && { category }), ...(departmentId !== undefined && { departmentId }), ...(severity && { severity }) };
}
