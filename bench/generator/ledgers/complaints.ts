import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity, ComplaintStatus } from '../../../shared/domain/complaints/complaint';
import { complaintSearchDocument } from '../../../electron/app/ledgers/complaints/complaintSearchTokens';
import { handlingResults, revisitFeedback, targetDescriptions, complaintText } from '../phrases';
import { localTime, type GeneratedOffice } from '../office';
import type { LedgerGenerator } from '../registry';
import { caseWordsWriter } from './caseWords';
import { revisitNumbering } from '../../../shared/domain/revisits/revisit';
import { workOrderNumbering } from '../../../shared/domain/workOrders/workOrder';
import { complaintNumbering } from '../../../shared/domain/complaints/complaint';

const hour = 3_600_000;
const day = 24 * hour;

const categoryWeights: Record<ComplaintCategory, number> = { maintenance: 34, cleaning: 18, order: 14, general: 10, reception: 8, greening: 6, department: 6, other: 4 };
const severityWeights: Record<ComplaintSeverity, number> = { minor: 25, general: 62, major: 9, serious: 4 };
const channelWeights: Record<ComplaintChannel, number> = { phone: 55, inPerson: 25, written: 5, letter: 2, email: 3, anonymous: 5, referral: 5 };

/** How far a complaint has come, by its age: old ones are archived, this week's still on the desk. */
function statusByAge(office: GeneratedOffice, ageDays: number): ComplaintStatus {
  const { random } = office;
  if (ageDays > 45) return random.weighted({ archived: 94, invalid: 4, voided: 2 });
  if (ageDays > 15) return random.weighted({ archived: 60, resolved: 30, awaitingRevisit: 7, invalid: 3 });
  if (ageDays > 3) return random.weighted({ awaitingRevisit: 30, awaitingReview: 25, inProgress: 25, resolved: 20 });
  return random.weighted({ accepted: 35, dispatched: 35, inProgress: 30 });
}

const reached = (status: ComplaintStatus, ...any: ComplaintStatus[]) => any.includes(status);

/**
 * Complaints over ten years with their work orders, revisits, history chain, signed-form links and search
 * index, written with prepared statements in large transactions, exactly into the app's migrated tables.
 */
