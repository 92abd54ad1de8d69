import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRowsKept, fileAtVersion, indexesOf, insertRow, snapshot, type FileAtVersion } from './fileAtVersion';
import { leakComplaint, officeRows, staffIds } from './officeRows';

/** A revisits-ledger database upgraded by 0005: inspections of a complaint, and the 话术 panel seeded. */
describe('migration 0005 on a database with complaints and revisits', () => {
  let file: FileAtVersion;
  beforeEach(async () => {
    file = await fileAtVersion(4);
    officeRows(file.raw);
    insertRow(file.raw, 'complaints', { ...leakComplaint, status: 'inProgress', due_at: '2026-10-15T23:59:59', investigator_staff_id: staffIds.engineer });
    insertRow(file.raw, 'revisits', {
      number: 'HF-202610-0001', subject_kind: 'complaint', subject_id: 1, purpose: 'completion', status: 'planned', window_from: '2026-10-15T00:00:00',
      due_at: '2026-10-22T23:59:59', required_role: 'clerk', room_label: '3-1-1502', owner_name: '陈喆', created_by: staffIds.clerk,
      created_at: '2026-10-15T09:00:00', updated_at: '2026-10-15T09:00:00',
    });
  });
  afterEach(() => file.close());

  it('keeps the complaints and revisits, and takes an inspection of an old complaint', async () => {
    const before = snapshot(file.raw);
    expect(await file.upgrade()).toEqual(['0005_inspections_scripts']);
    expectRowsKept(before, snapshot(file.raw));

    insertRow(file.raw, 'inspections', {
      number: 'XC-202610-0001', complaint_id: 1, inspected_at: '2026-10-13T15:00:00', place: '3栋1单元1602卫生间', inspector_staff_id: staffIds.engineer,
      findings: '1602卫生间地漏周边防水层开裂,楼下1502天花板有水渍', follow_up: '约业主周六重做防水', outcome: 'followUp',
      created_by: staffIds.clerk, created_at: '2026-10-13T16:00:00', updated_at: '2026-10-13T16:00:00',
    });
    expect(file.raw.prepare('select i.number, i.revision, c.number as complaint from inspections i join complaints c on c.id = i.complaint_id').all()).toEqual([
      { number: 'XC-202610-0001', revision: 0, complaint: 'TS-202610-0001' },
    ]);
    expect(indexesOf(file.raw, 'inspections')).toMatchObject({
      inspections_complaint: ['complaint_id', 'inspected_at'],
      inspections_inspected_at: ['inspected_at'],
    });
  });

  it('seeds the front desk phrases, numbered within each situation and all in use', async () => {
    await file.upgrade();
    const counts = file.raw.prepare('select situation, count(*) as phrases, min(sort_order) as first, max(sort_order) as last, min(active) as active from service_scripts group by situation order by min(id)').all();
    expect(counts).toEqual([
      { situation: 'greeting', phrases: 2, first: 1, last: 2, active: 1 },
      { situation: 'apology', phrases: 2, first: 1, last: 2, active: 1 },
      { situation: 'angry', phrases: 3, first: 1, last: 3, active: 1 },
      { situation: 'dialect', phrases: 2, first: 1, last: 2, active: 1 },
      { situation: 'unanswerable', phrases: 2, first: 1, last: 2, active: 1 },
      { situation: 'transfer', phrases: 1, first: 1, last: 1, active: 1 },
      { situation: 'revisit', phrases: 6, first: 1, last: 6, active: 1 },
      { situation: 'closing', phrases: 2, first: 1, last: 2, active: 1 },
    ]);
    expect(file.raw.prepare("select title, text from service_scripts where situation = 'greeting' order by sort_order limit 1").get()).toEqual({
      title: '接听第一句',
      text: '您好,{管理处}客服中心,请问有什么可以帮您?',
    });
    expect(indexesOf(file.raw, 'service_scripts')).toMatchObject({ service_scripts_order: ['situation', 'sort_order'] });
  });
});
