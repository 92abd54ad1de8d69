import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { databaseFileName } from '../../../electron/app/openApp';
import { openRepairOffice } from '../../helpers/repairs';
import { rowCounts } from '../../helpers/sqliteFile';

type Office = Awaited<ReturnType<typeof openRepairOffice>>;

/** A call becomes a complaint or a repair in one transaction: both linked, or nothing kept at all. */
describe('a call turned into a complaint or a repair', () => {
  let office: Office;
  let file: string;
  let log: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    // The boundary logs unexpected errors with the console.error it was given when the app opened.
    log = vi.spyOn(console, 'error').mockImplementation(() => {});
    office = await openRepairOffice();
    file = join(office.dataDir, databaseFileName);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await office.close();
  });

  const logCall = () => office.asClerk.call('calls.create', { roomId: office.room.id, callerName: '陈喆', phone: '13912345678', matter: '保安态度恶劣' });
  const toComplaint = (id: number) => ({ id, category: 'order' as const, severity: 'general' as const, demand: '要求道歉', targetDepartmentId: office.engineering.id });
  const toRepair = (id: number) => ({ id, category: 'plumbing' as const, workKind: 'repair' as const });
  const db = () => office.app.ctx.db;
  const sequences = () => db().selectFrom('record_sequences').selectAll().orderBy('prefix').orderBy('period').execute();

  it('makes one complaint of two clicks sent at once, and refuses the second', async () => {
    const call = await logCall();
    const results = await Promise.all([office.asClerk.invoke('calls.toComplaint', toComplaint(call.id)), office.asClerk.invoke('calls.toComplaint', toComplaint(call.id))]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({
      ok: false,
      error: { code: 'rule', message: `来电 ${call.number} 已处理(转投诉 TS-202611-0001),不能再次处理` },
    });
    const complaints = await db().selectFrom('complaints').select(['id', 'number']).execute();
    expect(complaints.map((complaint) => complaint.number)).toEqual(['TS-202611-0001']);
    // No complaint is left registered but unlinked: the one there is, is the call's.
    expect(await office.asClerk.call('calls.get', { id: call.id })).toMatchObject({ outcome: 'complaint', complaintId: complaints[0]!.id });
  });

  it('makes one repair of two clicks sent at once, and refuses the second', async () => {
    const call = await logCall();
    const results = await Promise.all([office.asClerk.invoke('calls.toRepair', toRepair(call.id)), office.asClerk.invoke('calls.toRepair', toRepair(call.id))]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({
      ok: false,
      error: { code: 'rule', message: `来电 ${call.number} 已处理(转报修 BX-202611-0001),不能再次处理` },
    });
    const repairs = await db().selectFrom('repairs').select(['id', 'number', 'call_id']).execute();
    expect(repairs).toEqual([{ id: expect.any(Number), number: 'BX-202611-0001', call_id: call.id }]);
    expect(await office.asClerk.call('calls.get', { id: call.id })).toMatchObject({ outcome: 'repair', repairId: repairs[0]!.id });
  });

  describe('when settling the call fails after the record was created', () => {
    const tables = ['complaints', 'repairs', 'calls', 'record_sequences', 'record_history'] as const;
    let callId: number;

    beforeEach(async () => {
      callId = (await logCall()).id;
      // The last step of a conversion settles the call: make exactly that fail, after the number and the record.
      await sql`create trigger fail_settle before update of outcome on calls when old.id = ${sql.lit(callId)}
        begin select raise(abort, 'disk said no'); end`.execute(db());
    });

    const failsLeavingNothing = async (channel: 'calls.toComplaint' | 'calls.toRepair', input: object) => {
      const before = rowCounts(file, tables);
      const numbersBefore = await sequences();

      const failed = await office.asClerk.invoke(channel, input);
      expect(failed).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('数据未做改动') } });
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0]?.[0])).toContain('disk said no');

      expect(rowCounts(file, tables)).toEqual(before);
      expect(await sequences()).toEqual(numbersBefore);
      expect(await office.asClerk.call('calls.get', { id: callId })).toMatchObject({ outcome: 'pending', complaintId: null, repairId: null });
      await sql`drop trigger fail_settle`.execute(db());
    };

    it('keeps no complaint, no history row and no complaint number', async () => {
      await failsLeavingNothing('calls.toComplaint', toComplaint(callId));
      expect(await office.asClerk.call('calls.toComplaint', toComplaint(callId))).toMatchObject({ outcome: 'complaint', complaintNumber: 'TS-202611-0001' });
    });

    it('keeps no repair, no history row and no repair number', async () => {
      await failsLeavingNothing('calls.toRepair', toRepair(callId));
      expect(await office.asClerk.call('calls.toRepair', toRepair(callId))).toMatchObject({ outcome: 'repair', repairNumber: 'BX-202611-0001' });
    });
  });
});
