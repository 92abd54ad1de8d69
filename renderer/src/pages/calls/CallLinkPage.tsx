import { Navigate, useParams } from 'react-router-dom';
import { Skeleton } from 'antd';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';

/** /calls/:id — a call has no page of its own: it opens on its day's call log, found by its number. */
export function CallLinkPage() {
  const id = Number(useParams().id);
  const found = useChannelQuery('calls.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  if (found.error) return <QueryErrorAlert error={found.error} />;
  if (!found.data) return <Skeleton active />;
  const { calledAt, number } = found.data;
  return <Navigate replace to={`/calls?date=${calledAt.slice(0, 10)}&q=${encodeURIComponent(number)}`} />;
}
