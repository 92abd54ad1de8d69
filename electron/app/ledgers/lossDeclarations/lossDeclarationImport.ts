import type { Insertable } from 'kysely';
import type { LossDeclarationTable } from '../../db/schema';
import { lossDeclarationNumbering, lossPeriodEndsOn, lostDocumentTypes, paymentPurposes } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import { lossDeclarationIntake, type LossDeclarationIntake } from '../../../../shared/domain/lossDeclarations/lossDeclarationSchemas';
import { amountFen, choice, idNumber, moment, text } from '../../imports/cellReaders';
import { momentHint, originalNumberColumn, phoneColumn, roomColumn, staffColumn } from '../../imports/commonColumns';
import { column, defineImportKind, type RowProblem, type ImportedRecord, type ImportWrite } from '../../imports/importKind';
import { findRoom, findStaff, localTime, officeLookups } from '../../imports/officeLookups';
import { parseRow } from '../../imports/rowSchema';
import { insertLossDeclaration, insertLossDeclarations } from './lossDeclarationRepository';

const columns = {
  originalNumber: originalNumberColumn('挂失编号'),
  declaredAt: column('挂失日期', moment, { synonyms: ['登记日期', '挂失时间', '日期'], required: true, hint: momentHint }),
  customer: column('客户姓名', text(40), { synonyms: ['客户名称', '姓名', '业主姓名', '交款人'], required: true, hint: '以收据上的客户名称为准' }),
  idNumber: column('身份证号', idNumber, {
    synonyms: ['身份证号码', '证件号码', '身份证'],
    required: true,
    hint: '18 位,末位校验码须正确;请先把该列设为文本,否则 Excel 会丢掉末几位',
  }),
  phone: { ...phoneColumn('联系电话', '客户电话'), required: true },
  room: roomColumn(),
  documentType: column('票据类型', choice(lostDocumentTypes, { 收款收据: 'receipt', 收据遗失: 'receipt', 发票遗失: 'invoice', 增值税发票: 'invoice' }), {
    synonyms: ['遗失票据', '票据', '类型'],
    required: true,
    hint: '收据 或 发票',
  }),
  documentNumber: column('票据号码', text(40), { synonyms: ['收据号码', '发票号码', '收据号', '发票号', '票号'], required: true, hint: '如 No.0012345' }),
  amount: column('金额', amountFen, { synonyms: ['金额(元)', '票据金额', '收款金额'], required: true, hint: '如 20000、¥20,000.00 或 2万元' }),
  issueDate: column('开具日期', moment, { synonyms: ['开票日期', '收款日期', '开具时间'], required: true, hint: '如 2026/3/15' }),
  purpose: column('款项用途', choice(paymentPurposes, { 购房款: 'housePayment', 首付款: 'housePayment', 定金: 'deposit', 订金: 'deposit', 代收费: 'collectedFees' }), {
    synonyms: ['用途', '收款事由'],
    required: true,
    hint: Object.values(paymentPurposes).join('、'),
  }),
  purposeOther: column('用途说明', text(40), { synonyms: ['其他用途'], hint: '款项用途为“其他”时必填' }),
  consultant: staffColumn('置业顾问', ['经办人', '接待人', '顾问'], '导入人'),
  agentName: column('代理人', text(40), { synonyms: ['代办人', '代理人姓名'], hint: '由代理人办理时填写' }),
  agentIdNumber: column('代理人身份证号', idNumber, { synonyms: ['代办人身份证号', '代理人证件号码'], hint: '由代理人办理时必填' }),
};
type Columns = typeof columns;

interface LossImportRecord {
  intake: LossDeclarationIntake;
  declaredAt: string;
  roomLabel: string | null;
}

/**
 * 收据、发票遗失声明 from the office's old register: each comes in 挂失中 with its 挂失期 counted from the day it
 * was declared, so a period that has run out shows at the desk as due for its outcome.
 */
