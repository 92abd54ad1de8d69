import { Descriptions } from 'antd';
import type { CapaReport } from '../../../../../shared/domain/complaints/complaintParts';
import { stepLabels } from '../actions/stepLabels';

/** A submitted 纠正/预防措施报告 as written. */
export function CapaReportText({ report }: { report: CapaReport }) {
  const fields = ['nonconformity', 'causeAnalysis', 'correctiveAction', 'preventiveAction', 'responsiblePerson', 'plannedCompletion'] as const;
  return (
    <Descriptions
      size="small"
      column={1}
      items={fields.map((field) => ({ key: field, label: stepLabels[field], children: <span className="tz-pre-wrap">{report[field] ?? '—'}</span> }))}
    />
  );
}
