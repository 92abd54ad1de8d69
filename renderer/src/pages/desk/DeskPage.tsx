import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { deskListNames, type DeskListName } from '../../../../shared/domain/desk/desk';
import { useChannelQuery } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { CalendarUncoveredAlert } from '../../components/CalendarUncoveredAlert';
import { DeskAlerts } from './DeskAlerts';
import { DeskListCard } from './DeskListCard';
import { RepairDeskCards } from '../repairs/repairPages';
import { RevisitDeskCard } from '../revisits/revisitPages';
import { LossDeskCard } from '../lossDeclarations/lossDeclarationPages';
import { CallDeskCard } from '../calls/callPages';
import { PageTitle } from '../../components/PageTitle';

const listNames = Object.keys(deskListNames) as DeskListName[];

/** 今日待办, the home page: what is late, due today or waiting on someone, refreshed every minute. */
export function DeskPage() {
  const staff = useCurrentStaff();
  const desk = useChannelQuery('desk.today', {}, { refetchInterval: 60_000 });

  return (
    <Flex vertical gap={12}>
      <Card
        size="small"
        title={<PageTitle>今日待办</PageTitle>}
        extra={
          <Flex align="center" gap={8}>
            {desk.data && <Typography.Text type="secondary">更新于 {desk.data.now.slice(11, 16)}</Typography.Text>}
            <Button size="small" icon={<ReloadOutlined />} loading={desk.isFetching} onClick={() => void desk.refetch()}>
              刷新
            </Button>
          </Flex>
        }
      >
        {desk.isError && <QueryErrorAlert error={desk.error} onRetry={() => void desk.refetch()} />}
        {desk.isPending && <Skeleton active />}
        {desk.data && <CalendarUncoveredAlert dates={desk.data.calendarUncovered} />}
        {desk.data && listNames.every((name) => desk.data.lists[name].total === 0) && (
          <Typography.Text type="secondary">今天没有待办事项。</Typography.Text>
        )}
      </Card>
      {desk.data && staff.allows('supervisor') && <DeskAlerts alerts={desk.data.alerts} total={desk.data.alertTotal} />}
      {desk.data && <LossDeskCard items={desk.data.lossDeclarations} />}
      {/* The revisit and call cards ask for their own data: drawn from the start, their calls leave with desk.today's
          instead of after its answer has been drawn (on the 1M office that wait was ~300 ms). */}
      <Row gutter={[12, 12]}>
        {desk.data &&
          listNames.map((name) => (
            <Col key={name} xs={24} xl={12}>
              <DeskListCard name={name} list={desk.data.lists[name]} />
            </Col>
          ))}
        <Col xs={24} xl={12}>
          <RevisitDeskCard />
        </Col>
        <Col xs={24} xl={12}>
          <CallDeskCard />
        </Col>
      </Row>
      <RepairDeskCards />
    </Flex>
  );
}
