import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/app/openApp';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { rowCounts } from '../../helpers/sqliteFile';

const watched = ['complaints', 'record_sequences', 'record_history'] as const;

describe('a broken domain rule at the boundary', () => {
  let office: TestOffice;
  let file: string;
  let before: Record<string, number>;

  beforeEach(async () => {
    office = await openTestOffice();
    file = join(office.dataDir, databaseFileName);
    before = rowCounts(file, watched);
  });
  afterEach(async () => {
    await office.close();
  });

  it('answers not_found for a room that does not exist, and stores nothing', async () => {
    const answer = await office.app.invoke('complaints.create', complaintIntake(office, { roomId: office.room.id + 100 }));
    expect(answer).toEqual({ ok: false, error: { code: 'not_found', message: '所选房号不存在,请重新选择', field: 'roomId' } });
    expect(rowCounts(file, watched)).toEqual(before);
  });

  it('answers not_found for a department or room that does not exist', async () => {
    const department = await office.app.invoke('complaints.create', complaintIntake(office, { targetDepartmentId: 999 }));
    expect(department).toMatchObject({ ok: false, error: { code: 'not_found', field: 'targetDepartmentId' } });
    const room = await office.app.invoke('complaints.create', complaintIntake(office, { roomId: 999 }));
    expect(room).toMatchObject({ ok: false, error: { code: 'not_found', field: 'roomId' } });
    expect(rowCounts(file, watched)).toEqual(before);
  });

  it('answers rule for a receipt time more than 5 minutes ahead of the clock, and stores nothing', async () => {
    // The office clock reads 2026-11-23T10:00:00.
    const answer = await office.app.invoke('complaints.create', complaintIntake(office, { receivedAt: '2026-11-23T10:05:01' }));
    expect(answer).toEqual({ ok: false, error: { code: 'rule', message: '投诉时间不能晚于当前时间', field: 'receivedAt' } });
    const tomorrow = await office.app.invoke('complaints.create', complaintIntake(office, { receivedAt: '2026-11-24T09:00' }));
    expect(tomorrow).toMatchObject({ ok: false, error: { code: 'rule' } });
    expect(rowCounts(file, watched)).toEqual(before);
  });

  it('accepts a receipt time up to 5 minutes ahead, for a PC clock running slow', async () => {
    const answer = await office.app.invoke('complaints.create', complaintIntake(office, { receivedAt: '2026-11-23T10:05:00' }));
    expect(answer).toMatchObject({ ok: true, value: { receivedAt: '2026-11-23T10:05:00' } });
  });

  it('answers not_found for a complaint that does not exist', async () => {
    const answer = await office.app.invoke('complaints.get', { id: 4242 });
    expect(answer).toEqual({ ok: false, error: { code: 'not_found', message: '该投诉记录不存在' } });
  });
});
