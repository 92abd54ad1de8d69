import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completion, dispatchTo, openRepairOffice, repairIntake } from '../../helpers/repairs';
import { pdfInfo, pdfText } from '../../helpers/pdf';
import type { PrintedForm } from '../../../shared/domain/records';

type Office = Awaited<ReturnType<typeof openRepairOffice>>;

/** The printed 报修单, 派工单 and the day's 客户来电记录表, read back as a person's viewer sees them. */
describe('printed repair and call forms', () => {
  let office: Office;
  let count = 0;
  beforeAll(async () => {
    office = await openRepairOffice();
  });
  afterAll(() => office.close());

  function read(printed: PrintedForm) {
    const file = join(office.dataDir, `read-${++count}.pdf`);
    writeFileSync(file, Buffer.from(printed.pdfBase64, 'base64'));
    return { text: pdfText(file), info: pdfInfo(file) };
  }

  it('prints the 报修单 with intake, dispatch times, result, materials and charge', async () => {
    const { asClerk: clerk, clock } = office;
    const { id, number } = await clerk.call('repairs.create', repairIntake(office));
    await clerk.call('repairs.dispatch', dispatchTo(office, id));
    clock.set('2026-11-23T10:05:00');
    await clerk.call('repairs.collect', { id });
    clock.set('2026-11-23T10:20:00');
    await clerk.call('repairs.arrive', { id });
    clock.set('2026-11-23T11:00:00');
    await clerk.call('repairs.complete', completion(id));

    const printed = await clerk.call('repairs.print', { id });
    expect(printed.fileName).toBe(`${number}-客户报修处理登记表.pdf`);
    const { text, info } = read(printed);
    expect(info['Page size']).toContain('(A4)');
    expect(info.Title).toBe(`客户报修处理登记表 ${number}`);
    expect(text).toContain('锦绣花园管理处');
    expect(text).toContain(`编号:${number}`);
    expect(text).toMatch(/报修人\s+陈喆\s+房号\s+3-1-1502/);
    expect(text).toMatch(/联系电话\s+13912345678\s+报修时间\s+2026年11月23日 09:55/);
    expect(text).toContain('■给排水');
    expect(text).toContain('■维修类');
    expect(text).toContain('卫生间水龙头漏水,关不紧。');
    expect(text).toMatch(/接单时间\s+2026年11月23日 10:05\s+到场时间\s+2026年11月23日 10:20/);
    expect(text).toMatch(/完成时间\s+2026年11月23日 11:00/);
    expect(text).toContain('更换水龙头阀芯,试水不漏。');
    expect(text).toContain('阀芯 1 个');
    expect(text).toMatch(/□免费\s+■按价目表收费\s+金额:35\.50 元/);
    expect(text).toContain('业主签字确认');
    expect(text).toContain('一般报修,物业管理员回访');
    const history = (await clerk.call('repairs.get', { id })).history;
    expect(history.at(-1)).toMatchObject({ action: '打印', summary: '打印客户报修处理登记表' });
    // Before the revisit its lines are left to the hand.
    expect(text).toMatch(/□电话\s+□面访\s+□其他/);

    // Once recorded, the revisit is on the register: how, when, what the owner said, who called.
    clock.set('2026-11-24T15:00:00');
    const started = await clerk.call('revisits.start', { subjectKind: 'repair', subjectId: id });
    await clerk.call('revisits.record', {
      // The clerk did the repair's steps here: separation of duties has the supervisor revisit it.
      id: started.revisit.id, method: 'phone', revisitorStaffId: office.supervisor.id, revisitedAt: '2026-11-24T15:00',
      ownerOpinion: '师傅准时上门,已不漏水。', resultSatisfaction: 'satisfied', attitudeSatisfaction: 'satisfied', officeOpinion: '按期回访',
    });
    const revisited = read(await clerk.call('repairs.print', { id })).text;
    expect(revisited).toMatch(/回访方式\s+■电话\s+□面访\s+□其他\s+回访时间\s+2026年11月24日 15:00/);
    expect(revisited.replace(/\s+/g, '')).toContain('客户意见:师傅准时上门,已不漏水。');
    expect(revisited).toMatch(/回访人:\s*周珺\s+2026 年 11 月 24 日/);
  });

  it('prints the 派工单 only once dispatched, with the service targets and blanks for the assignee', async () => {
    const { asClerk: clerk, clock } = office;
    clock.set('2026-11-23T12:00:00');
    const { id, number } = await clerk.call('repairs.create', repairIntake(office, { reportedAt: '2026-11-23T11:58', location: '阳台' }));
    await expect(clerk.call('repairs.printWorkOrder', { id })).rejects.toThrow('还没有派工,没有派工单可打印');
    await clerk.call('repairs.dispatch', { ...dispatchTo(office, id), instructions: '带扳手' });
    const { text } = read(await clerk.call('repairs.printWorkOrder', { id }));
    expect(text).toMatch(/派\s*工\s*单/);
    expect(text).toContain(`编号:${number}`);
    expect(text).toMatch(/报修单位\(位置\)\s+3-1-1502 阳台/);
    expect(text).toMatch(/联系电话\s+13912345678/);
    expect(text).toContain('10 分钟内接单(2026年11月23日 12:10 前),接单后 30 分钟内到场');
    expect(text).toMatch(/要求完成时间\s+2026年11月26日 12:00/);
    expect(text).toMatch(/派工说明:\s+带扳手/);
    expect(text).toMatch(/下单人\s+王堃\s+下单时间\s+2026年11月23日 12:00/);
    expect(text).toMatch(/接单人签名\s+接单时间\s+月\s+日\s+时\s+分/);
  });

  it('prints the day’s 客户来电记录表 with each call’s outcome and masked numbers', async () => {
    const { asClerk: clerk, clock } = office;
    clock.set('2026-11-24T09:00:00');
    const first = await clerk.call('calls.create', { roomId: office.room.id, callerName: '陈喆', phone: '13912345678', matter: '询问停水时间' });
    await clerk.call('calls.answer', { id: first.id, answer: '明天9点到12点停水' });
    clock.set('2026-11-24T09:30:00');
    const second = await clerk.call('calls.create', { roomText: '非登记房号：5-2-301', callerName: '刘女士', phone: '13700001111', matter: '客厅灯不亮' });
    const converted = await clerk.call('calls.toRepair', { id: second.id, category: 'electrical', workKind: 'repair' });
    await clerk.call('calls.create', { calledAt: '2026-11-23T15:00', matter: '前一天的来电' });

    const printed = await clerk.call('calls.printDay', { date: '2026-11-24' });
    const { text, info } = read(printed);
    expect(info['Page size']).toContain('(A4)');
    expect(text).toContain('客户来电记录表');
    expect(text).toContain('共 2 条');
    for (const heading of ['序号', '日期', '时间', '单元/编号', '来电人', '来电号码', '事项内容', '记录人', '处理结果']) expect(text).toContain(heading);
    expect(text).toMatch(/1\s+2026-11-24\s+09:00\s+3-1-1502\s+陈喆\s+139\*\*\*\*5678\s+询问停水时间\s+王堃\s+咨询:明天9点到12点停水/);
    // The place wraps in the narrow 房号 column: its number is on the next line.
    expect(text).toMatch(/2\s+2026-11-24\s+09:30\s+非登记房号：\s+刘女士\s+137\*\*\*\*1111\s+客厅灯不亮\s+王堃\s+转报修 /);
    expect(text).toMatch(/\n\s*5-2-301\s*\n/);
    expect(text).toContain(converted.repairNumber!);
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('前一天的来电');
  });
});
