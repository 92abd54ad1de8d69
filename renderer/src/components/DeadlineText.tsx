import { Typography } from 'antd';
import { HoverTooltip } from './HoverTooltip';
import { describeDeadline, type DeadlineState } from '../../../shared/domain/deadline';
import { localIsoTime } from '../../../shared/domain/officeDate';

const tones: Record<DeadlineState, 'danger' | 'warning' | 'success' | 'secondary' | undefined> = {
  onTrack: undefined,
  dueToday: 'warning',
  overdue: 'danger',
  metOnTime: 'success',
  metLate: 'secondary',
};

/** A time limit as the desk reads it: how much time is left, or how late it is, with the exact time on hover. */
export function DeadlineText({ dueAt, finishedAt = null }: { dueAt: string | null; finishedAt?: string | null }) {
  if (!dueAt) return <Typography.Text type="secondary">—</Typography.Text>;
  const view = describeDeadline(localIsoTime(), dueAt, finishedAt);
  return (
    <HoverTooltip title={`期限 ${dueAt.slice(0, 16).replace('T', ' ')}`}>
      <Typography.Text type={tones[view.state]} strong={view.state === 'overdue'} data-deadline-state={view.state}>
        {view.text}
      </Typography.Text>
    </HoverTooltip>
  );
}
