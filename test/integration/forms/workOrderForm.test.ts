import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPrintFonts } from '../../../electron/app/forms/fonts';
import { renderPdf } from '../../../electron/app/forms/renderPdf';
import { createTextGuard } from '../../../electron/app/forms/textGuard';
import { workOrderFormDefinition } from '../../../electron/app/ledgers/complaints/workOrderForm';
import type { WorkOrder } from '../../../shared/domain/workOrders/workOrder';
import type { Office } from '../../../shared/domain/office/officeRecords';
import { pdfInfo, pdfText, scanFirstPage } from '../../helpers/pdf';

const office: Office = { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' };

/** An order as the desk issues it, built here rather than through the services. */
function workOrder(overrides: Partial<WorkOrder> = {}): WorkOrder {
  return {
    id: 7,
    number: 'PG-202611-0007',
    complaintId: 1,
    complaintNumber: 'TS-202611-0001',
    location: '3栋1单元1502 卫生间',
    phone: '13912345678',
    phoneMasked: '139****5678',
    content: '楼上卫生间漏水,天花板渗水,已持续三天。',
    departmentId: 2,
    departmentName: '工程部(运行维护部)',
    assigneeStaffId: 3,
    assigneeName: '李犇',
    issuedByName: '王堃',
    issuedAt: '2026-11-23T09:40:00',
    dueAt: '2026-11-24T09:40:00',
    instructions: '先关闭1602进水阀,带防水涂料',
    collectedAt: null,
    closedAt: null,
    status: 'issued',
    complaintStatus: 'dispatched',
    ...overrides,
  };
}

describe('the printed 派工单', () => {
  let dir: string;
  let count = 0;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'taizhang-work-order-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function print(order: WorkOrder) {
    const fonts = loadPrintFonts();
    const guard = createTextGuard(fonts.coverage);
    const file = join(dir, `${++count}.pdf`);
    writeFileSync(file, await renderPdf(fonts, workOrderFormDefinition(office, order, guard, '2026-11-23T09:41:00')));
    return { file, text: pdfText(file), info: pdfInfo(file), missing: guard.missing() };
  }

  it('is one A4 page with the title, the office and the number', async () => {
    const { text, info } = await print(workOrder());
    expect(info['Page size']).toContain('(A4)');
    expect(info.Pages).toBe('1');
    expect(info.Title).toBe('派工单 PG-202611-0007');
    expect(text).toContain('安居物业服务有限公司 锦绣花园管理处');
    expect(text).toMatch(/派\s*工\s*单/);
    expect(text).toContain('编号:PG-202611-0007');
  });

  it('carries what the desk fills in, with the phone in full for the assignee to call', async () => {
    const { text } = await print(workOrder());
    expect(text).toMatch(/投诉\/报修单位\(位置\)\s+3栋1单元1502 卫生间/);
    expect(text).toMatch(/联系电话\s+13912345678\s+关联投诉编号\s+TS-202611-0001/);
    expect(text).not.toContain('139****5678');
    expect(text).toMatch(/接单部门\s+工程部\(运行维护部\)\s+接单人\s+李犇/);
    expect(text).toMatch(/要求完成时间\s+2026年11月24日 09:40/);
    expect(text).toContain('投诉(报修)内容:');
    expect(text).toContain('楼上卫生间漏水,天花板渗水,已持续三天。');
    expect(text).toMatch(/派工说明:\s+先关闭1602进水阀,带防水涂料/);
    expect(text).toMatch(/下单人\s+王堃\s+下单时间\s+2026年11月23日 09:40/);
  });

  it('leaves the assignee’s times, the result and the owner’s signature to the hand', async () => {
    const { text } = await print(workOrder());
    expect(text).toMatch(/接单人签名\s+接单时间\s+月\s+日\s+时\s+分/);
    expect(text).toMatch(/到场时间\s+月\s+日\s+时\s+分\s+完成时间\s+月\s+日\s+时\s+分/);
    expect(text).toMatch(/处理结果:\s*\n\s*\n/);
    expect(text).toMatch(/业主签字确认:\s+年\s+月\s+日/);
    expect(text).not.toContain('此单已');
  });

  it('fills the times the record already knows', async () => {
    const { text } = await print(workOrder({ status: 'done', collectedAt: '2026-11-23T09:48:00', closedAt: '2026-11-23T15:20:00' }));
    expect(text).toMatch(/接单时间\s+2026年11月23日 09:48/);
    expect(text).toMatch(/完成时间\s+2026年11月23日 15:20/);
  });

  it('keeps the instructions blank when there are none', async () => {
    const { text } = await print(workOrder({ instructions: null, location: null, phone: null }));
    expect(text).toMatch(/派工说明:\s*\n\s*\n\s*下单人/);
    expect(text).toMatch(/联系电话\s+关联投诉编号/);
  });

  it.each([
    ['reassigned', '此单已改派,以新派工单为准'],
    ['cancelled', '此单已取消'],
  ] as const)('says so on a %s order', async (status, notice) => {
    const { text, info } = await print(workOrder({ status, closedAt: '2026-11-23T11:00:00' }));
    expect(text).toContain(notice);
    // A cancelled order never completed.
    expect(text).toMatch(/完成时间\s+月\s+日\s+时\s+分/);
    expect(info.Pages).toBe('1');
  });

  it('prints a character the font lacks as its code point', async () => {
    const { text, missing } = await print(workOrder({ location: '𪚥家门口', content: '𠮷先生报修', assigneeName: '𪚥' }));
    expect(missing).toEqual(['𪚥']);
    expect(text.match(/〔U\+2A6A5〕/g)).toHaveLength(2);
    expect(text).toContain('𠮷先生报修');
  });

  it('scans back as the office, the kind of paper and the order number', async () => {
    const { file } = await print(workOrder());
    expect(scanFirstPage(file, dir)).toEqual(['TAIZHANG:JX01:workOrder:PG-202611-0007:R0']);
  });
});
