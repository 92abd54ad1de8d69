import type { Insertable } from 'kysely';
import type { CallTable } from '../../db/schema';
import { callCreateInput, callNumbering } from '../../../../shared/domain/calls/call';
import { moment, text, timeOfDay } from '../../imports/cellReaders';
import { momentHint, originalNumberColumn, phoneColumn, roomColumn, staffColumn } from '../../imports/commonColumns';
import { column, defineImportKind, type RowProblem, type ImportedRecord, type ImportWrite } from '../../imports/importKind';
import { findRoom, findStaff, localTime, officeLookups } from '../../imports/officeLookups';
import { parseRow } from '../../imports/rowSchema';
import { insertCall, insertCalls } from './callRepository';

const columns = {
  originalNumber: originalNumberColumn('来电编号'),
  calledAt: column('来电时间', moment, { synonyms: ['来电日期', '日期', '登记时间'], required: true, hint: momentHint }),
  time: column('时间', timeOfDay, { synonyms: ['来电时刻'], hint: '日期与时间分两列时填,如 14:30' }),
  room: roomColumn(),
  caller: column('来电人', text(40), { synonyms: ['业主姓名', '来电人姓名', '姓名', '业主'], hint: '可空' }),
  phone: phoneColumn('联系电话', '来电号码'),
  matter: column('来电事项', text(1000), { synonyms: ['来电内容', '内容', '事项', '来电事由', '反映问题'], required: true, hint: '必填' }),
  answer: column('答复内容', text(1000), { synonyms: ['处理结果', '答复', '处理情况', '回复内容'], hint: '填了即按“咨询已答复”导入;空着按“待处理”导入' }),
  recorder: staffColumn('记录人', ['接听人', '登记人', '接待人'], '导入人'),
};
type Columns = typeof columns;

interface CallImportRecord {
  calledAt: string;
  roomId: number | null;
  roomLabel: string | null;
  callerName: string | null;
  phone: string | null;
  matter: string;
  recorderId: number | null;
  answer: string | null;
}

/** 来电 from the office's old call log: answered calls come in 咨询已答复, the rest 待处理 to be followed up here. */
export const callImportKind = defineImportKind({
  kind: 'calls',
  label: '来电登记',
  entity: callNumbering.entity,
  numbering: callNumbering,
  columns,
  begin: (db, now) => officeLookups(db, now),
  check(values, state) {
    const problems: RowProblem<Columns>[] = [];
    const calledAt = localTime(values.calledAt!, values.time);
    if (values.time !== undefined && values.calledAt!.time !== null) problems.push({ field: 'time', message: '来电时间已含时刻,“时间”列请留空' });
    if (calledAt > state.now) problems.push({ field: 'calledAt', message: '来电时间晚于现在,请核对' });
    const room = values.room === undefined ? null : findRoom(state, values.room);
    if (room && !room.ok) problems.push({ field: 'room', message: room.message });
    const recorder = values.recorder === undefined ? null : findStaff(state, values.recorder);
    if (recorder && !recorder.ok) problems.push({ field: 'recorder', message: recorder.message });
    const input = parseRow(
      callCreateInput,
      { calledAt, roomId: room?.ok ? room.id : null, callerName: values.caller ?? null, phone: values.phone ?? null, matter: values.matter },
      { calledAt: 'calledAt', callerName: 'caller', phone: 'phone', matter: 'matter' },
    );
    if (!input.ok) problems.push(...input.problems);
    if (problems.length > 0 || !input.ok) return { problems };
    const record: CallImportRecord = { ...input.value, calledAt, roomLabel: values.room ?? null, recorderId: recorder?.ok ? recorder.id : null, answer: values.answer ?? null };
    return { record, at: calledAt, originalNumber: values.originalNumber ?? null };
  },
  async write(trx, record: CallImportRecord, _state, write) {
    return insertCall(trx, callRow(record, write));
  },
  async writeMany(trx, records: readonly ImportedRecord<CallImportRecord>[]) {
    return insertCalls(trx, records.map(({ record, write }) => callRow(record, write)));
  },
});

/** The call an imported row comes to: answered as a consultation when it has an answer, otherwise pending. */
function callRow(record: CallImportRecord, { staffId, now, number }: ImportWrite): Insertable<CallTable> {
  const recorder = record.recorderId ?? staffId;
  return {
    number: number!,
    called_at: record.calledAt,
    room_id: record.roomId,
    room_label: record.roomLabel,
    caller_name: record.callerName,
    phone: record.phone,
    matter: record.matter,
    recorded_by: recorder,
    outcome: record.answer === null ? 'pending' : 'consultation',
    answer: record.answer,
    answered_by: record.answer === null ? null : recorder,
    answered_at: record.answer === null ? null : record.calledAt,
    created_at: now,
    updated_at: now,
  };
}
