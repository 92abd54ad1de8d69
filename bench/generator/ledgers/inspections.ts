import type { InspectionOutcome } from '../../../shared/domain/inspections/inspection';
import { inspectionFindings, inspectionPlaces } from '../phrases';
import { localMs, localTime } from '../office';
import type { LedgerGenerator } from '../registry';
import { inspectionNumbering } from '../../../shared/domain/inspections/inspection';

const hour = 3_600_000;

/**
 * 客户投诉巡查记录 on the office's complaints (never voided ones, as createInspection refuses): serious and major
 * complaints are inspected far more often, some twice. Runs after the complaint generator.
 */
export const inspectionGenerator: LedgerGenerator = {
  name: 'inspections',
  share: 5,
  generate(office, records) {
    const { raw, random } = office;
    const complaints = raw
      .prepare("SELECT id, number, received_at, handled_at, severity FROM complaints WHERE status NOT IN ('voided', 'accepted') ORDER BY id")
      .all() as { id: number; number: string; received_at: string; handled_at: string | null; severity: string }[];
    const weight = (severity: string) => (severity === 'serious' ? 8 : severity === 'major' ? 3 : 1);
    const totalWeight = complaints.reduce((sum, row) => sum + weight(row.severity), 0);
    const insert = raw.prepare(`INSERT INTO inspections (number, complaint_id, inspected_at, place, inspector_staff_id, findings, follow_up, outcome, revision, created_by, created_at, updated_at)
      VALUES (?,?,?,?,?,?,?,?,0,?,?,?)`);
    const counts = { inspections: 0 };
    raw.transaction(() => {
      for (const complaint of complaints) {
        const expected = (records * weight(complaint.severity)) / Math.max(1, totalWeight);
        let visits = Math.floor(expected) + (random.chance(expected - Math.floor(expected)) ? 1 : 0);
        let from = localMs(complaint.handled_at ?? complaint.received_at);
        while (visits-- > 0 && counts.inspections < records) {
          const at = Math.min(from + random.int(2, 72) * hour, office.now - hour);
          const inspectedAt = localTime(at);
          const createdAt = localTime(Math.min(at + 30 * 60_000, office.now - 60_000));
          const outcome = random.weighted<InspectionOutcome>({ resolved: 75, followUp: 15, notConfirmed: 10 });
          const inspector = random.pick(office.supervisors.concat(office.departments[0]!.staff));
          const clerk = random.pick(office.clerks);
          const number = office.numbers.next(inspectionNumbering, createdAt);
          const id = Number(
            insert.run(number, complaint.id, inspectedAt, random.pick(inspectionPlaces), inspector, random.pick(inspectionFindings), outcome === 'followUp' ? '安排责任班组三日内整改并复查' : null, outcome, clerk, createdAt, createdAt).lastInsertRowid,
          );
          office.history.append('inspection', id, createdAt, clerk, '登记', `登记巡查记录 ${number}(投诉 ${complaint.number})`);
          counts.inspections++;
          from = at;
        }
      }
    })();
    return counts;
  },
};