export const complaintGenerator: LedgerGenerator = {
  name: 'complaints',
  share: 43,
  generate(office, records) {
    const { raw, random } = office;
    const insertComplaint = raw.prepare(`INSERT INTO complaints (number, received_at, channel, referral_source, anonymous, complainant_name, room_id, room_label, phone, address,
      target_department_id, target_description, content, demand, category, severity, urgent, validity, status, receiver_staff_id, revision, created_by, created_at, updated_at,
      due_at, round, investigator_staff_id, findings, handling_result, handled_by, handled_at, reviewed_by, reviewed_at, revisit_due_at, resolved_at, archived_at, archived_by,
      voided_at, voided_by, void_reason, extension_count)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,0,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)`);
    const insertOrder = raw.prepare(`INSERT INTO work_orders (number, complaint_id, department_id, assignee_staff_id, issued_by, issued_at, due_at, instructions, collected_at, closed_at, status)
      VALUES (?,?,?,?,?,?,?,?,?,?,?)`);
    const insertRevisit = raw.prepare(`INSERT INTO revisits (number, subject_kind, subject_id, purpose, status, window_from, due_at, required_role, room_label, owner_name,
      method, revisitor_staff_id, revisited_at, feedback, satisfaction, attitude_satisfaction, reopened, created_by, created_at, updated_at)
      VALUES (?,'complaint',?,'completion','done',?,?,'clerk',?,?,?,?,?,?,?,'satisfied',0,?,?,?)`);
    const insertSearch = raw.prepare('INSERT INTO complaint_search (rowid, doc) VALUES (?, ?)');
    const caseWords = caseWordsWriter(raw);
    const linkAttachment = raw.prepare("INSERT INTO record_attachments (entity, entity_id, attachment_id, kind, file_name, revision, created_by, created_at) VALUES ('complaint', ?, ?, 'signedForm', ?, 0, ?, ?)");

    // About 2.9 records per complaint (the complaint, its work orders, its revisit), over ten years by the office's rhythm.
    const expected = Math.max(1, Math.round(records / 2.9));
    const counts = { complaints: 0, work_orders: 0, revisits: 0, record_attachments: 0 };
    let produced = 0;
    const batch = raw.transaction((from: number, to: number) => {
      for (let i = from; i < to && produced < records; i++) {
        let at = office.timeAt((i + random.next()) / expected);
        // Some are entered days after they came in: the list's order is by 投诉时间, not by entry.
        if (random.chance(0.02)) at -= random.next() * 3 * day;
        const receivedAt = localTime(Math.min(at, office.now - hour));
        const ageDays = (office.now - at) / day;
        const category = random.weighted(categoryWeights);
        const severity = random.weighted(severityWeights);
        const channel = random.weighted(channelWeights);
        const anonymous = channel === 'anonymous' || random.chance(0.02);
        const room = random.chance(0.92) ? office.busyRoom() : null;
        const name = anonymous ? null : room && random.chance(0.8) ? room.ownerName : office.personName();
        const phone = anonymous ? null : room && random.chance(0.8) ? room.ownerPhone : office.phone();
        const text = complaintText(random, category);
        const status = statusByAge(office, ageDays);
        const clerk = random.pick(office.clerks);
        const supervisor = random.pick(office.supervisors);
        const department = random.pick(office.departments);
        const worker = random.pick(department.staff);
        const t = (offset: number) => localTime(Math.min(at + offset, office.now - 60_000));
        const handled = reached(status, 'awaitingReview', 'awaitingRevisit', 'resolved', 'archived');
        const reviewed = reached(status, 'awaitingRevisit', 'resolved', 'archived');
        const revisited = reached(status, 'resolved', 'archived');
        const number = office.numbers.next(complaintNumbering, receivedAt);
        const roomLabel = room ? room.label : random.chance(0.3) ? `${random.int(1, 30)}号商铺` : null;
        const id = Number(
          insertComplaint.run(
            number, receivedAt, channel, channel === 'referral' ? '政府热线' : null, anonymous ? 1 : 0, name, room?.id ?? null, roomLabel, phone, null,
            random.chance(0.2) ? department.id : null, random.chance(0.15) ? random.pick(targetDescriptions) : null, text.content, text.demand, category, severity,
            random.chance(0.03) ? 1 : 0, status === 'invalid' ? 'invalid' : handled ? 'valid' : null, status, clerk, clerk, t(5 * 60_000), t(day),
            `${localTime(at + (severity === 'serious' ? 1 : 3) * day).slice(0, 10)}T23:59:59`,
            handled ? worker : null, handled ? `现场查看,${text.content.slice(0, 20)}属实` : null, handled ? random.pick(handlingResults) : null,
            handled ? worker : null, handled ? t(2 * day) : null, reviewed ? supervisor : null, reviewed ? t(2 * day + 4 * hour) : null,
            reviewed ? t(5 * day) : null, revisited ? t(4 * day) : null, status === 'archived' ? t(10 * day) : null, status === 'archived' ? clerk : null,
            status === 'voided' ? t(hour) : null, status === 'voided' ? supervisor : null, status === 'voided' ? '重复登记' : null,
          ).lastInsertRowid,
        );
        insertSearch.run(id, complaintSearchDocument({ number, received_at: receivedAt, content: text.content, demand: text.demand, complainant_name: name, target_description: null, phone, room_label: roomLabel }));
        caseWords.add(id, text.content, text.demand);
        counts.complaints++;
        produced++;
        office.history.append('complaint', id, t(5 * 60_000), clerk, '受理', `登记投诉 ${number}`);
        if (status === 'voided') office.history.append('complaint', id, t(hour), supervisor, '作废', '作废:重复登记');
        if (status === 'invalid') office.history.append('complaint', id, t(day), supervisor, '无效', '认定为无效投诉');
        if (reached(status, 'dispatched', 'inProgress') || handled) {
          const reassigned = random.chance(0.08);
          for (let n = reassigned ? 2 : 1; n > 0; n--) {
            const last = n === 1;
            const orderNumber = office.numbers.next(workOrderNumbering, t(hour));
            const orderStatus = !last ? 'reassigned' : handled ? 'done' : status === 'inProgress' ? 'collected' : 'issued';
            const orderId = Number(
              insertOrder.run(orderNumber, id, department.id, worker, clerk, t(hour), t(day), text.demand, orderStatus === 'issued' ? null : t(2 * hour), handled || !last ? t(2 * day) : null, orderStatus).lastInsertRowid,
            );
            office.history.append('workOrder', orderId, t(hour), clerk, '派工', `开具派工单 ${orderNumber}`);
            counts.work_orders++;
            produced++;
          }
          office.history.append('complaint', id, t(hour), clerk, '派工', `派工至部门 ${department.id}`);
        }
        if (handled) office.history.append('complaint', id, t(2 * day), worker, '处理', '填写处理结果');
        if (reviewed) office.history.append('complaint', id, t(2 * day + 4 * hour), supervisor, '审核', '审核通过');
        if (revisited) {
          const satisfaction = random.weighted({ satisfied: 80, fairlySatisfied: 16, unsatisfied: 4 });
          const revisitedAt = t(4 * day);
          insertRevisit.run(
            office.numbers.next(revisitNumbering, revisitedAt), id, t(2 * day + 4 * hour), t(5 * day), roomLabel, name,
            random.weighted({ phone: 80, visit: 15, other: 5 }), clerk, revisitedAt, random.pick(revisitFeedback), satisfaction, clerk, t(2 * day + 4 * hour), revisitedAt,
          );
          office.history.append('complaint', id, t(4 * day), clerk, '回访', `回访:${satisfaction}`);
          counts.revisits++;
          produced++;
        }
        if (status === 'archived') {
          office.history.append('complaint', id, t(10 * day), clerk, '归档', '归档');
          if (random.chance(0.03)) {
            linkAttachment.run(id, office.scan('pdf'), `${number}-签字扫描.pdf`, clerk, t(3 * day));
            counts.record_attachments++;
          }
        }
      }
    });
    for (let from = 0; produced < records; from += 20_000) batch(from, from + 20_000);
    raw.transaction(() => caseWords.finish())();
    return counts;
  },
};
