import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useChannelQuery } from '../../api/queries';
import { formatLocalDateTime } from '../../forms/localTime';

/** On a complaint's page: the call it came from, if it came from one. */
export function LinkedCallNote({ complaintId }: { complaintId: number }) {
  const linked = useChannelQuery('calls.linked', { complaintId });
  const call = linked.data?.[0];
  if (!call) return null;
  return (
    <Typography.Text data-testid="complaint-call">
      由来电 <Link to="/calls">{call.number}</Link>({formatLocalDateTime(call.calledAt)},记录人 {call.recorderName})转入
    </Typography.Text>
  );
}
