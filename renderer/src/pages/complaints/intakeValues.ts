import dayjs, { type Dayjs } from 'dayjs';
import type { ChannelInput } from '../../../../shared/contract/channels';
import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity } from '../../../../shared/domain/complaints/complaint';
import type { ComplaintRecord } from '../../../../shared/domain/complaints/complaintRecords';
import { toLocalDateTime } from '../../forms/localTime';
import { officeNow } from '../../forms/officeNow';

/** What the intake form holds while the clerk types (antd Form store). */
export interface IntakeValues {
  receivedAt?: Dayjs | null;
  channel?: ComplaintChannel;
  referralSource?: string;
  anonymous?: boolean;
  roomText?: string;
  roomId?: number | null;
  complainantName?: string;
  phone?: string;
  address?: string;
  targetDepartmentId?: number | null;
  targetDescription?: string;
  content?: string;
  demand?: string;
  category?: ComplaintCategory;
  severity?: ComplaintSeverity;
  urgent?: boolean;
  /** The blank paper form it was first written on (the create form only). */
  paperNumber?: string;
}

/** Every field the form shows, so a server message naming one of them lands under it. */
export const intakeFieldNames = [
  'receivedAt',
  'channel',
  'referralSource',
  'anonymous',
  'roomText',
  'complainantName',
  'phone',
  'address',
  'targetDepartmentId',
  'targetDescription',
  'content',
  'demand',
  'category',
  'severity',
  'urgent',
  'paperNumber',
] as const;

/** The receiver is whoever is signed in: the main process records them, the form only shows who that is. */
export function initialIntakeValues(): IntakeValues {
  return { receivedAt: officeNow(), channel: 'phone', anonymous: false, severity: 'general', urgent: false };
}

/** A logged complaint back in the form, for 更正登记内容. */
export function intakeValuesOf(c: ComplaintRecord): IntakeValues {
  return {
    receivedAt: dayjs(c.receivedAt),
    channel: c.channel,
    referralSource: c.referralSource ?? undefined,
    anonymous: c.anonymous,
    roomText: c.roomLabel ?? undefined,
    roomId: c.roomId,
    complainantName: c.complainantName ?? undefined,
    phone: c.phone ?? undefined,
    address: c.address ?? undefined,
    targetDepartmentId: c.targetDepartmentId,
    targetDescription: c.targetDescription ?? undefined,
    content: c.content,
    demand: c.demand ?? undefined,
    category: c.category,
    severity: c.severity,
    urgent: c.urgent,
  };
}

/**
 * Form store → contract input. Values pass through as typed; the contract's schema trims and checks them,
 * and its messages come back onto the fields.
 */
export function toIntakeInput(values: IntakeValues): Omit<ChannelInput<'complaints.create'>, 'paperNumber'> {
  const anonymous = values.anonymous === true;
  return {
    anonymous,
    complainantName: anonymous ? null : (values.complainantName ?? null),
    roomId: values.roomId ?? null,
    roomText: values.roomText ?? null,
    phone: anonymous ? null : (values.phone ?? null),
    address: values.address ?? null,
    receivedAt: values.receivedAt ? toLocalDateTime(values.receivedAt) : '',
    channel: values.channel as ComplaintChannel,
    referralSource: values.channel === 'referral' ? (values.referralSource ?? null) : null,
    targetDepartmentId: values.targetDepartmentId ?? null,
    targetDescription: values.targetDescription ?? null,
    content: values.content ?? '',
    demand: values.demand ?? null,
    category: values.category as ComplaintCategory,
    severity: values.severity as ComplaintSeverity,
    urgent: values.urgent === true,
  };
}
