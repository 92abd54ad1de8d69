import type { RepairCategory, RepairStatus, RepairWorkKind } from '../../../shared/domain/repairs/repair';
import { defaultRepairTimers } from '../../../shared/domain/repairs/repair';
import { fenToYuan } from '../../../shared/domain/money';
import { revisitMethods, satisfactionLevels, type RevisitMethod } from '../../../shared/domain/complaints/complaintLifecycle';
import { repairMaterials, repairResults, repairText } from '../phrases';
import { localTime, type GeneratedOffice } from '../office';
import type { LedgerGenerator } from '../registry';
import { repairNumbering } from '../../../shared/domain/repairs/repair';
import { revisitNumbering } from '../../../shared/domain/revisits/revisit';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const categoryWeights: Record<RepairCategory, number> = { plumbing: 34, electrical: 22, doorsWindows: 16, building: 10, publicFacility: 9, elevator: 5, other: 4 };
const hhmm = (iso: string) => iso.slice(5, 16).replace('T', ' ');
const changes = (pairs: Record<string, [unknown, unknown]>) => JSON.stringify(pairs);

/** How far a repair has come, by its age: old ones are closed after their revisit, today's still on the desk. */
function statusByAge(office: GeneratedOffice, ageDays: number): RepairStatus {
  const { random } = office;
  if (ageDays > 10) return random.weighted({ closed: 96, voided: 3, awaitingRevisit: 1 });
  if (ageDays > 1) return random.weighted({ closed: 40, awaitingRevisit: 45, inProgress: 10, voided: 5 });
  return random.weighted({ accepted: 15, dispatched: 25, collected: 20, inProgress: 25, awaitingRevisit: 15 });
}

/**
 * Repairs (报修) over ten years with their dispatch, collect, on-site and completion times on the row (as
 * repairSteps writes them), materials and charge in fen, the revisit planned at completion (done for closed
 * ones, with its reached attempt) and each step's history row with the changed fields.
 */
