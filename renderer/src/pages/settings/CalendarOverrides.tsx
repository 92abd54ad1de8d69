import { Button, Popconfirm, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import type { CalendarStatus } from '../../../../shared/domain/settings/settingsRecords';
import { CalendarOverrideForm } from './CalendarOverrideForm';
import { useCalendarSave } from './useCalendarSave';

type Override = CalendarStatus['overrides'][number];

/** The office's own days: statutory days the built-in data lacks, or local changes to it. */
export function CalendarOverrides({ status, canEdit }: { status: CalendarStatus; canEdit: boolean }) {
  const { run, pending } = useCalendarSave('calendar.removeOverride');
  return (
    <>
      {canEdit && <CalendarOverrideForm />}
      <Table<Override>
        data-testid="calendar-overrides"
        size="small"
        rowKey="date"
        dataSource={status.overrides}
        pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 160, render: (date: string) => `${date} ${dayjs(date).format('ddd')}` },
          {
            title: '类型',
            dataIndex: 'kind',
            width: 90,
            render: (kind: Override['kind']) => (kind === 'workday' ? <Tag color="blue">上班</Tag> : <Tag color="red">放假</Tag>),
          },
          { title: '名称', dataIndex: 'name', render: (name: string | null) => name ?? '—' },
          {
            title: '操作',
            width: 90,
            hidden: !canEdit,
            render: (_value, override) => (
              <Popconfirm title={`取消 ${override.date} 的调整?`} okText="取消调整" cancelText="保留" onConfirm={() => run({ date: override.date }, `已取消 ${override.date} 的调整`)}>
                <Button type="link" size="small" danger disabled={pending}>
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
        locale={{ emptyText: '没有录入的调整,全部按内置的法定节假日数据计算' }}
      />
    </>
  );
}
