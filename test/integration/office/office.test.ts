import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app/openApp';
import { openEmptyApp, type EmptyApp } from '../../helpers/testApp';

describe('the office', () => {
  let empty: EmptyApp;
  let app: App;

  beforeEach(async () => {
    empty = await openEmptyApp();
    app = empty.app;
  });
  afterEach(() => empty.close());

  it('is not set up in a new data folder', async () => {
    expect(await app.call('office.get', {})).toBeNull();
  });

  it('is saved and read back, trimmed', async () => {
    const saved = await app.call('office.save', { name: ' 锦绣花园管理处 ', companyName: '安居物业服务有限公司', code: 'JX01' });
    expect(saved).toEqual({ name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    expect(await app.call('office.get', {})).toEqual(saved);
  });

  it('has one record only: saving again changes it', async () => {
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    await app.call('office.save', { name: '锦绣花园二期管理处', companyName: '安居物业服务有限公司', code: 'JX02' });
    expect(await app.call('office.get', {})).toEqual({ name: '锦绣花园二期管理处', companyName: '安居物业服务有限公司', code: 'JX02' });
    expect(await app.ctx.db.selectFrom('office').selectAll().execute()).toHaveLength(1);
  });

  it('survives closing and opening the data folder again', async () => {
    await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
    app = await empty.reopen();
    expect(await app.call('office.get', {})).toMatchObject({ code: 'JX01' });
  });

  it('refuses a code that is not 2–12 capital letters or digits', async () => {
    for (const code of ['jx01', 'J', 'JX-01', '锦绣01', 'ABCDEFGHIJKLM']) {
      const answer = await app.invoke('office.save', { name: '锦绣花园管理处', companyName: '安居物业', code });
      expect(answer, code).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'code', message: expect.stringMatching(/^「管理处代码」/) } });
    }
    expect(await app.call('office.get', {})).toBeNull();
  });
});
