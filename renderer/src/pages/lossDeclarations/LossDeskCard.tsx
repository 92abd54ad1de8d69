import { Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { LossDeskItem } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import { lostDocumentTypes } from '../../../../shared/domain/lossDeclarations/lossDeclaration';

/** 今日待办: declarations whose 15 days end within 3 days, or ended and still wait for their outcome. */
export function LossDeskCard({ items }: { items: LossDeskItem[] }) {
  if (items.length === 0) return null;
  return (
    <Card size="small" title={`遗失声明挂失期将满或已满(${items.length})`} data-testid="desk-loss-declarations">
      <List
        size="small"
        dataSource={items}
        renderItem={(item) => (
          <List.Item>
            <Link to={`/loss-declarations/${item.id}`}>{item.number}</Link>
            <span>
              {item.customerName} {item.roomLabel ?? ''} {lostDocumentTypes[item.documentType]}
            </span>
            <span>
              {item.ended ? <Tag color="red">挂失期已满,待办结</Tag> : <Tag color="orange">挂失期至 {item.periodEndsOn}</Tag>}
              {!item.stubFound && <Typography.Text type="secondary">记账联未找到</Typography.Text>}
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
