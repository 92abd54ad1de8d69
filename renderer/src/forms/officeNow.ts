import dayjs, { type Dayjs } from 'dayjs';
import { localIsoTime } from '../../../shared/domain/officeDate';

/**
 * Now on the office's clock, the one the main process uses, as a zone-less dayjs: a PC set to another zone
 * neither proposes a "future" 投诉时间 the service refuses nor hides today's date.
 */
export function officeNow(): Dayjs {
  return dayjs(localIsoTime());
}
