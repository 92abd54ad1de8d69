import type { Insertable } from 'kysely';
import type { RepairTable } from '../../db/schema';
import { repairCategories, repairNumbering, repairUrgencies, repairWorkKinds } from '../../../../shared/domain/repairs/repair';
import { repairIntake, type RepairIntake } from '../../../../shared/domain/repairs/repairSchemas';
import { amountFen, choice, moment, text } from '../../imports/cellReaders';
import { momentHint, originalNumberColumn, phoneColumn, roomColumn, staffColumn } from '../../imports/commonColumns';
import { column, defineImportKind, type RowProblem, type ImportedRecord, type ImportWrite } from '../../imports/importKind';
import { findRoom, findStaff, localTime, officeLookups } from '../../imports/officeLookups';
import { parseRow } from '../../imports/rowSchema';
import { insertRepairRow, insertRepairRows } from './repairRepository';

const columns = {
  originalNumber: originalNumberColumn('报修编号'),
  reportedAt: column('报修时间', moment, { synonyms: ['报修日期', '登记时间', '受理时间', '日期', '时间'], required: true, hint: momentHint }),
  room: roomColumn(),
  reporter: column('报修人', text(40), { synonyms: ['业主姓名', '报修人姓名', '姓名', '业主', '客户姓名'], required: true, hint: '必填' }),
  phone: phoneColumn('联系电话', '报修人电话'),
  location: column('报修部位', text(100), { synonyms: ['维修部位', '部位', '地点', '位置'], hint: '如 厨房、卫生间' }),
  content: column('报修内容', text(2000), { synonyms: ['内容', '报修事项', '故障描述', '问题描述', '维修内容'], required: true, hint: '必填' }),
  category: column(
    '报修类别',
    choice(repairCategories, { 水电: 'plumbing', 给水: 'plumbing', 排水: 'plumbing', 水管: 'plumbing', 电气: 'electrical', 照明: 'electrical', 门窗: 'doorsWindows', 土建: 'building', 公共: 'publicFacility' }),
    { synonyms: ['类别', '分类', '维修类别'], whenEmpty: '其他', hint: Object.values(repairCategories).join('、') },
  ),
  workKind: column('维修类或非维修类', choice(repairWorkKinds, { 维修: 'repair', 非维修: 'service' }), { synonyms: ['维修类型', '性质'], whenEmpty: '维修类', hint: '维修类 或 非维修类' }),
  urgency: column('紧急程度', choice(repairUrgencies, { 普通: 'normal', 急: 'urgent', 加急: 'urgent' }), { synonyms: ['是否紧急', '缓急'], whenEmpty: '一般', hint: '一般 或 紧急' }),
  receiver: staffColumn('受理人', ['接待人', '登记人', '记录人'], '导入人'),
  result: column('完成情况', text(2000), { synonyms: ['处理结果', '维修结果', '处理情况'], hint: '填了即按“已销项”导入;空着则按“已登记”导入,照常派工' }),
  completedAt: column('完成时间', moment, { synonyms: ['完工时间', '修复时间', '销项时间'], hint: `${momentHint};空着按报修时间` }),
  charge: column('收费金额', amountFen, { synonyms: ['收费', '费用', '金额'], hint: '如 50、¥50.00;空着或 0 为免费' }),
};
type Columns = typeof columns;

interface RepairImportRecord {
  intake: RepairIntake;
  roomLabel: string | null;
  receiverId: number | null;
  result: string | null;
  completedAt: string | null;
  chargeFen: number | null;
}

/** 报修 from the office's old repair book: finished repairs come in 已销项, the rest 已登记, to be dispatched here. */
export const repairImportKind = defineImportKind({
  kind: 'repairs',
  label: '客户报修',
  entity: repairNumbering.entity,
  numbering: repairNumbering,
  columns,
  begin: (db, now) => officeLookups(db, now),
  check(values, state) {
    const problems: RowProblem<Columns>[] = [];
    const reportedAt = localTime(values.reportedAt!);
    if (reportedAt > state.now) problems.push({ field: 'reportedAt', message: '报修时间晚于现在,请核对' });
    const room = values.room === undefined ? null : findRoom(state, values.room);
    if (room && !room.ok) problems.push({ field: 'room', message: room.message });
    const receiver = values.receiver === undefined ? null : findStaff(state, values.receiver);
    if (receiver && !receiver.ok) problems.push({ field: 'receiver', message: receiver.message });
    const done = values.completedAt ? localTime(values.completedAt) : null;
    const completedAt = done && values.completedAt!.time === null && done.slice(0, 10) === reportedAt.slice(0, 10) ? reportedAt : done;
    if (completedAt && completedAt < reportedAt) problems.push({ field: 'completedAt', message: '完成时间早于报修时间,请核对' });
    if ((completedAt || values.charge !== undefined) && values.result === undefined) problems.push({ field: 'result', message: '有完成时间或收费时请填写完成情况' });
    const intake = parseRow(
      repairIntake,
      {
        reportedAt,
        roomId: room?.ok ? room.id : null,
        reporterName: values.reporter,
        phone: values.phone ?? null,
        content: values.content,
        location: values.location ?? null,
        category: values.category ?? 'other',
        workKind: values.workKind ?? 'repair',
        urgency: values.urgency ?? 'normal',
      },
      { reportedAt: 'reportedAt', reporterName: 'reporter', phone: 'phone', content: 'content', location: 'location' },
    );
    if (!intake.ok) problems.push(...intake.problems);
    if (problems.length > 0 || !intake.ok) return { problems };
    const result = values.result ?? null;
    const record: RepairImportRecord = {
      intake: intake.value,
      roomLabel: values.room ?? null,
      receiverId: receiver?.ok ? receiver.id : null,
      result,
      completedAt: result === null ? null : (completedAt ?? reportedAt),
      chargeFen: values.charge ?? null,
    };
    return { record, at: reportedAt, originalNumber: values.originalNumber ?? null };
  },
  async write(trx, record: RepairImportRecord, _state, write) {
    return insertRepairRow(trx, repairRow(record, write));
  },
  async writeMany(trx, records: readonly ImportedRecord<RepairImportRecord>[]) {
    return insertRepairRows(trx, records.map(({ record, write }) => repairRow(record, write)));
  },
});

/** The repair an imported row comes to: closed when it has a result, otherwise accepted and followed up here. */
function repairRow(record: RepairImportRecord, { staffId, now, number }: ImportWrite): Insertable<RepairTable> {
  const { intake } = record;
  const receiver = record.receiverId ?? staffId;
  const finished = record.result !== null;
  const charged = (record.chargeFen ?? 0) > 0;
  return {
    number: number!,
    reported_at: intake.reportedAt,
    room_id: intake.roomId,
    room_label: record.roomLabel,
    reporter_name: intake.reporterName,
    phone: intake.phone,
    location: intake.location,
    content: intake.content,
    category: intake.category,
    work_kind: intake.workKind,
    urgency: intake.urgency,
    status: finished ? 'closed' : 'accepted',
    receiver_staff_id: receiver,
    call_id: null,
    created_at: now,
    updated_at: now,
    completed_at: record.completedAt,
    completed_by: finished ? receiver : null,
    result: record.result,
    charge_type: finished ? (charged ? 'priceList' : 'free') : null,
    charge_fen: finished && charged ? record.chargeFen : null,
    closed_at: record.completedAt,
  };
}
