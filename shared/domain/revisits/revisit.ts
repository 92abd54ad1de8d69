import { enumKeys, type LabelledEnum } from '../labels';
import type { StaffRole } from '../office/office';
import type { ComplaintSeverity } from '../complaints/complaint';
import type { RecordNumbering } from '../recordNumber';
import { addDays, addMonths } from '../officeDate';
import { roleReaches } from '../access';

/** What a revisit is about: a finished complaint or repair (DOMAIN.md §3). */
export const revisitSubjectKinds = { complaint: '投诉', repair: '报修' } as const satisfies LabelledEnum<string>;
export type RevisitSubjectKind = keyof typeof revisitSubjectKinds;
export const revisitSubjectKindKeys = enumKeys(revisitSubjectKinds);

/** Why this revisit is planned: the 7-day call, an important case's first call, a very important case's second. */
export const revisitPurposes = {
  completion: '完成后回访',
  first: '重要事项首次回访',
  second: '十分重要事项第二次回访',
  manual: '手工计划回访',
} as const satisfies LabelledEnum<string>;
export type RevisitPurpose = keyof typeof revisitPurposes;

export const revisitStatuses = { planned: '待回访', done: '已回访', cancelled: '已取消' } as const satisfies LabelledEnum<string>;
export type RevisitStatus = keyof typeof revisitStatuses;

/** Each try to reach the owner; only 已联系上 can carry a result. */
export const revisitAttemptOutcomes = {
  noAnswer: '无人接听',
  callBack: '约定稍后回电',
  reached: '已联系上',
} as const satisfies LabelledEnum<string>;
export type RevisitAttemptOutcome = keyof typeof revisitAttemptOutcomes;
/** The outcomes logged on their own; 已联系上 is logged with the revisit's result. */
export const unansweredOutcomeKeys = ['noAnswer', 'callBack'] as const;

/** How much the case matters: decides the windows and who revisits (seed 002). */
export const revisitImportances = { ordinary: '一般', important: '重要', veryImportant: '重大' } as const satisfies LabelledEnum<string>;
export type RevisitImportance = keyof typeof revisitImportances;

/**
 * The office's four severities against seed 002's three grades: 轻微/一般 are 一般, 重大 is 重要 and 严重 is 重大
 * (the rank order matches; seed 004 added 轻微 below 一般).
 */
export function complaintImportance(severity: ComplaintSeverity): RevisitImportance {
  return severity === 'serious' ? 'veryImportant' : severity === 'major' ? 'important' : 'ordinary';
}

/** seed 002: 一般 — 物业管理员 (the desk), 重要 — 主管, 重大 — 经理. */
export const revisitorRoles: Record<RevisitImportance, StaffRole> = { ordinary: 'clerk', important: 'supervisor', veryImportant: 'manager' };

/**
 * seed 000 篇5: each unsatisfied round goes up a level (客服 → 主管 → 经理 → higher management): after one 不满意
 * revisit the next needs at least a 主管, after two or more a 经理, whatever the subject's importance asks.
 */
export function escalatedRevisitor(byImportance: StaffRole, round: number): StaffRole {
  const byRound: StaffRole = round >= 2 ? 'manager' : round === 1 ? 'supervisor' : 'clerk';
  return roleReaches(byImportance, byRound) ? byImportance : byRound;
}

/** The phone revisit's script, seed 001 第六条 2 (电话回访语言规范) and 3 (电话回访内容), as a checklist. */
export const revisitScript = {
  greeting: '问候并自我介绍:我是客户服务中心回访员,了解所做工作现在的使用情况',
  workingNormally: '使用情况是否正常(质量和使用情况)',
  staffSatisfied: '对维修服务人员的服务是否满意',
  tidyAndPolite: '衣着是否整齐、用语是否规范,有无与业户争吵',
  onTime: '维修完成是否及时',
  chargedCorrectly: '是否按规定收费',
  explainedUpkeep: '是否介绍了使用保养常识',
  cleanedUp: '维修后是否清理干净、礼貌道别',
  opinions: '有无不清楚的地方,对服务有何意见和建议',
  thanks: '感谢业户提出宝贵意见,道别',
} as const satisfies LabelledEnum<string>;
export type RevisitScriptItem = keyof typeof revisitScript;
export const revisitScriptKeys = enumKeys(revisitScript);

/** The revisit windows (seed 001: within 7 days; seed 002: 1 week–1 month, then 3–6 months); settings. */
export interface RevisitWindows {
  /** Important cases: first revisit from this many days after completion… */
  importantFromDays: number;
  /** …to this many. */
  importantToDays: number;
  /** Very important cases: second revisit from this many months after completion… */
  secondFromMonths: number;
  /** …to this many. */
  secondToMonths: number;
}
export const defaultRevisitWindows: RevisitWindows = { importantFromDays: 7, importantToDays: 30, secondFromMonths: 3, secondToMonths: 6 };

export interface PlannedWindow {
  purpose: RevisitPurpose;
  /** The window opens at the start of this day… */
  windowFrom: string;
  /** …and the revisit is due by the end of this one. */
  dueAt: string;
  requiredRole: StaffRole;
}

/**
 * The revisits a subject completed at `completedAt` needs: every case within `dueDays` (7); an important one
 * instead between 1 week and 1 month; a very important one also a second time 3–6 months later.
 */
export function planRevisitWindows(completedAt: string, importance: RevisitImportance, dueDays: number, windows: RevisitWindows): PlannedWindow[] {
  const role = revisitorRoles[importance];
  if (importance === 'ordinary') {
    return [{ purpose: 'completion', windowFrom: startOfDay(completedAt), dueAt: endOfDay(addDays(completedAt, dueDays)), requiredRole: role }];
  }
  const plans: PlannedWindow[] = [
    {
      purpose: 'first',
      windowFrom: startOfDay(addDays(completedAt, windows.importantFromDays)),
      dueAt: endOfDay(addDays(completedAt, windows.importantToDays)),
      requiredRole: role,
    },
  ];
  if (importance === 'veryImportant') {
    plans.push({
      purpose: 'second',
      windowFrom: startOfDay(addMonths(completedAt, windows.secondFromMonths)),
      dueAt: endOfDay(addMonths(completedAt, windows.secondToMonths)),
      requiredRole: role,
    });
  }
  return plans;
}

/** Where a planned revisit stands on `now`: not yet open, open, or past its due time. */
export type RevisitTiming = 'upcoming' | 'due' | 'overdue';
export const revisitTimings = { overdue: '已超期', due: '待回访', upcoming: '未到回访期' } as const satisfies LabelledEnum<string>;
export function revisitTiming(windowFrom: string, dueAt: string, now: string): RevisitTiming {
  if (now > dueAt) return 'overdue';
  return now < windowFrom ? 'upcoming' : 'due';
}

function startOfDay(value: string): string {
  return `${value.slice(0, 10)}T00:00:00`;
}
function endOfDay(value: string): string {
  return `${value.slice(0, 10)}T23:59:59`;
}

/** 回访记录: HF-YYYYMM-NNNN. */
export const revisitNumbering = { prefix: 'HF', entity: 'revisit' } as const satisfies RecordNumbering;
