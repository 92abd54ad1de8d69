import { complaintCategories, complaintChannels, complaintNumbering, complaintSeverities } from '../../../../shared/domain/complaints/complaint';
import { complaintIntake, type ComplaintIntake } from '../../../../shared/domain/complaints/complaintSchemas';
import { choice, moment, text } from '../../imports/cellReaders';
import { momentHint, originalNumberColumn, phoneColumn, roomColumn, staffColumn } from '../../imports/commonColumns';
import type { Insertable } from 'kysely';
import type { ComplaintTable } from '../../db/schema';
import { column, defineImportKind, type ImportedRecord, type ImportWrite, type RowProblem } from '../../imports/importKind';
import { findRoom, findStaff, localTime, officeLookups } from '../../imports/officeLookups';
import { parseRow } from '../../imports/rowSchema';
import { complaintDeadlines } from './deadlines';
import { insertComplaint, insertComplaints } from './complaintRepository';

const columns = {
  originalNumber: originalNumberColumn('投诉编号'),
  receivedAt: column('投诉时间', moment, { synonyms: ['受理时间', '投诉日期', '登记时间', '日期', '时间'], required: true, hint: momentHint }),
  room: roomColumn(),
  complainant: column('投诉人', text(40), { synonyms: ['业主姓名', '投诉人姓名', '业主', '姓名', '客户姓名'], hint: '匿名投诉可空(投诉方式填“匿名”)' }),
  phone: phoneColumn('联系电话', '投诉人电话'),
  channel: column(
    '投诉方式',
    choice(complaintChannels, { 来电: 'phone', 电话投诉: 'phone', 上门: 'inPerson', 来访: 'inPerson', 现场: 'inPerson', 信件: 'letter', 邮件: 'email', 转办: 'referral', 热线: 'referral' }),
    { synonyms: ['投诉渠道', '来源', '方式'], whenEmpty: '电话', hint: Object.values(complaintChannels).join('、') },
  ),
  referralSource: column('转办单位', text(40), { synonyms: ['转办来源'], hint: '投诉方式为“第三方转办”时必填,如 政府热线' }),
  content: column('投诉内容', text(4000), { synonyms: ['内容', '投诉事项', '投诉事由', '事由', '问题描述', '投诉问题'], required: true, hint: '必填' }),
  demand: column('诉求', text(2000), { synonyms: ['业主诉求', '投诉诉求', '要求'], hint: '可空' }),
  category: column(
    '投诉分类',
    choice(complaintCategories, { 综合: 'general', 保洁: 'cleaning', 清洁: 'cleaning', 维修: 'maintenance', 工程: 'maintenance', 接待: 'reception', 秩序: 'order', 安保: 'order', 保安: 'order', 绿化: 'greening', 其他: 'other' }),
    { synonyms: ['分类', '类别', '投诉类别', '投诉类型'], whenEmpty: '其他服务', hint: Object.values(complaintCategories).join('、') },
  ),
  severity: column('严重程度', choice(complaintSeverities), { synonyms: ['等级', '投诉等级', '程度'], whenEmpty: '一般', hint: Object.values(complaintSeverities).join('、') }),
  receiver: staffColumn('受理人', ['接待人', '登记人', '记录人', '接待员'], '导入人'),
  result: column('处理结果', text(2000), { synonyms: ['处理情况', '办理结果', '处理意见', '处理经过'], hint: '填了即按“已销项”导入;空着则按“已受理”导入,照常跟进' }),
  closedAt: column('办结时间', moment, { synonyms: ['完成时间', '销项时间', '处理完成时间'], hint: `${momentHint};空着按投诉时间` }),
};
type Columns = typeof columns;

interface ComplaintImportRecord {
  intake: ComplaintIntake;
  roomLabel: string | null;
  receiverId: number | null;
  result: string | null;
  closedAt: string | null;
  dueAt: string;
}

/**
 * 业主投诉 from an office's old ledger. A row with a 处理结果 was settled on paper and comes in 已销项; a row
 * without one is still open and comes in 已受理 with its deadline under today's rules, to be followed up here.
 */
