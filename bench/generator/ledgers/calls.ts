import { callAnswers, callMatters } from '../phrases';
import { localMs, localTime } from '../office';
import type { LedgerGenerator } from '../registry';
import { callNumbering } from '../../../shared/domain/calls/call';

const minute = 60_000;

interface CallPlan {
  at: number;
  roomId: number | null;
  roomLabel: string | null;
  name: string | null;
  phone: string | null;
  matter: string;
  link: { kind: 'repair' | 'complaint'; id: number; number: string } | null;
}

/**
 * 来电记录 over ten years: most answered on the spot as consultations, about a quarter turned into one of the
 * office's repairs and one in ten into one of its phone complaints (the call carries that record's time, room,
 * caller and matter, and both are linked as callToRepair / callToComplaint link them), the last hours' still
 * pending. Runs after the repair and complaint generators.
 */
export const callGenerator: LedgerGenerator = {
  name: 'calls',
  share: 20,
  generate(office, records) {
    const { raw, random } = office;
    const plans: CallPlan[] = [];
    const pickLinked = (kind: 'repair' | 'complaint', sql: string, wanted: number) => {
      const rows = raw.prepare(sql).all() as { id: number; number: string; at: string; room_id: number | null; room_label: string | null; name: string | null; phone: string | null; content: string }[];
      const chance = rows.length === 0 ? 0 : Math.min(1, wanted / rows.length);
      for (const row of rows) {
        if (!random.chance(chance)) continue;
        plans.push({ at: localMs(row.at), roomId: row.room_id, roomLabel: row.room_label, name: row.name, phone: row.phone, matter: row.content, link: { kind, id: row.id, number: row.number } });
      }
    };
    pickLinked('repair', 'SELECT id, number, reported_at AS at, room_id, room_label, reporter_name AS name, phone, content FROM repairs WHERE call_id IS NULL ORDER BY id', records * 0.25);
    pickLinked('complaint', "SELECT id, number, received_at AS at, room_id, room_label, complainant_name AS name, phone, content FROM complaints WHERE channel = 'phone' AND status != 'voided' ORDER BY id", records * 0.1);
    const consultations = Math.max(0, records - plans.length);
    for (let i = 0; i < consultations; i++) {
      const room = random.chance(0.75) ? office.busyRoom() : null;
      plans.push({
        at: office.timeAt((i + random.next()) / Math.max(1, consultations)),
        roomId: room?.id ?? null,
        roomLabel: room?.label ?? null,
        name: room && random.chance(0.8) ? room.ownerName : random.chance(0.5) ? office.personName() : null,
        phone: room && random.chance(0.8) ? room.ownerPhone : office.phone(),
        matter: random.pick(callMatters),
        link: null,
      });
    }
    plans.sort((a, b) => a.at - b.at);

    const insertCall = raw.prepare(`INSERT INTO calls (number, called_at, room_id, room_label, caller_name, phone, matter, recorded_by, outcome, answer, answered_by, answered_at,
      repair_id, complaint_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    const linkRepair = raw.prepare('UPDATE repairs SET call_id = ? WHERE id = ?');
    const counts = { calls: 0 };
    const batch = raw.transaction((from: number, to: number) => {
      for (const plan of plans.slice(from, to)) {
        const clerk = random.pick(office.clerks);
        const calledAt = localTime(Math.min(plan.at, office.now - minute));
        const createdAt = localTime(Math.min(plan.at + minute, office.now - minute));
        const settledAt = localTime(Math.min(plan.at + random.int(2, 6) * minute, office.now - minute));
        const pending = !plan.link && office.now - plan.at < 4 * 3_600_000 && random.chance(0.4);
        const outcome = plan.link ? plan.link.kind : pending ? 'pending' : 'consultation';
        const answer = outcome === 'consultation' ? random.pick(callAnswers) : null;
        const number = office.numbers.next(callNumbering, createdAt);
        const id = Number(
          insertCall.run(
            number, calledAt, plan.roomId, plan.roomLabel, plan.name, plan.phone, plan.matter, clerk, outcome, answer, pending ? null : clerk, pending ? null : settledAt,
            plan.link?.kind === 'repair' ? plan.link.id : null, plan.link?.kind === 'complaint' ? plan.link.id : null, createdAt, pending ? createdAt : settledAt,
          ).lastInsertRowid,
        );
        counts.calls++;
        office.history.append('call', id, createdAt, clerk, '来电', `登记来电 ${number}`);
        if (plan.link?.kind === 'repair') {
          linkRepair.run(id, plan.link.id);
          office.history.append('repair', plan.link.id, settledAt, clerk, '来电转入', `由来电 ${number} 转为报修`);
          office.history.append('call', id, settledAt, clerk, '转报修', `转为报修 ${plan.link.number}`);
        } else if (plan.link?.kind === 'complaint') {
          office.history.append('complaint', plan.link.id, settledAt, clerk, '来电转入', `由来电 ${number} 转为投诉`);
          office.history.append('call', id, settledAt, clerk, '转投诉', `转为投诉 ${plan.link.number}`);
        } else if (!pending) {
          office.history.append('call', id, settledAt, clerk, '咨询已答复', `咨询已答复:${answer}`);
        }
      }
    });
    for (let from = 0; from < plans.length; from += 20_000) batch(from, from + 20_000);
    return counts;
  },
};
