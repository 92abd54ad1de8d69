import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';

describe('registering a complaint', () => {
  let office: TestOffice;

  beforeEach(async () => {
    office = await openTestOffice(); // clock: 2026-11-23T10:00:00
  });
  afterEach(async () => {
    await office.close();
  });

  const everyField = (office: TestOffice) =>
    complaintIntake(office, {
      anonymous: false,
      complainantName: '陈喆',
      roomId: office.room.id,
      phone: '13912345678',
      address: '锦绣花园3栋1单元1502',
      receivedAt: '2026-11-23T09:30',
      channel: 'referral',
      referralSource: '消协',
      targetDepartmentId: office.engineering.id,
      targetDescription: '维修班 李犇',
      content: '楼上卫生间漏水,天花板渗水,已持续三天。',
      demand: '尽快上门维修并查明原因',
      category: 'maintenance',
      severity: 'major',
      urgent: true,
    });

  it('stores every intake field and answers the whole record', async () => {
    const created = await office.asClerk.call('complaints.create', everyField(office));
    expect(created).toEqual({
      id: expect.any(Number),
      number: 'TS-202611-0001',
      receivedAt: '2026-11-23T09:30:00',
      channel: 'referral',
      referralSource: '消协',
      anonymous: false,
      complainantName: '陈喆',
      roomId: office.room.id,
      roomLabel: '3-1-1502',
      phone: '13912345678',
      address: '锦绣花园3栋1单元1502',
      targetDepartmentId: office.engineering.id,
      targetDepartmentName: '工程部(运行维护部)',
      targetDescription: '维修班 李犇',
      content: '楼上卫生间漏水,天花板渗水,已持续三天。',
      demand: '尽快上门维修并查明原因',
      category: 'maintenance',
      severity: 'major',
      urgent: true,
      validity: null,
      status: 'accepted',
      receiverStaffId: office.clerk.id,
      receiverName: '王堃',
      revision: 0,
      createdAt: '2026-11-23T10:00:00',
      updatedAt: '2026-11-23T10:00:00',
      // 紧急: due the same day; nothing of the later process is known yet.
      dueAt: '2026-11-23T23:59:59',
      round: 0,
      ...Object.fromEntries(
        [
          'investigatorName', 'findings', 'emergencyMeasure', 'emergencyStaffName', 'causeAnalysis', 'correctionPeriod',
          'correctiveAction', 'handlingResult', 'personAtFault', 'handledByName', 'handledAt', 'reviewedByName', 'reviewedAt',
          'reviewComment', 'revisitDueAt', 'resolvedAt', 'archivedAt', 'archivedByName', 'voidedAt', 'voidReason',
          'printedRevision', 'scanWaiverReason', 'escalatedFrom', 'ownerReply', 'repliedAt', 'repliedByName',
        ].map((field) => [field, null]),
      ),
      extensionCount: 0,
    });
    const row = await office.app.ctx.db.selectFrom('complaints').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ created_by: office.clerk.id, anonymous: 0, urgent: 1, room_label: '3-1-1502' });
  });

  it('writes a 受理 history row, read back with the record', async () => {
    const created = await office.asClerk.call('complaints.create', everyField(office));
    const detail = await office.app.call('complaints.get', { id: created.id });
    expect(detail.complaint).toEqual(created);
    expect(detail.history).toEqual([
      {
        id: expect.any(Number),
        at: '2026-11-23T10:00:00',
        staffName: '王堃',
        action: '受理',
        summary: '登记投诉 TS-202611-0001',
        revision: 0,
        reason: null,
        changes: [],
      },
    ]);
  });

  it('is kept in the data file: a reopened app reads the same record', async () => {
    const created = await office.app.call('complaints.create', everyField(office));
    const again = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-24T08:00:00') });
    try {
      expect((await again.as(office.clerk.id).call('complaints.get', { id: created.id })).complaint).toEqual(created);
    } finally {
      await again.close();
    }
  });

  it('keeps the referring body only for a referred complaint', async () => {
    const created = await office.app.call('complaints.create', complaintIntake(office, { channel: 'phone', referralSource: '消协' }));
    expect(created).toMatchObject({ channel: 'phone', referralSource: null });
  });

  it('keeps a place chosen when no registered room is: 公共区域 or 非登记房号 with what the clerk wrote', async () => {
    const created = await office.app.call('complaints.create', complaintIntake(office, { roomId: null, roomText: '公共区域：会所前台' }));
    expect(created).toMatchObject({ roomId: null, roomLabel: '公共区域：会所前台' });
    const unregistered = await office.app.call('complaints.create', complaintIntake(office, { roomId: null, roomText: '非登记房号：12-3-0101' }));
    expect(unregistered).toMatchObject({ roomId: null, roomLabel: '非登记房号：12-3-0101' });
  });

  it('refuses a room text that is neither a registered room nor a place (a name typed there), and creates nothing', async () => {
    const before = (await office.app.call('complaints.list', {})).total;
    for (const roomText of ['王堃', '非登记房号：', '9-9-9999']) {
      await expect(office.app.call('complaints.create', complaintIntake(office, { roomId: null, roomText }))).rejects.toMatchObject({ error: { field: 'roomText' } });
    }
    expect((await office.app.call('complaints.list', {})).total).toBe(before);
  });

  it('takes the label of the chosen room over any typed text', async () => {
    const created = await office.app.call('complaints.create', complaintIntake(office, { roomText: '9-9-9999' }));
    expect(created).toMatchObject({ roomId: office.room.id, roomLabel: '3-1-1502' });
  });

  it('may name no department and no room', async () => {
    const created = await office.app.call('complaints.create',
      complaintIntake(office, { roomId: null, targetDepartmentId: null, demand: '', address: '  ' }),
    );
    expect(created).toMatchObject({ roomId: null, roomLabel: null, targetDepartmentId: null, targetDepartmentName: null, demand: null, address: null });
  });

  it('records the signed-in person as who received and created it', async () => {
    const created = await office.asSupervisor.call('complaints.create', complaintIntake(office));
    expect(created).toMatchObject({ receiverStaffId: office.supervisor.id, receiverName: '周珺' });
    const detail = await office.app.call('complaints.get', { id: created.id });
    expect(detail.history[0]?.staffName).toBe('周珺');
  });
});
