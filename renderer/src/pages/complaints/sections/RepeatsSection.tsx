import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { RelatedComplaint } from '../../../../../shared/domain/complaints/complaintParts';
import { StatusTag } from '../../../components/StatusTag';
import { formatLocalDateTime } from '../../../forms/localTime';

/** The earlier complaints about the same matter that made this one the 5th within 30 days (seed 004). */
export function RepeatsSection({ repeats }: { repeats: RelatedComplaint[] }) {
  if (repeats.length === 0) return null;
  return (
    <Card size="small" title={`30 天内同一事项的前 ${repeats.length} 次投诉`}>
      <Flex vertical gap={6} data-testid="complaint-repeats">
        {repeats.map((repeat) => (
          <span key={repeat.id}>
            <Link to={`/complaints/${repeat.id}`}>{repeat.number}</Link>{' '}
            <Typography.Text type="secondary">{formatLocalDateTime(repeat.receivedAt)}</Typography.Text> <StatusTag status={repeat.status} />
            {repeat.contentExcerpt}
          </span>
        ))}
      </Flex>
    </Card>
  );
}
