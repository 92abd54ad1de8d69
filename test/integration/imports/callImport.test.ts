import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openTestOffice, tempDataDir, type TestOffice } from '../../helpers/testApp';
import { dryRun, importFile, upload, writeText } from '../../helpers/imports';
import { writeHandmadeXlsx } from '../../helpers/handmadeXlsx';
import { stagedFile } from '../../../electron/app/imports/stagedFiles';
import { importKind } from '../../../electron/app/imports/importKinds';
import { runImport } from '../../../electron/app/imports/importRun';

/** The call log from a CSV as Excel saves one, and from an .xlsx another program wrote; a cancelled import stores nothing. */
describe('importing the call log', () => {
  let office: TestOffice;
  let files: ReturnType<typeof tempDataDir>;
  beforeEach(async () => {
    office = await openTestOffice();
    files = tempDataDir('taizhang-import-calls-');
  });
  afterEach(async () => {
    await office.close();
    files.remove();
  });

  const calls = async () => (await office.app.call('calls.list', {})).items;

  it('reads a UTF-8 CSV with a byte-order mark, quoted cells and the date and time in two columns', async () => {
    const csv = [
      '来电日期,时间,房号,来电人,联系电话,来电内容,处理结果,接听人',
      '2026/11/2,9:05,3-1-1502,陈喆,139 1234 5678,"问停水时间,几点来水",已答复:下午三点,王堃',
      '2026/11/2,下午2点半,,访客,,"询问""快递柜""位置",,',
      '2026-11-03,10:00,3-1-9999,孙八,13912345678,门禁卡坏了,,',
    ].join('\r\n');
    const file = writeText(files.dir, '来电登记.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]));
    const { info, check } = await dryRun(office.asSupervisor, file, 'calls');
    expect(info).toMatchObject({ sheet: null, headerRow: 1, mapping: { calledAt: 0, time: 1, room: 2, caller: 3, phone: 4, matter: 5, answer: 6, recorder: 7 } });
    expect(check.counts).toEqual({ rows: 3, ready: 2, skipped: 0, failed: 1 });
    expect(check.findings).toEqual([{ row: 4, column: '房号', level: 'error', message: expect.stringContaining('房号 3-1-9999 未登记') }]);

    const fixed = writeText(files.dir, '来电登记-改.csv', `\ufeff${csv.split('\r\n').slice(0, 3).join('\r\n')}\r\n`);
    const { imported } = await importFile(office.asSupervisor, fixed, 'calls');
    expect(imported?.counts).toEqual({ rows: 2, ready: 2, skipped: 0, failed: 0 });
    const list = await calls();
    expect(list.find((call) => call.number === 'LD-202611-0001')).toMatchObject({
      calledAt: '2026-11-02T09:05:00',
      roomLabel: '3-1-1502',
      phone: '13912345678',
      matter: '问停水时间,几点来水',
      outcome: 'consultation',
      recorderName: '王堃',
    });
    expect(list.find((call) => call.number === 'LD-202611-0002')).toMatchObject({ calledAt: '2026-11-02T14:30:00', matter: '询问"快递柜"位置', outcome: 'pending', recorderName: '周珺' });
  });

  it('reads an .xlsx written by another program: inline text, a styled serial date, title rows and gaps', async () => {
    const file = join(files.dir, '来电.xlsx');
    await writeHandmadeXlsx(
      file,
      '2026年11月',
      new Map([
        [1, [{ text: '锦绣花园 来电登记表' }]],
        [3, [{ text: '来电时间' }, { text: '房号' }, { text: '来电事项' }, { text: '来电人' }]],
        [4, [{ date: 46328.375 }, { text: '3栋1单元1502室' }, { text: '询问物业费' }, { text: '陈喆' }]],
        [6, [{ number: 46329 }, null, { text: '小区东门路灯不亮' }, null]],
      ]),
    );
    const { info, imported } = { ...(await dryRun(office.asSupervisor, file, 'calls')), ...(await importFile(office.asSupervisor, file, 'calls')) };
    expect(info).toMatchObject({ sheets: ['2026年11月'], sheet: '2026年11月', headerRow: 3, rowCount: 2 });
    expect(imported?.counts).toEqual({ rows: 2, ready: 2, skipped: 0, failed: 0 });
    expect((await calls()).map((call) => [call.calledAt, call.roomLabel, call.matter]).sort()).toEqual([
      ['2026-11-02T09:00:00', '3-1-1502', '询问物业费'],
      ['2026-11-03T00:00:00', null, '小区东门路灯不亮'],
    ]);
  });

  it('rolls a cancelled import back whole', async () => {
    const lines = Array.from({ length: 600 }, (_, index) => `2026/10/${(index % 28) + 1},08:00,,,,第 ${index + 1} 个来电,,`);
    const file = writeText(files.dir, '大文件.csv', `来电日期,时间,房号,来电人,联系电话,来电内容,处理结果,接听人\n${lines.join('\n')}\n`);
    const fileId = await upload(office.asSupervisor, file);
    const info = await office.asSupervisor.call('imports.open', { fileId, kind: 'calls' });
    const plan = { file: await stagedFile(office.dataDir, fileId), kind: importKind(office.app.ctx, 'calls'), sheet: null, headerRow: 1, mapping: info.mapping };
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(runImport(office.app.ctx, plan, office.supervisor.id, { signal: cancelled.signal })).rejects.toThrow('已取消,没有导入任何内容');
    expect(await calls()).toEqual([]);
    const done = await runImport(office.app.ctx, plan, office.supervisor.id, {});
    expect(done.counts.ready).toBe(600);
    expect((await office.app.call('calls.list', { pageSize: 5 })).total).toBe(600);
  });
});
