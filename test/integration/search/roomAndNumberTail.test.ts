import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { repairIntake } from '../../helpers/repairs';
import { lossIntake } from '../../helpers/lossDeclaration';

/**
 * Every ledger's list search finds a record by its room — the whole label, the room number alone, or the room as
 * people write it (3栋2单元501) — and by the tail of its number (0012), as the complaint list does.
 */
describe('list search by room and number tail in every ledger', () => {
  let office: TestOffice;
  const numbers = { complaint: '', repair: '', call: '', loss: '' };
  beforeAll(async () => {
    office = await openTestOffice();
    const other = await office.app.call('rooms.save', { building: '3', unit: '2', roomNo: '501', owners: [{ name: '赵敏', phone: '13600001234' }] });
    const clerk = office.asClerk;
    // Eleven records of 3-1-1502 in each ledger, then the twelfth (…-0012) of 3-2-501.
    for (let n = 1; n <= 12; n += 1) {
      const roomId = n === 12 ? other.id : office.room.id;
      const complaint = await clerk.call('complaints.create', complaintIntake(office, { roomId, content: `第${n}条投诉` }));
      const repair = await clerk.call('repairs.create', repairIntake(office, { roomId, content: `第${n}条报修` }));
      const call = await clerk.call('calls.create', { calledAt: '2026-11-23T09:20', roomId, callerName: '陈喆', matter: `第${n}通来电` });
      const loss = await clerk.call('lossDeclarations.create', lossIntake(office, { roomId, documentNumber: `NO.77${n}` }));
      if (n === 12) Object.assign(numbers, { complaint: complaint.number, repair: repair.number, call: call.number, loss: loss.number });
    }
  }, 120_000);
  afterAll(async () => {
    await office.close();
  });

  const found = {
    complaint: async (q: string) => (await office.app.call('complaints.list', { q, pageSize: 50 })).items.map((item) => item.number),
    repair: async (q: string) => (await office.app.call('repairs.list', { q, pageSize: 50 })).items.map((item) => item.number),
    call: async (q: string) => (await office.app.call('calls.list', { q, pageSize: 50 })).items.map((item) => item.number),
    loss: async (q: string) => (await office.app.call('lossDeclarations.list', { q, pageSize: 50 })).items.map((item) => item.number),
  };

  it('finds the record of a room by its label, its number alone and the way people write it', async () => {
    for (const ledger of Object.keys(found) as (keyof typeof found)[]) {
      for (const q of ['3-2-501', '501', '3栋2单元501', '3#2-501']) expect({ ledger, q, found: await found[ledger](q) }).toEqual({ ledger, q, found: [numbers[ledger]] });
      // Another building's room is not this one.
      expect({ ledger, found: await found[ledger]('4栋2单元501') }).toEqual({ ledger, found: [] });
    }
  });

  it('finds the record by the tail of its number', async () => {
    for (const ledger of Object.keys(found) as (keyof typeof found)[]) {
      expect(numbers[ledger]).toMatch(/-0012$/);
      expect({ ledger, found: await found[ledger]('0012') }).toEqual({ ledger, found: [numbers[ledger]] });
    }
  });
});
