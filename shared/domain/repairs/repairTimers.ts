import { minutesBetween } from '../officeDate';
import type { RepairRecord } from './repairRecords';

/** The three service targets of seed 002 as the record shows them, live. */
export const repairTimerLabels = { collect: '接单', onSite: '到场', complete: '完成' } as const;
export type RepairTimerKey = keyof typeof repairTimerLabels;

/**
 * waiting: not started (no dispatch yet); running: due in the future; late: due passed and not done;
 * met / missed: done on time / after the due time.
 */
export type RepairTimerState = 'waiting' | 'running' | 'late' | 'met' | 'missed';

export interface RepairTimer {
  key: RepairTimerKey;
  label: string;
  dueAt: string | null;
  doneAt: string | null;
  state: RepairTimerState;
  /** Minutes left (running) or over (late, missed), whole minutes. */
  minutes: number | null;
}

type TimerFields = Pick<RepairRecord, 'status' | 'collectDueAt' | 'collectedAt' | 'onSiteDueAt' | 'arrivedAt' | 'dueAt' | 'completedAt'>;

function timer(key: RepairTimerKey, dueAt: string | null, doneAt: string | null, stopped: boolean, now: string): RepairTimer {
  const base = { key, label: repairTimerLabels[key], dueAt, doneAt };
  if (!dueAt) return { ...base, state: 'waiting', minutes: null };
  if (doneAt) {
    const over = Math.floor(minutesBetween(dueAt, doneAt));
    return { ...base, state: over > 0 ? 'missed' : 'met', minutes: over > 0 ? over : null };
  }
  if (stopped) return { ...base, state: 'waiting', minutes: null };
  const left = minutesBetween(now, dueAt);
  return left >= 0 ? { ...base, state: 'running', minutes: Math.floor(left) } : { ...base, state: 'late', minutes: Math.ceil(-left) };
}

/** Shared by the record page (ticking every minute on the office clock) and the services. */
export function repairTimers(repair: TimerFields, now: string): RepairTimer[] {
  const stopped = repair.status === 'voided';
  return [
    timer('collect', repair.collectDueAt, repair.collectedAt, stopped, now),
    timer('onSite', repair.onSiteDueAt, repair.arrivedAt, stopped, now),
    timer('complete', repair.dueAt, repair.completedAt, stopped, now),
  ];
}

/** "还剩 25 分钟" / "超时 1 小时 5 分钟" */
export function formatMinutes(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return [days && `${days} 天`, hours && `${hours} 小时`, (rest || (!days && !hours)) && `${rest} 分钟`].filter(Boolean).join(' ');
}
