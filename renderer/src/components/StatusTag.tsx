import { ListTag, type ListTagColor } from './ListTag';
import { complaintStatuses, type ComplaintStatus } from '../../../shared/domain/complaints/complaint';

const colors: Record<ComplaintStatus, ListTagColor> = {
  accepted: 'blue',
  dispatched: 'cyan',
  inProgress: 'processing',
  disputed: 'volcano',
  awaitingReview: 'gold',
  awaitingRevisit: 'purple',
  resolved: 'green',
  archived: 'default',
  invalid: 'default',
  voided: 'default',
};

/** 处理状态, followed by 第N轮 once an unsatisfied revisit has reopened the case (循环往复处理). */
export function StatusTag({ status, round = 0 }: { status: ComplaintStatus; round?: number }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <ListTag color={colors[status]}>{complaintStatuses[status]}</ListTag>
      {round > 0 && <ListTag color="magenta">第{round}轮</ListTag>}
    </span>
  );
}
