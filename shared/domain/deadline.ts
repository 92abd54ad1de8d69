export type DeadlineState = 'onTrack' | 'dueToday' | 'overdue' | 'metOnTime' | 'metLate';

export interface DeadlineView {
  state: DeadlineState;
  text: string /* zh-CN */;
}

const minuteMs = 60_000;
const hourMinutes = 60;
const dayMinutes = 24 * hourMinutes;

/** Local wall-clock text read as if it were UTC: only differences matter, so no zone can shift them. */
function wallClock(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) throw new RangeError(`not a local date-time (YYYY-MM-DDTHH:mm:ss): ${JSON.stringify(text)}`);
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s ?? 0);
}

/** Whole minutes, at least 1 once there is any gap, so a few seconds never read as "0 分". */
function minutesBetween(earlier: number, later: number): number {
  const minutes = Math.floor((later - earlier) / minuteMs);
  return later > earlier ? Math.max(1, minutes) : 0;
}

/** Two units at most: "2 天 5 小时", "3 小时 20 分", "40 分"; a zero second unit is left out. */
function span(minutes: number): string {
  const days = Math.floor(minutes / dayMinutes);
  const hours = Math.floor((minutes % dayMinutes) / hourMinutes);
  const rest = minutes % hourMinutes;
  if (days > 0) return hours > 0 ? `${days} 天 ${hours} 小时` : `${days} 天`;
  if (hours > 0) return rest > 0 ? `${hours} 小时 ${rest} 分` : `${hours} 小时`;
  return `${rest} 分`;
}

/** One unit, for a finished case where the detail no longer matters: "2 天", "5 小时", "40 分". */
function roughSpan(minutes: number): string {
  if (minutes >= dayMinutes) return `${Math.floor(minutes / dayMinutes)} 天`;
  if (minutes >= hourMinutes) return `${Math.floor(minutes / hourMinutes)} 小时`;
  return `${minutes} 分`;
}

/** now, dueAt, finishedAt: local ISO date-times (YYYY-MM-DDTHH:mm:ss). */
export function describeDeadline(now: string, dueAt: string, finishedAt?: string | null): DeadlineView {
  const due = wallClock(dueAt);
  if (finishedAt) {
    const finished = wallClock(finishedAt);
    if (finished <= due) return { state: 'metOnTime', text: '按期完成' };
    return { state: 'metLate', text: `超期 ${roughSpan(minutesBetween(due, finished))}完成` };
  }
  const current = wallClock(now);
  if (current > due) return { state: 'overdue', text: `已超期 ${span(minutesBetween(due, current))}` };
  if (now.slice(0, 10) === dueAt.slice(0, 10)) return { state: 'dueToday', text: `今天 ${dueAt.slice(11, 16)} 到期` };
  return { state: 'onTrack', text: `剩余 ${span(minutesBetween(current, due))}` };
}