export const lossDeclarationImportKind = defineImportKind({
  kind: 'lossDeclarations',
  label: '收据、发票遗失声明',
  entity: lossDeclarationNumbering.entity,
  numbering: lossDeclarationNumbering,
  columns,
  begin: (db, now) => officeLookups(db, now),
  check(values, state) {
    const problems: RowProblem<Columns>[] = [];
    const declaredAt = localTime(values.declaredAt!);
    if (declaredAt > state.now) problems.push({ field: 'declaredAt', message: '挂失日期晚于现在,请核对' });
    const issueDate = values.issueDate?.date;
    if (issueDate && issueDate > declaredAt.slice(0, 10)) problems.push({ field: 'issueDate', message: '开具日期晚于挂失日期,请核对' });
    const room = values.room === undefined ? null : findRoom(state, values.room);
    if (room && !room.ok) problems.push({ field: 'room', message: room.message });
    const consultant = values.consultant === undefined ? null : findStaff(state, values.consultant);
    if (consultant && !consultant.ok) problems.push({ field: 'consultant', message: consultant.message });
    const byAgent = values.agentName !== undefined || values.agentIdNumber !== undefined;
    const intake = parseRow(
      lossDeclarationIntake,
      {
        customerName: values.customer,
        idNumber: values.idNumber,
        phone: values.phone,
        roomId: room?.ok ? room.id : null,
        documentType: values.documentType,
        documentNumber: values.documentNumber,
        amountFen: values.amount,
        issueDate,
        purpose: values.purpose,
        purposeOther: values.purposeOther ?? null,
        // Checked against its staff list above; the schema asks for an id.
        consultantStaffId: consultant?.ok ? consultant.id : 1,
        byAgent,
        agentName: values.agentName ?? null,
        agentIdNumber: values.agentIdNumber ?? null,
      },
      {
        customerName: 'customer',
        idNumber: 'idNumber',
        phone: 'phone',
        amountFen: 'amount',
        purposeOther: 'purposeOther',
        agentName: 'agentName',
        agentIdNumber: 'agentIdNumber',
      },
    );
    if (!intake.ok) problems.push(...intake.problems);
    if (problems.length > 0 || !intake.ok) return { problems };
    const record: LossImportRecord = { intake: { ...intake.value, consultantStaffId: consultant?.ok ? consultant.id : 0 }, declaredAt, roomLabel: values.room ?? null };
    return { record, at: declaredAt, originalNumber: values.originalNumber ?? null };
  },
  async write(trx, record: LossImportRecord, _state, write) {
    return insertLossDeclaration(trx, lossDeclarationRow(record, write));
  },
  async writeMany(trx, records: readonly ImportedRecord<LossImportRecord>[]) {
    return insertLossDeclarations(trx, records.map(({ record, write }) => lossDeclarationRow(record, write)));
  },
});

/** The loss declaration an imported row comes to: reported, its period counted from the day it was declared. */
function lossDeclarationRow(record: LossImportRecord, { staffId, now, number }: ImportWrite): Insertable<LossDeclarationTable> {
  const { intake } = record;
  return {
    number: number!,
    declared_at: record.declaredAt,
    status: 'reported',
    customer_name: intake.customerName,
    id_number: intake.idNumber,
    phone: intake.phone,
    room_id: intake.roomId,
    room_label: record.roomLabel,
    document_type: intake.documentType,
    document_number: intake.documentNumber,
    amount_fen: intake.amountFen,
    issue_date: intake.issueDate,
    purpose: intake.purpose,
    purpose_other: intake.purposeOther,
    consultant_staff_id: intake.consultantStaffId || staffId,
    by_agent: intake.byAgent ? 1 : 0,
    agent_name: intake.agentName,
    agent_id_number: intake.agentIdNumber,
    period_ends_on: lossPeriodEndsOn(record.declaredAt.slice(0, 10)),
    created_by: staffId,
    created_at: now,
    updated_at: now,
  };
}
