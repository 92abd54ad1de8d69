import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app/openApp';
import { complaintIntake, openEmptyApp, openTestOffice, type EmptyApp, type TestOffice } from '../../helpers/testApp';
import { pdfInfo } from '../../helpers/pdf';
import { minimalIntake } from '../../helpers/intakeFixture';

describe('printing without an office set up', () => {
  let empty: EmptyApp;
  let app: App;

  beforeEach(async () => {
    empty = await openEmptyApp();
    app = empty.app;
  });
  afterEach(() => empty.close());

  it('is refused as a rule, in Chinese, and writes no file', async () => {
    const complaint = await app.call('complaints.create', minimalIntake());
    const answer = await app.invoke('complaints.print', { id: complaint.id });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'rule', message: '请先在“设置 → 管理处信息”中填写管理处名称和代码,再打印表格' },
    });
    expect(existsSync(join(empty.dataDir, 'prints'))).toBe(false);
  });
});

describe('printing', () => {
  let office: TestOffice;

  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(async () => {
    await office.close();
  });

  it('answers not_found for a complaint that does not exist', async () => {
    const answer = await office.app.invoke('complaints.print', { id: 999 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(existsSync(join(office.dataDir, 'prints'))).toBe(false);
  });

  it('makes A4 pages titled with the form and the record number', async () => {
    const complaint = await office.app.call('complaints.create', complaintIntake(office));
    const printed = await office.app.call('complaints.print', { id: complaint.id });
    const info = pdfInfo(join(office.dataDir, 'prints', printed.fileName));

    const size = /^([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '');
    expect(size, info['Page size']).not.toBeNull();
    expect([Math.round(Number(size![1])), Math.round(Number(size![2]))]).toEqual([595, 842]);
    expect(info['Page size']).toContain('(A4)');
    expect(info['Page rot']).toBe('0');
    expect(info.Title).toBe(`业主投诉处理记录表 ${complaint.number}`);
    expect(info.Author).toBe('锦绣花园管理处');
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(1);
  });
});
