import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { officeNow } from './officeNow';

/**
 * A date and time to the minute, as the paper forms write them. `when` keeps the clerk on the right side of
 * today on the office's clock: what happened (past) or what is due (future).
 */
export function MinuteDateTimePicker({ when, from, ...props }: DatePickerProps & { when: 'past' | 'future'; from?: Dayjs }) {
  const today = from ?? officeNow();
  return (
    <DatePicker
      showTime={{ format: 'HH:mm' }}
      format="YYYY-MM-DD HH:mm"
      needConfirm={false}
      disabledDate={(date) => (when === 'past' ? date.isAfter(today, 'day') : date.isBefore(today, 'day'))}
      style={{ width: '100%' }}
      {...props}
    />
  );
}
