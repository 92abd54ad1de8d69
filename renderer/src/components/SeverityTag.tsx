import { ListTag, type ListTagColor } from './ListTag';
import { complaintSeverities, type ComplaintSeverity } from '../../../shared/domain/complaints/complaint';

const colors: Record<ComplaintSeverity, ListTagColor> = {
  minor: 'default',
  general: 'blue',
  major: 'orange',
  serious: 'volcano',
};

/** 严重程度, followed by a red 紧急 when the case is urgent. */
export function SeverityTag({ severity, urgent }: { severity: ComplaintSeverity; urgent: boolean }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <ListTag color={colors[severity]}>{complaintSeverities[severity]}</ListTag>
      {urgent && <ListTag color="red">紧急</ListTag>}
    </span>
  );
}
