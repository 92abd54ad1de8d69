import { Alert, Skeleton, Typography } from 'antd';
import { useCalendarStatus } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { CalendarOverrides } from './CalendarOverrides';
import { CalendarUncoveredAlert } from '../../components/CalendarUncoveredAlert';
import { CalendarYears } from './CalendarYears';

/** 工作日历: which days count as working days for the time limits. */
export function CalendarTab() {
  const calendar = useCalendarStatus();
  const canEdit = useCurrentStaff().allows('supervisor');
  if (calendar.isPending) return <Skeleton active />;
  if (calendar.isError) return <QueryErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} />;
  const { packageYears } = calendar.data;

  return (
    <div style={{ maxWidth: 800 }}>
      <CalendarUncoveredAlert dates={calendar.data.uncovered} showLink={false} />
      {!canEdit && <Alert type="info" showIcon title="只有主管或经理可以修改工作日历。" style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>
        软件内置 {packageYears.first}–{packageYears.last} 年的国家法定节假日和调休上班日。之后的年份,法定节假日(元旦、春节除夕至初三、清明、劳动节两天、端午、中秋、国庆三天)按《全国年节及纪念日放假办法》自动计入;调休放假和调休上班日请在国务院公布放假安排后逐日录入,再确认该年已录入。录入或取消后,尚未办结的期限会按新的日历重新计算,并在各记录的修改记录中写明。
      </Typography.Paragraph>
      <Typography.Title level={5}>年份</Typography.Title>
      <CalendarYears status={calendar.data} canEdit={canEdit} />
      <Typography.Title level={5}>录入的放假与上班日</Typography.Title>
      <CalendarOverrides status={calendar.data} canEdit={canEdit} />
    </div>
  );
}
