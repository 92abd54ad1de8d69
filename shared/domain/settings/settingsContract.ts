import { read, write } from '../../contract/channel';
import { noInput } from '../fieldSchemas';
import type { OfficeSettings, CalendarStatus } from './settingsRecords';
import { settingsInput, calendarOverrideInput, calendarDateInput, calendarYearInput } from './settingsSchemas';

/** Time limits, the idle lock and the working calendar. */
export const settingsContract = {
  'settings.get': read<OfficeSettings>()(noInput, '处理时限与锁屏设置'),
  'settings.save': write<OfficeSettings>()(settingsInput, '保存处理时限与锁屏设置', { access: 'supervisor' }),
  'calendar.status': read<CalendarStatus>()(noInput, '工作日历'),
  'calendar.saveOverride': write<CalendarStatus>()(calendarOverrideInput, '设置某天上班或放假', { access: 'supervisor' }),
  'calendar.removeOverride': write<CalendarStatus>()(calendarDateInput, '取消某天的调整', { access: 'supervisor' }),
  'calendar.confirmYear': write<CalendarStatus>()(calendarYearInput, '确认某年节假日已录入', { access: 'supervisor' }),
};