export const repairGenerator: LedgerGenerator = {
  name: 'repairs',
  share: 30,
  generate(office, records) {
    const { raw, random } = office;
    const insertRepair = raw.prepare(`INSERT INTO repairs (number, reported_at, room_id, room_label, reporter_name, phone, location, content, category, work_kind, urgency,
      status, receiver_staff_id, call_id, created_at, updated_at, department_id, assignee_staff_id, dispatched_by, dispatched_at, instructions, collect_due_at, collected_at,
      on_site_due_at, agreed_time_note, arrived_at, due_at, overrun_reason, overrun_approved_by, overrun_approved_at, completed_at, completed_by, result, materials,
      charge_type, charge_fen, revisit_due_at, round, closed_at, voided_at, voided_by, void_reason)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?)`);
    const insertRevisit = raw.prepare(`INSERT INTO revisits (number, subject_kind, subject_id, purpose, status, window_from, due_at, required_role, room_label, owner_name,
      method, revisitor_staff_id, revisited_at, feedback, satisfaction, attitude_satisfaction, reopened, created_by, created_at, updated_at)
      VALUES (?,'repair',?,'completion',?,?,?,'clerk',?,?,?,?,?,?,?,?,0,?,?,?)`);
    const insertAttempt = raw.prepare("INSERT INTO revisit_attempts (revisit_id, outcome, attempted_at, staff_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    const timers = defaultRepairTimers;

    // About 1.9 records per repair (the repair and its revisit).
    const expected = Math.max(1, Math.round(records / 1.9));
    const counts = { repairs: 0, revisits: 0, revisit_attempts: 0 };
    let produced = 0;
    const batch = raw.transaction((from: number, to: number) => {
      for (let i = from; i < to && produced < records; i++) {
        const at = office.timeAt((i + random.next()) / expected);
        const cap = (offset: number) => Math.min(at + offset, office.now - minute);
        const t = (offset: number) => localTime(cap(offset));
        const ageDays = (office.now - at) / day;
        const status = statusByAge(office, ageDays);
        const category = random.weighted(categoryWeights);
        const workKind: RepairWorkKind = random.chance(0.8) ? 'repair' : 'service';
        const urgency = random.chance(0.08) ? 'urgent' : 'normal';
        const room = random.chance(0.9) ? office.busyRoom() : null;
        const roomLabel = room ? room.label : random.pick(['会所', '地下车库', '东门岗亭', `${random.int(1, 24)}栋大堂`]);
        const name = room && random.chance(0.85) ? room.ownerName : office.personName();
        const phone = room && random.chance(0.85) ? room.ownerPhone : office.phone();
        const text = repairText(random, category);
        const clerk = random.pick(office.clerks);
        const supervisor = random.pick(office.supervisors);
        // Most repairs go to the engineering department (the second default one), the rest anywhere.
        const department = random.chance(0.7) ? office.departments[Math.min(1, office.departments.length - 1)]! : random.pick(office.departments);
        const worker = random.pick(department.staff);
        const reportedAt = localTime(Math.min(at, office.now - 2 * minute));
        const createdAt = t(2 * minute);
        const number = office.numbers.next(repairNumbering, createdAt);
        const dispatched = status !== 'accepted';
        const collected = dispatched && status !== 'dispatched';
        const arrived = collected && status !== 'collected';
        const completed = status === 'awaitingRevisit' || status === 'closed';
        const voided = status === 'voided';
        const dispatchedAtMs = cap(2 * minute + random.int(3, 15) * minute);
        const dispatchedAt = localTime(dispatchedAtMs);
        const collectedAtMs = cap(dispatchedAtMs - at + random.int(2, random.chance(0.1) ? 30 : 10) * minute);
        const arrivedAtMs = cap(collectedAtMs - at + random.int(8, random.chance(0.12) ? 60 : 30) * minute);
        const dueAt = localTime(dispatchedAtMs + (workKind === 'service' ? timers.serviceDays : timers.repairDays) * day);
        const completedAtMs = cap(arrivedAtMs - at + (random.chance(0.7) ? random.int(20, 180) * minute : random.int(4, 48) * hour));
        const completedAt = localTime(completedAtMs);
        const revisitDueAt = `${localTime(completedAtMs + timers.revisitDays * day).slice(0, 10)}T23:59:59`;
        const priced = completed && random.chance(0.35);
        const chargeFen = priced ? random.int(2, 60) * 500 : 0;
        const materials = completed ? (random.chance(0.6) ? `${random.pick(repairMaterials)}${random.chance(0.4) ? `、${random.pick(repairMaterials)}` : ''}` : '无') : null;
        const revisitedAtMs = cap(completedAtMs - at + random.int(1, 6) * day);
        const closed = status === 'closed';
        const voidedAt = t(random.int(1, 20) * hour);
        const updatedAt = closed ? localTime(revisitedAtMs) : completed ? completedAt : voided ? voidedAt : arrived ? localTime(arrivedAtMs) : collected ? localTime(collectedAtMs) : dispatched ? dispatchedAt : createdAt;
        const result = completed ? random.pick(repairResults) : null;
        const instructions = dispatched ? (urgency === 'urgent' ? '紧急,请立即到场' : random.chance(0.5) ? '请先电话联系业主约定时间' : null) : null;
        const id = Number(
          insertRepair.run(
            number, reportedAt, room?.id ?? null, roomLabel, name, phone, text.location, text.content, category, workKind, urgency,
            status, clerk, createdAt, updatedAt,
            dispatched ? department.id : null, dispatched ? worker : null, dispatched ? clerk : null, dispatched ? dispatchedAt : null, instructions,
            dispatched ? localTime(dispatchedAtMs + timers.collectMinutes * minute) : null, collected ? localTime(collectedAtMs) : null,
            collected ? localTime(collectedAtMs + timers.onSiteMinutes * minute) : null, null, arrived ? localTime(arrivedAtMs) : null, dispatched ? dueAt : null,
            null, null, null,
            completed ? completedAt : null, completed ? worker : null, result, materials, completed ? (priced ? 'priceList' : 'free') : null, completed ? chargeFen : null,
            completed ? revisitDueAt : null, closed ? localTime(revisitedAtMs) : null,
            voided ? voidedAt : null, voided ? supervisor : null, voided ? '业主已自行修好' : null,
          ).lastInsertRowid,
        );
        counts.repairs++;
        produced++;
        const history = office.history;
        history.append('repair', id, createdAt, clerk, '受理', `登记报修 ${number}`);
        if (dispatched) {
          history.append('repair', id, dispatchedAt, clerk, '派工', `派给 ${office.staffName(worker)},${timers.collectMinutes} 分钟内接单,要求 ${hhmm(dueAt)} 前完成`,
            changes({ status: ['accepted', 'dispatched'], departmentId: [null, department.id], assigneeStaffId: [null, worker], dispatchedAt: [null, dispatchedAt], dueAt: [null, dueAt] }));
        }
        if (collected) history.append('repair', id, localTime(collectedAtMs), worker, '接单', `${office.staffName(worker)} 接单,${timers.onSiteMinutes} 分钟内到场`, changes({ status: ['dispatched', 'collected'], collectedAt: [null, localTime(collectedAtMs)] }));
        if (arrived) history.append('repair', id, localTime(arrivedAtMs), worker, '到场', `${office.staffName(worker)} 到场`, changes({ status: ['collected', 'inProgress'], arrivedAt: [null, localTime(arrivedAtMs)] }));
        if (completed) {
          const charge = priced ? `按价目表收费 ${fenToYuan(chargeFen)} 元` : '免费';
          history.append('repair', id, completedAt, worker, '完成', `维修完成(${charge}),待回访`,
            changes({ status: ['inProgress', 'awaitingRevisit'], completedAt: [null, completedAt], result: [null, result], materials: [null, materials], chargeFen: [null, chargeFen] }));
          const revisitNumber = office.numbers.next(revisitNumbering, completedAt);
          const revisitedAt = localTime(revisitedAtMs);
          const satisfaction = closed ? random.weighted({ satisfied: 85, fairlySatisfied: 15 }) : null;
          const method = closed ? random.weighted<RevisitMethod>({ phone: 85, visit: 10, letter: 0, email: 0, other: 5 }) : null;
          const how = closed ? `${office.staffName(clerk)}${revisitMethods[method!]}回访,业主${satisfactionLevels[satisfaction!]}` : '';
          const revisitId = Number(
            insertRevisit.run(
              revisitNumber, id, closed ? 'done' : 'planned', `${completedAt.slice(0, 10)}T00:00:00`, revisitDueAt, roomLabel, name,
              method, closed ? clerk : null, closed ? revisitedAt : null,
              closed ? random.pick(['维修及时,已正常使用', '师傅态度很好', '基本满意', '使用正常,谢谢']) : null, satisfaction, closed ? 'satisfied' : null,
              worker, completedAt, closed ? revisitedAt : completedAt,
            ).lastInsertRowid,
          );
          history.append('revisit', revisitId, completedAt, worker, '计划回访', `报修 ${number}:完成回访,${completedAt.slice(0, 10)} 至 ${revisitDueAt.slice(0, 10)}`);
          counts.revisits++;
          produced++;
          if (closed) {
            if (random.chance(0.15)) {
              insertAttempt.run(revisitId, 'noAnswer', localTime(revisitedAtMs - 3 * hour), clerk, null, localTime(revisitedAtMs - 3 * hour));
              history.append('revisit', revisitId, localTime(revisitedAtMs - 3 * hour), clerk, '联系业户', '无人接听');
              counts.revisit_attempts++;
            }
            insertAttempt.run(revisitId, 'reached', revisitedAt, clerk, null, revisitedAt);
            counts.revisit_attempts++;
            history.append('revisit', revisitId, revisitedAt, clerk, '回访', how);
            history.append('repair', id, revisitedAt, clerk, '销项', `${how},满意,销项`, changes({ status: ['awaitingRevisit', 'closed'], closedAt: [null, revisitedAt] }));
          }
        }
        if (voided) history.append('repair', id, voidedAt, supervisor, '作废', '作废:业主已自行修好', changes({ status: ['accepted', 'voided'] }));
      }
    });
    for (let from = 0; produced < records; from += 20_000) batch(from, from + 20_000);
    return counts;
  },
};
