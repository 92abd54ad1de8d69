import type { ComplaintCategory, ComplaintSeverity } from '../../../shared/domain/complaints/complaint';
import type { ExperienceSuggestion } from '../../../shared/domain/experience/experience';
import type { Department } from '../../../shared/domain/office/officeRecords';
import { wordHints } from './propertyDictionary';
import type { ClassShare } from './characterModel';
import { cuesOf } from './categoryCues';

export interface Voter {
  score: number;
  category: ComplaintCategory | null;
  departmentId: number | null;
  severity: ComplaintSeverity | null;
}

/**
 * How many of the best matches vote, what one dictionary word of the text weighs against them (a match's vote is
 * its score, at most about 1.3), and what the character model's shares weigh (they sum to 1). Chosen by
 * leave-one-out over the labelled set's past cases (bench/quality), never on the fresh set.
 */
export const voteTuning = { voters: 12, hintWeight: 1.5, characterWeight: 1, cueWeight: 3.5, spreadWeight: 2.5, matchPower: 1 };
/** The four service lines whose objects a complaint about the whole company names together (保安, 保洁, 维修, 绿化). */
const serviceLines: readonly ComplaintCategory[] = ['maintenance', 'cleaning', 'order', 'greening'];
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
 * Category, department and severity from the best matches, each voting with its score, from the property
 * dictionary's hints for the text's words — an office without past cases still gets one — and from the character
 * model's shares, which still speak when the text's words are new. The department is voted among the voices for
 * the chosen category (a leak's department, not a noise's). Nothing when nothing speaks for any.
 */
export function suggestFrom(
  matches: readonly Voter[],
  words: readonly string[],
  text: string,
  departments: readonly Department[],
  characters: readonly ClassShare[] = [],
): ExperienceSuggestion {
  const { voters, hintWeight, characterWeight, cueWeight, spreadWeight, matchPower } = voteTuning;
  const categories = new Map<ComplaintCategory, number>();
  const departmentVotes: { category: ComplaintCategory; departmentId: number | null; weight: number }[] = [];
  const severities = new Map<ComplaintSeverity, number>();
  for (const match of matches.slice(0, voters)) {
    const weight = match.score ** matchPower;
    add(categories, match.category, weight);
    if (match.category) departmentVotes.push({ category: match.category, departmentId: match.departmentId, weight });
    add(severities, match.severity, weight);
  }
  const active = departments.filter((department) => department.active);
  const departmentOf = (name: string) => active.find((department) => department.name.includes(name))?.id ?? null;
  const linesNamed = new Set<ComplaintCategory>();
  for (const word of new Set(words)) {
    const hints = wordHints.get(word) ?? [];
    for (const hint of hints) {
      if (serviceLines.includes(hint.category)) linesNamed.add(hint.category);
      add(categories, hint.category, hintWeight / hints.length);
      departmentVotes.push({ category: hint.category, departmentId: departmentOf(hint.department), weight: hintWeight / hints.length });
    }
  }
  // The frame of the text (通知, 物业费涨, 请物业出面…) says what it is about more surely than its objects.
  for (const found of cuesOf(text)) {
    add(categories, found.category, cueWeight);
    departmentVotes.push({ category: found.category, departmentId: departmentOf(found.department), weight: cueWeight });
  }
  // Three service lines named at once (保安, 保洁, 维修…) is a complaint about the whole service.
  if (linesNamed.size >= 3) {
    add(categories, 'general', spreadWeight);
    departmentVotes.push({ category: 'general', departmentId: departmentOf('客户服务'), weight: spreadWeight });
  }
  for (const share of characters) {
    add(categories, share.category, characterWeight * share.share);
    departmentVotes.push({ category: share.category, departmentId: share.departmentId, weight: characterWeight * share.share });
  }
  if (categories.size > 0) add(severities, 'general', generalPrior);
  if (dangerWords.some((word) => text.includes(word))) add(severities, 'major', 2);
  const category = winner(categories);
  const departmentsOfCategory = new Map<number, number>();
  for (const vote of departmentVotes) if (vote.category === category) add(departmentsOfCategory, vote.departmentId, vote.weight);
  const departmentId = winner(departmentsOfCategory);
  const severity = winner(severities);
  return { ...(category && { category }), ...(departmentId !== undefined && { departmentId }), ...(severity && { severity }) };
}
