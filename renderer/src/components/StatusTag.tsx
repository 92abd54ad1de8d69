import { Tag } from 'antd';
import { complaintStatuses, type ComplaintStatus } from '../../../shared/domain/complaint';

const colors: Record<ComplaintStatus, string> = {
  accepted: 'blue',
  dispatched: 'cyan',
  inProgress: 'processing',
  awaitingReview: 'gold',
  awaitingRevisit: 'purple',
  resolved: 'green',
  archived: 'default',
  invalid: 'default',
  voided: 'default',
};

export function StatusTag({ status }: { status: ComplaintStatus }) {
  return <Tag color={colors[status]}>{complaintStatuses[status]}</Tag>;
}
