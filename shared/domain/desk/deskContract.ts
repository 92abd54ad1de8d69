import { read, write } from '../../contract/channel';
import type { Alert } from '../complaints/complaintParts';
import { noInput } from '../fieldSchemas';
import { type DeskToday, acknowledgeAllInput, alertInput } from './desk';

/** The 今日待办 page and the manager's alerts. */
export const deskContract = {
  'desk.today': read<DeskToday>()(noInput, '今日待办', { passive: true }),
  'alerts.acknowledge': write<Alert>()(alertInput, '经理确认已知悉', { access: 'manager' }),
  'alerts.acknowledgeAll': write<{ acknowledged: number }>()(acknowledgeAllInput, '经理确认全部已知悉', { access: 'manager' }),
};
