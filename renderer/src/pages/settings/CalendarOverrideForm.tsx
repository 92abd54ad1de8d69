import { Button, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCalendarSave } from './useCalendarSave';

interface Values {
  date: Dayjs;
  kind: 'workday' | 'holiday';
  name?: string;
}

/**
 * One day at a time: a holiday (放假) or a make-up working day (调休上班). The same date again replaces it. After
 * a day is added the kind and name stay and the date moves on, so a 7-day 春节 is seven presses of Enter.
 */
export function CalendarOverrideForm() {
  const [form] = Form.useForm<Values>();
  const { run, pending } = useCalendarSave('calendar.saveOverride');

  const submit = async ({ date, kind, name }: Values) => {
    const day = date.format('YYYY-MM-DD');
    const saved = await run({ date: day, kind, name: name?.trim() || null }, `${day} 已设为${kind === 'workday' ? '上班' : '放假'}`);
    // Keep the kind and name: a holiday is usually several days in a row.
    if (saved) form.setFieldsValue({ date: date.add(1, 'day') });
  };

  return (
    <Form<Values>
      form={form}
      name="calendarOverride"
      layout="inline"
      initialValues={{ kind: 'holiday' }}
      onFinish={(values) => void submit(values)}
      style={{ marginBottom: 12, rowGap: 8 }}
    >
      <Form.Item name="kind" rules={[{ required: true, message: '请选择上班或放假' }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'holiday', label: '放假' },
            { value: 'workday', label: '上班' },
          ]}
        />
      </Form.Item>
      <Form.Item name="name" label="名称">
        <Input maxLength={20} placeholder="如 春节、国庆节调休" style={{ width: 180 }} />
      </Form.Item>
      {/* Last, so typing a date and pressing Enter adds the day; the date then moves on to the next one. */}
      <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker placeholder="选择日期" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        添加
      </Button>
    </Form>
  );
}
