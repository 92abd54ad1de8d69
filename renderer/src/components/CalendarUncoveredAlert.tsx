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

/** The package's calendar stops within 60 days: past that point the law's days off count, the 调休 not yet. */
export function CalendarUncoveredAlert({ dates, banner = false, showLink = true }: Props) {
  const staff = useCurrentStaff();
  if (dates.length === 0) return null;
  const years = [...new Set(dates.map((date) => date.slice(0, 4)))].join('、');
  const action = !staff.allows('supervisor') ? (
    '请主管或经理在“设置 → 工作日历”中录入。'
  ) : showLink ? (
    <Link to="/settings?tab=calendar">前往工作日历</Link>
  ) : (
    '请在下方录入该年的调休放假和调休上班日,然后确认该年已录入。'
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
          {years} 年的调休安排还没有录入({dates[0]} 起的 {dates.length} 天):法定节假日已按《全国年节及纪念日放假办法》计入,国务院通知的调休放假和调休上班日要等录入后才计入期限。{action}
        </span>
      }
    />
  );
}
