import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';

describe('reading one complaint', () => {
  let office: TestOffice;

  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(async () => {
    await office.close();
  });

  it('answers the record with its history', async () => {
    const first = await office.app.call('complaints.create', complaintIntake(office));
    const second = await office.app.call('complaints.create', complaintIntake(office, { content: '电梯停运' }));
    const detail = await office.app.call('complaints.get', { id: second.id });
    expect(detail.complaint).toEqual(second);
    // Only its own history, not the other complaint's.
    expect(detail.history.map((entry) => entry.summary)).toEqual([`登记投诉 ${second.number}`]);
    expect((await office.app.call('complaints.get', { id: first.id })).complaint.content).toBe(first.content);
  });

  it('answers not_found for an id that does not exist', async () => {
    await office.app.call('complaints.create', complaintIntake(office));
    const answer = await office.app.invoke('complaints.get', { id: 999 });
    expect(answer).toEqual({ ok: false, error: { code: 'not_found', message: '该投诉记录不存在' } });
  });
});
