import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/app/openApp';
import { fixedClock } from '../../../electron/app/clock';
import { openTestOffice, staffPassword, type TestOffice } from '../../helpers/testApp';

const halfTyped = { roomText: '3-1-1502', content: '楼上漏水,天花板', receivedAt: { $date: '2026-11-23T09:58:00' } };

/** Each person's half-typed entry forms, kept by the main process: through a lock and a restart, for that person only. */
describe('drafts of the entry forms', () => {
  let office: TestOffice;
  beforeEach(async () => (office = await openTestOffice()));
  afterEach(() => office.close());

  it("keeps a person's draft through the screen lock, gives it to nobody else, and forgets it when thrown away", async () => {
    const { app } = office;
    await app.call('auth.signIn', { staffId: office.clerk.id, password: staffPassword });
    expect(await app.call('drafts.save', { form: 'complaintIntake', values: halfTyped })).toEqual({ savedAt: '2026-11-23T10:00:00' });
    await app.call('auth.lock', {});
    await app.call('auth.signIn', { staffId: office.clerk.id, password: staffPassword });
    expect(await app.call('drafts.get', { form: 'complaintIntake' })).toEqual({ form: 'complaintIntake', values: halfTyped, savedAt: '2026-11-23T10:00:00' });
    expect(await app.call('drafts.get', { form: 'repairIntake' })).toBeNull();

    expect(await office.asSupervisor.call('drafts.get', { form: 'complaintIntake' })).toBeNull();
    await office.asSupervisor.call('drafts.save', { form: 'complaintIntake', values: { content: '主管自己的草稿' } });
    expect((await app.call('drafts.get', { form: 'complaintIntake' }))?.values).toEqual(halfTyped);

    await app.call('drafts.save', { form: 'complaintIntake', values: { ...halfTyped, content: '改过的内容' } });
    expect((await app.call('drafts.get', { form: 'complaintIntake' }))?.values.content).toBe('改过的内容');
    await app.call('drafts.discard', { form: 'complaintIntake' });
    expect(await app.call('drafts.get', { form: 'complaintIntake' })).toBeNull();
    expect((await office.asSupervisor.call('drafts.get', { form: 'complaintIntake' }))?.values.content).toBe('主管自己的草稿');
  });

  it('keeps a draft through a restart', async () => {
    await office.asClerk.call('drafts.save', { form: 'callEntry', values: { matter: '咨询停水时间' } });
    await office.app.close();
    office.app = await openApp({ dataDir: office.dataDir, clock: fixedClock('2026-11-24T08:00:00') });
    expect(await office.app.as(office.clerk.id).call('drafts.get', { form: 'callEntry' })).toMatchObject({ values: { matter: '咨询停水时间' }, savedAt: '2026-11-23T10:00:00' });
  });

  it('refuses an unknown form and an oversized draft in Chinese, keeping the one before', async () => {
    await office.asClerk.call('drafts.save', { form: 'repairIntake', values: { content: '灯不亮' } });
    const unknown = await office.asClerk.invoke('drafts.save', { form: 'secrets', values: {} });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('未知的表单') } });
    const huge = await office.asClerk.invoke('drafts.save', { form: 'repairIntake', values: { content: '漏'.repeat(70_000) } });
    expect(huge).toMatchObject({ ok: false, error: { message: expect.stringContaining('草稿内容过长') } });
    expect((await office.asClerk.call('drafts.get', { form: 'repairIntake' }))?.values).toEqual({ content: '灯不亮' });
  });
});
