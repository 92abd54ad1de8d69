import { Tag } from 'antd';
import { complaintSeverities, type ComplaintSeverity } from '../../../shared/domain/complaints/complaint';

const colors: Record<ComplaintSeverity, string> = {
  minor: 'default',
  general: 'blue',
  major: 'orange',
  serious: 'volcano',
};

/** 严重程度, followed by a red 紧急 when the case is urgent. */
export function SeverityTag({ severity, urgent }: { severity: ComplaintSeverity; urgent: boolean }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={colors[severity]}>{complaintSeverities[severity]}</Tag>
      {urgent && <Tag color="red">紧急</Tag>}
    </span>
  );
}
