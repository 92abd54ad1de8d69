import { Button, Popconfirm, Table, Tag } from 'antd';
import type { CalendarStatus } from '../../../../shared/domain/settings/settingsRecords';
import { useCalendarSave } from './useCalendarSave';

interface YearRow {
  year: number;
  confirmed: boolean;
  entered: number;
}

/** Years past the built-in data: ones the desk will soon need, and ones already confirmed. */
function yearsToShow(status: CalendarStatus): YearRow[] {
  const years = new Set([status.packageYears.last + 1, ...status.confirmedYears, ...status.uncovered.map((date) => Number(date.slice(0, 4)))]);
  return [...years]
    .filter((year) => year > status.packageYears.last || status.confirmedYears.includes(year))
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      confirmed: status.confirmedYears.includes(year),
      entered: status.overrides.filter((override) => override.date.startsWith(`${year}-`)).length,
    }));
}

/** Confirming a year says its holidays and 调休 are all entered below, so deadlines in it stop being guesses. */
export function CalendarYears({ status, canEdit }: { status: CalendarStatus; canEdit: boolean }) {
  const { run, pending } = useCalendarSave('calendar.confirmYear');
  return (
    <Table<YearRow>
      data-testid="calendar-years"
      size="small"
      rowKey="year"
      pagination={false}
      dataSource={yearsToShow(status)}
      style={{ marginBottom: 16 }}
      columns={[
        { title: '年份', dataIndex: 'year', width: 90, render: (year: number) => `${year} 年` },
        {
          title: '状态',
          dataIndex: 'confirmed',
          width: 120,
          render: (confirmed: boolean) => (confirmed ? <Tag color="green">已确认录入</Tag> : <Tag color="orange">尚未录入</Tag>),
        },
        { title: '已录入的调整', dataIndex: 'entered', render: (entered: number) => `${entered} 天` },
        {
          title: '操作',
          width: 140,
          hidden: !canEdit,
          render: (_value, row) =>
            row.confirmed ? (
              <Button type="link" size="small" disabled={pending} onClick={() => void run({ year: row.year, confirmed: false }, `已取消确认 ${row.year} 年`)}>
                取消确认
              </Button>
            ) : (
              <Popconfirm
                title={`确认 ${row.year} 年的放假和调休上班日都已录入?`}
                description="确认后,该年的期限按录入的日历计算,不再提示。"
                okText="确认"
                onConfirm={() => run({ year: row.year, confirmed: true }, `已确认 ${row.year} 年的工作日历`)}
              >
                <Button type="link" size="small" disabled={pending}>
                  确认已录入
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}
