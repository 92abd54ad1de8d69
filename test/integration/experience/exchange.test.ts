import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';

/** Head office hands one base to every office: 经验库 out as xlsx from one office and into another. */
describe('experience.export and experience.import', () => {
  let headOffice: TestOffice;
  let branch: TestOffice;
  beforeAll(async () => {
    headOffice = await openTestOffice();
    branch = await openTestOffice();
  });
  afterAll(async () => {
    await headOffice.close();
    await branch.close();
  });

  it('carries the procedures with their category, department, severity and steps, and an import twice changes nothing', async () => {
    const departments = await headOffice.app.call('departments.list', {});
    await headOffice.asSupervisor.call('experience.save', {
      title: '漏水、渗水处理',
      text: '先止水再查源头。',
      category: 'maintenance',
      departmentId: departments.find((item) => item.name.startsWith('工程部'))!.id,
      severity: 'general',
      steps: ['关闭相关阀门', '闭水试验'],
    });
    await headOffice.asSupervisor.call('experience.save', { title: '噪音扰民', text: '上门劝导。', category: 'order', active: false });
    const file = await headOffice.asClerk.call('experience.export', {});
    expect(file.fileName).toMatch(/^经验库-2026-11-23\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64!, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'JY-0001', '标准处理流程', '漏水、渗水处理', '先止水再查源头。', '维修服务', '工程部(运行维护部)', '一般', '关闭相关阀门\n闭水试验', '是']);

    const refused = await branch.asClerk.invoke('experience.import', { fileName: '经验库.xlsx', contentBase64: file.contentBase64! });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await branch.asSupervisor.call('experience.import', { fileName: '经验库.xlsx', contentBase64: file.contentBase64! })).toEqual({ added: 2, updated: 0, unchanged: 0 });
    const imported = await branch.asClerk.call('experience.list', { includeInactive: true });
    expect(imported.map((entry) => [entry.title, entry.category, entry.departmentName, entry.steps, entry.active])).toEqual([
      ['漏水、渗水处理', 'maintenance', '工程部(运行维护部)', ['关闭相关阀门', '闭水试验'], true],
      ['噪音扰民', 'order', null, [], false],
    ]);
    expect(await branch.asSupervisor.call('experience.import', { fileName: '经验库.xlsx', contentBase64: file.contentBase64! })).toEqual({ added: 0, updated: 0, unchanged: 2 });
    const answer = await branch.asClerk.call('experience.suggest', { text: '天花板漏水' });
    expect(answer.matches[0]).toMatchObject({ kind: 'procedure', title: '漏水、渗水处理' });
    const audit = await branch.app.ctx.db.selectFrom('record_history').select('summary').where('entity', '=', 'settings').orderBy('id').execute();
    expect(audit.map((row) => row.summary)).toEqual([
      '经验库:导入 经验库.xlsx,新增 2 条,修改 0 条,未变 0 条',
      '经验库:导入 经验库.xlsx,新增 0 条,修改 0 条,未变 2 条',
    ]);
  });

  it('refuses a file that is not the base’s workbook, saving nothing', async () => {
    const answer = await branch.asSupervisor.invoke('experience.import', { fileName: 'x.xlsx', contentBase64: Buffer.from('not a workbook').toString('base64') });
    expect(answer).toMatchObject({ ok: false, error: { code: 'rule', message: expect.stringContaining('Excel') } });
  });
});
