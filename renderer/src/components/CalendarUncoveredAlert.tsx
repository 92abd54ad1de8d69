import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import { useCurrentStaff } from '../auth/currentStaff';

interface Props {
  /** CalendarStatus.uncovered / DeskToday.calendarUncovered: always a run of days from the first uncovered year. */
  dates: string[];
  /** Full width under the header, like the office set-up banner. */
  banner?: boolean;
  /** Off on the calendar tab itself. */
  showLink?: boolean;
}

/** The statutory calendar stops within 60 days: deadlines past that point would ignore holidays and 调休. */
export function CalendarUncoveredAlert({ dates, banner = false, showLink = true }: Props) {
  const staff = useCurrentStaff();
  if (dates.length === 0) return null;
  const years = [...new Set(dates.map((date) => date.slice(0, 4)))].join('、');
  const action = !staff.allows('supervisor') ? (
    '请主管或经理在“设置 → 工作日历”中录入。'
  ) : showLink ? (
    <Link to="/settings?tab=calendar">前往工作日历</Link>
  ) : (
    '请在下方录入该年的放假和调休上班日,然后确认该年已录入。'
  );
  return (
    <Alert
      type="warning"
      banner={banner}
      showIcon={!banner}
      data-testid="calendar-uncovered"
      style={banner ? undefined : { marginBottom: 12 }}
      title={
        <span>
          工作日历还没有 {years} 年的法定节假日和调休({dates[0]} 起的 {dates.length} 天),这些日子的处理期限暂按周一至周五计算。{action}
        </span>
      }
    />
  );
}
