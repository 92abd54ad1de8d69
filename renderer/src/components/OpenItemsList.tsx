import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import { openItemLedgerLabels, type ArchivePlan } from '../../../shared/domain/archive/archivePlan';

/** The period's records still open, each a link to its page, and how many more there are. */
export function OpenItemsList({ plan }: { plan: ArchivePlan }) {
  if (plan.openTotal === 0) return <Typography.Paragraph data-testid="open-items">本期间没有未办结的投诉或报修。</Typography.Paragraph>;
  const more = plan.openTotal - plan.openItems.length;
  return (
    <div data-testid="open-items">
      <Typography.Paragraph strong style={{ marginBottom: 4 }}>
        本期间还有 {plan.openTotal} 件未办结：
      </Typography.Paragraph>
      <ul style={{ margin: '0 0 12px', paddingLeft: 20 }}>
        {plan.openItems.map((item) => (
          <li key={`${item.ledger}-${item.id}`}>
            {openItemLedgerLabels[item.ledger]} <Link to={`/${item.ledger === 'complaint' ? 'complaints' : 'repairs'}/${item.id}`}>{item.number}</Link>
            （{item.statusLabel}）
          </li>
        ))}
        {more > 0 && <li>另有 {more} 件未列出</li>}
      </ul>
    </div>
  );
}