export const complaintImportKind = defineImportKind({
  kind: 'complaints',
  label: '业主投诉',
  entity: complaintNumbering.entity,
  numbering: complaintNumbering,
  firstRevision: 0,
  columns,
  async begin(db, now) {
    return { ...(await officeLookups(db, now)), deadline: await complaintDeadlines(db) };
  },
  check(values, state) {
    const problems: RowProblem<Columns>[] = [];
    const receivedAt = localTime(values.receivedAt!);
    if (receivedAt > state.now) problems.push({ field: 'receivedAt', message: '投诉时间晚于现在,请核对' });
    const room = values.room === undefined ? null : findRoom(state, values.room);
    if (room && !room.ok) problems.push({ field: 'room', message: room.message });
    const receiver = values.receiver === undefined ? null : findStaff(state, values.receiver);
    if (receiver && !receiver.ok) problems.push({ field: 'receiver', message: receiver.message });
    // A day without a time is closed that day, no earlier than the complaint came in.
    const closedOn = values.closedAt ? localTime(values.closedAt) : null;
    const closedAt = closedOn && values.closedAt!.time === null && closedOn.slice(0, 10) === receivedAt.slice(0, 10) ? receivedAt : closedOn;
    if (closedAt && closedAt < receivedAt) problems.push({ field: 'closedAt', message: '办结时间早于投诉时间,请核对' });
    if (closedAt && values.result === undefined) problems.push({ field: 'result', message: '有办结时间时请填写处理结果' });
    const intake = parseRow(
      complaintIntake,
      {
        complainantName: values.complainant ?? null,
        roomId: room?.ok ? room.id : null,
        phone: values.phone ?? null,
        receivedAt,
        channel: values.channel ?? 'phone',
        referralSource: values.referralSource ?? null,
        content: values.content,
        demand: values.demand ?? null,
        category: values.category ?? 'other',
        severity: values.severity ?? 'general',
      },
      { complainantName: 'complainant', phone: 'phone', receivedAt: 'receivedAt', channel: 'channel', referralSource: 'referralSource', content: 'content', demand: 'demand' },
    );
    if (!intake.ok) problems.push(...intake.problems);
    if (problems.length > 0 || !intake.ok) return { problems };
    const record: ComplaintImportRecord = {
      intake: intake.value,
      roomLabel: values.room ?? null,
      receiverId: receiver?.ok ? receiver.id : null,
      result: values.result ?? null,
      closedAt: values.result === undefined ? null : (closedAt ?? receivedAt),
      dueAt: state.deadline(receivedAt, intake.value.severity),
    };
    return { record, at: receivedAt, originalNumber: values.originalNumber ?? null };
  },
  async write(trx, record: ComplaintImportRecord, _state, write) {
    return insertComplaint(trx, complaintRow(record, write));
  },
  async writeMany(trx, records: readonly ImportedRecord<ComplaintImportRecord>[]) {
    return insertComplaints(trx, records.map(({ record, write }) => complaintRow(record, write)));
  },
});

/** The complaint an imported row comes to: received by its 受理人 (the importer when none), settled or still open. */
function complaintRow(record: ComplaintImportRecord, { staffId, now, number }: ImportWrite): Insertable<ComplaintTable> {
  const { intake } = record;
  const receiver = record.receiverId ?? staffId;
  return {
    number: number!,
    received_at: intake.receivedAt,
    channel: intake.channel,
    referral_source: intake.channel === 'referral' ? intake.referralSource : null,
    anonymous: intake.anonymous ? 1 : 0,
    complainant_name: intake.anonymous ? null : intake.complainantName,
    phone: intake.anonymous ? null : intake.phone,
    room_id: intake.roomId,
    room_label: record.roomLabel,
    address: null,
    target_department_id: null,
    target_description: null,
    content: intake.content,
    demand: intake.demand,
    category: intake.category,
    severity: intake.severity,
    urgent: 0,
    validity: null,
    status: record.result === null ? 'accepted' : 'resolved',
    receiver_staff_id: receiver,
    revision: 0,
    created_by: staffId,
    created_at: now,
    updated_at: now,
    due_at: record.dueAt,
    handling_result: record.result,
    handled_by: record.result === null ? null : receiver,
    handled_at: record.closedAt,
  };
}
