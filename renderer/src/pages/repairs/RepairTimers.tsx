import { Card, Col, Row, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { localIsoTime } from '../../../../shared/domain/officeDate';
import type { RepairRecord } from '../../../../shared/domain/repairs/repairRecords';
import { formatMinutes, repairTimers, type RepairTimer } from '../../../../shared/domain/repairs/repairTimers';
import { formatLocalDateTime } from '../../forms/localTime';

const tone: Record<RepairTimer['state'], { color: string; text: (timer: RepairTimer) => string }> = {
  waiting: { color: 'default', text: () => '未开始' },
  running: { color: 'processing', text: (timer) => `还剩 ${formatMinutes(timer.minutes ?? 0)}` },
  late: { color: 'error', text: (timer) => `已超时 ${formatMinutes(timer.minutes ?? 0)}` },
  met: { color: 'success', text: () => '按时' },
  missed: { color: 'warning', text: (timer) => `超时 ${formatMinutes(timer.minutes ?? 0)}` },
};

/** Now on the office clock, moved on every 20 seconds so the countdowns stay live. */
function useOfficeClock(): string {
  const [now, setNow] = useState(localIsoTime);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(localIsoTime()), 20_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** seed 002's three targets (接单 10 分钟, 到场 30 分钟, 完成时限), live on the record. */
export function RepairTimers({ repair }: { repair: RepairRecord }) {
  const now = useOfficeClock();
  return (
    <Card size="small" title="服务时限" data-testid="repair-timers">
      <Row gutter={16}>
        {repairTimers(repair, now).map((timer) => (
          <Col span={8} key={timer.key} data-testid={`timer-${timer.key}`}>
            <Typography.Text type="secondary">{timer.label}时限</Typography.Text>
            <div style={{ fontSize: 16 }}>{timer.dueAt ? formatLocalDateTime(timer.dueAt) : '—'}</div>
            <Tag color={tone[timer.state].color}>{tone[timer.state].text(timer)}</Tag>
            {timer.doneAt && <Typography.Text type="secondary">实际 {formatLocalDateTime(timer.doneAt)}</Typography.Text>}
          </Col>
        ))}
      </Row>
      {repair.agreedTimeNote && <Typography.Text type="secondary">约定新时间:{repair.agreedTimeNote}</Typography.Text>}
    </Card>
  );
}
