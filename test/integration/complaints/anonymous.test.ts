import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';

describe('an anonymous complaint', () => {
  let office: TestOffice;

  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(async () => {
    await office.close();
  });

  it('keeps no name and no phone, even when they were typed before the box was ticked', async () => {
    const created = await office.app.call('complaints.create', complaintIntake(office, { anonymous: true, complainantName: '陈喆', phone: '13912345678' }));
    expect(created).toMatchObject({ anonymous: true, complainantName: null, phone: null, roomLabel: '3-1-1502' });

    const row = await office.app.ctx.db.selectFrom('complaints').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ anonymous: 1, complainant_name: null, phone: null });
    expect(JSON.stringify(row)).not.toContain('13912345678');
  });

  it('is listed as 匿名 and cannot be found by the name or phone that was dropped', async () => {
    await office.app.call('complaints.create', complaintIntake(office, { anonymous: true, complainantName: '陈喆', phone: '13912345678' }));
    const page = await office.app.call('complaints.list', {});
    expect(page.items).toEqual([expect.objectContaining({ complainantName: '匿名', phoneMasked: '' })]);
    expect((await office.app.call('complaints.list', { q: '陈喆' })).total).toBe(0);
    expect((await office.app.call('complaints.list', { q: '5678' })).total).toBe(0);
  });

  it('needs no name at all', async () => {
    const answer = await office.app.invoke('complaints.create', complaintIntake(office, { anonymous: true, complainantName: undefined, phone: undefined }));
    expect(answer).toMatchObject({ ok: true, value: { anonymous: true, complainantName: null } });
  });
});
