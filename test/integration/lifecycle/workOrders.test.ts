import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { steps } from '../../helpers/lifecycle';
import { pdfText } from '../../helpers/pdf';

describe('work orders (派工单)', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  it('numbers each order, shows it in the department queue until collected, and keeps re-dispatch history', async () => {
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    const first = await office.asClerk.call('complaints.dispatch', { ...steps.dispatch(office, complaint.id), instructions: '带上防水材料' });
    expect(first).toMatchObject({
      number: 'PG-202611-0001',
      complaintNumber: complaint.number,
      departmentName: '工程部(运行维护部)',
      assigneeName: '王堃',
      issuedByName: '王堃',
      location: '3-1-1502',
      phoneMasked: '139****5678',
      status: 'issued',
      dueAt: '2026-11-24T23:59:59',
    });
    const queue = await office.app.call('workOrders.list', { departmentId: office.engineering.id });
    expect(queue.items.map((order) => order.number)).toEqual(['PG-202611-0001']);
    expect((await office.app.call('desk.today', {})).lists.ordersNotCollected.total).toBe(1);

    const collected = await office.asClerk.call('workOrders.collect', { id: first.id });
    expect(collected).toMatchObject({ status: 'collected', collectedAt: '2026-11-23T10:00:00' });
    expect((await office.app.call('complaints.get', { id: complaint.id })).complaint.status).toBe('inProgress');
    expect(await office.asClerk.invoke('workOrders.collect', { id: first.id })).toMatchObject({ ok: false, error: { code: 'rule' } });

    const [service] = await office.app.call('departments.list', {});
    const second = await office.asClerk.call('complaints.dispatch', { id: complaint.id, departmentId: service!.id, assigneeStaffId: office.supervisor.id });
    expect(second.number).toBe('PG-202611-0002');
    const detail = await office.app.call('complaints.get', { id: complaint.id });
    expect(detail.workOrders.map((order) => [order.number, order.status])).toEqual([
      ['PG-202611-0001', 'reassigned'],
      ['PG-202611-0002', 'issued'],
    ]);
    expect(detail.history.map((entry) => entry.action)).toEqual(['受理', '派工', '接单', '改派']);
    expect((await office.app.call('workOrders.list', { departmentId: office.engineering.id })).total).toBe(0);
    expect((await office.app.call('workOrders.list', { departmentId: office.engineering.id, state: 'all' })).total).toBe(1);
  });

  it('prints the order with the full phone the assignee must call', async () => {
    const complaint = await office.asClerk.call('complaints.create', complaintIntake(office));
    const order = await office.asClerk.call('complaints.dispatch', steps.dispatch(office, complaint.id));
    const printed = await office.asClerk.call('workOrders.print', { id: order.id });
    expect(printed.fileName).toBe('PG-202611-0001-派工单.pdf');
    const text = await pdfText(join(office.dataDir, 'prints', printed.fileName));
    for (const expected of ['派工单', 'PG-202611-0001', '13912345678', complaint.number, '工程部(运行维护部)', '天花板渗水']) {
      expect(text).toContain(expected);
    }
  });
});
