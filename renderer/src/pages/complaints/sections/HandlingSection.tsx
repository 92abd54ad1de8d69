import { Card, Descriptions, type DescriptionsProps } from 'antd';
import { complaintValidities } from '../../../../../shared/domain/complaints/complaint';
import type { ComplaintRecord } from '../../../../../shared/domain/complaints/complaintRecords';
import { DeadlineText } from '../../../components/DeadlineText';
import { formatLocalDateTime } from '../../../forms/localTime';
import { stepLabels } from '../actions/stepLabels';

type Item = NonNullable<DescriptionsProps['items']>[number];

const text = (value: string | null) => (value ? <span className="tz-pre-wrap">{value}</span> : <span className="tz-blank">—</span>);
/** Who and when, as the paper's signature-and-date lines read. */
const signed = (name: string | null, at: string | null) => [name, formatLocalDateTime(at)].filter(Boolean).join(' ') || '—';

/** 调查处理, 审核批示, 回访期限, 归档 and 作废 as recorded, in the paper form's order; hidden until there is any. */
export function HandlingSection({ complaint: c }: { complaint: ComplaintRecord }) {
  const items: Item[] = [];
  if (c.handledAt) {
    items.push(
      { key: 'investigator', label: stepLabels.investigatorStaffId, children: c.investigatorName ?? '—' },
      { key: 'validity', label: stepLabels.validity, children: c.validity ? complaintValidities[c.validity] : '—' },
      { key: 'handledBy', label: '登记', children: signed(c.handledByName, c.handledAt) },
      { key: 'findings', label: stepLabels.findings, span: 3, children: text(c.findings) },
      { key: 'emergency', label: stepLabels.emergencyMeasure, span: 2, children: text(c.emergencyMeasure) },
      { key: 'emergencyStaff', label: stepLabels.emergencyStaffId, children: c.emergencyStaffName ?? '—' },
      { key: 'cause', label: stepLabels.causeAnalysis, span: 3, children: text(c.causeAnalysis) },
      { key: 'period', label: stepLabels.correctionPeriod, children: c.correctionPeriod ?? '—' },
      { key: 'corrective', label: stepLabels.correctiveAction, span: 2, children: text(c.correctiveAction) },
      { key: 'result', label: stepLabels.result, span: 2, children: text(c.handlingResult) },
      { key: 'fault', label: stepLabels.personAtFault, children: c.personAtFault ?? '—' },
    );
  }
  if (c.reviewedAt) {
    items.push(
      { key: 'reviewer', label: '审核人', children: signed(c.reviewedByName, c.reviewedAt) },
      { key: 'comment', label: stepLabels.comment, span: 2, children: <span data-testid="review-comment">{text(c.reviewComment)}</span> },
    );
  }
  if (c.revisitDueAt) {
    items.push({ key: 'revisitDue', label: '回访期限', span: 3, children: <DeadlineText dueAt={c.revisitDueAt} finishedAt={c.resolvedAt} /> });
  }
  if (c.repliedAt) {
    items.push(
      { key: 'replied', label: '答复业主', children: signed(c.repliedByName, c.repliedAt) },
      { key: 'reply', label: '答复内容', span: 2, children: text(c.ownerReply) },
    );
  }
  if (c.resolvedAt) items.push({ key: 'resolved', label: '销项时间', children: formatLocalDateTime(c.resolvedAt) });
  if (c.archivedAt) items.push({ key: 'archived', label: '归档', span: 2, children: `${formatLocalDateTime(c.archivedAt)} 归档负责人 ${c.archivedByName ?? '—'}` });
  if (c.scanWaiverReason) items.push({ key: 'waiver', label: '免交签字件', span: 3, children: text(c.scanWaiverReason) });
  if (c.voidedAt) items.push({ key: 'voided', label: '作废', span: 3, children: `${formatLocalDateTime(c.voidedAt)} ${c.voidReason ?? ''}` });
  if (items.length === 0) return null;

  return (
    <Card size="small" title="调查处理与审核">
      <Descriptions bordered size="small" column={3} items={items} styles={{ label: { width: 120, whiteSpace: 'nowrap' } }} data-testid="complaint-handling" />
    </Card>
  );
}
