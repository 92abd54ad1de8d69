import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { complaintFormDefinition } from '../../../electron/app/ledgers/complaints/complaintForm';
import { loadPrintFonts } from '../../../electron/app/forms/fonts';
import { renderPdf } from '../../../electron/app/forms/renderPdf';
import { createTextGuard } from '../../../electron/app/forms/textGuard';
import type { Revisit } from '../../../shared/domain/complaints/complaintParts';
import type { PrintedForm } from '../../../shared/domain/records';
import type { ComplaintRecord } from '../../../shared/domain/complaints/complaintRecords';
import type { Office } from '../../../shared/domain/office/officeRecords';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { pdfInfo, pdfPageTexts, pdfText, pdfWordSizes, readBack } from '../../helpers/pdf';

describe('the printed 业主投诉处理记录表', () => {
  const printedFiles = () => readdirSync(join(office.dataDir, 'prints'), { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  let office: TestOffice;
  let complaint: ComplaintRecord;
  let printed: PrintedForm;
  let file: string;
  let text: string;

  beforeEach(async () => {
    office = await openTestOffice();
    complaint = await office.app.call('complaints.create',
      complaintIntake(office, {
        complainantName: '陈喆',
        phone: '13912345678',
        address: '3栋1单元1502',
        channel: 'inPerson',
        targetDescription: '维修班',
        content: '楼上卫生间漏水,天花板渗水,已持续三天。',
        demand: '尽快上门维修并查明原因',
        category: 'maintenance',
        severity: 'major',
        urgent: true,
      }),
    );
    const answer = await office.app.invoke('complaints.print', { id: complaint.id });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    printed = answer.value as PrintedForm;
    file = join(office.dataDir, 'prints', printed.fileName);
    text = pdfText(file);
  });
  afterEach(async () => {
    await office.close();
  });

  it('is written under <dataDir>/prints with the returned name, and is what the call answered', () => {
    expect(printed.fileName).toBe('TS-202611-0001-R0-业主投诉处理记录表.pdf');
    expect(existsSync(file)).toBe(true);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.equals(Buffer.from(printed.pdfBase64, 'base64'))).toBe(true);
    // Written beside and renamed: nothing half-written is left behind (the form cache keeps its own folder, cache/).
    expect(printedFiles()).toEqual([printed.fileName]);
    expect(printed.missingGlyphs).toEqual([]);
    expect(printed.openedInViewer).toBe(false);
  });

  it('carries the title, the office and the record number', () => {
    expect(text).toContain('业主投诉处理记录表');
    expect(text).toContain('安居物业服务有限公司 锦绣花园管理处');
    expect(text).toContain('编号:TS-202611-0001');
    expect(text).toContain('管理处代码:JX01');
  });

  it('shows every intake value', () => {
    expect(complaint.receiverName).not.toBe('');
    for (const value of [
      '陈喆',
      '3-1-1502',
      '13912345678',
      '3栋1单元1502',
      '2026年11月23日 09:30',
      '当面',
      '工程部(运行维护部) / 维修班',
      '楼上卫生间漏水,天花板渗水,已持续三天。',
      '投诉要求:尽快上门维修并查明原因',
      // Whoever the service records as the receiver (the signed-in person).
      complaint.receiverName,
    ]) {
      expect(text, value).toContain(value);
    }
  });

  it('ticks the category, the severity and the urgent box, and only those', () => {
    expect(text).toContain('■维修服务');
    expect(text).toContain('□保洁服务');
    expect(text).toContain('■重大');
    expect(text).toContain('□一般');
    expect(text).toContain('■紧急');
    // Category 1, severity 1, urgent 1.
    expect(text.match(/■/g)).toHaveLength(3);
  });

  it('has the signature lines of the paper form', () => {
    for (const label of ['记录人', '调查人', '实施人', '责任人', '制订人', '审核人', '回访人', '归档负责人', '客户签名', '归档日期']) {
      expect(text, label).toContain(label);
    }
  });

  it('is printed again under the same name, one file per record and revision', async () => {
    const again = await office.app.call('complaints.print', { id: complaint.id });
    expect(again.fileName).toBe(printed.fileName);
    expect(printedFiles()).toEqual([printed.fileName]);
  });

  it('is handed to the desktop viewer when the shell can open one', async () => {
    const opened: string[] = [];
    const withViewer = await openTestOffice({ host: { openInViewer: async (path) => void opened.push(path) } });
    try {
      const created = await withViewer.app.call('complaints.create', complaintIntake(withViewer));
      const shown = await withViewer.app.call('complaints.print', { id: created.id });
      expect(shown.openedInViewer).toBe(true);
      expect(opened).toEqual([join(withViewer.dataDir, 'prints', shown.fileName)]);
    } finally {
      await withViewer.close();
    }
  });
});

// The later sections, from records built here rather than through the services: what the form prints for
// each stage of the process, however far the record has got.
describe('the 业主投诉处理记录表 through the process', () => {
  const office: Office = { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' };
  let dir: string;
  let count = 0;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'taizhang-complaint-form-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function print(complaint: ComplaintRecord, revisit: Revisit | null = null) {
    const fonts = loadPrintFonts();
    const guard = createTextGuard(fonts.coverage);
    const file = join(dir, `${++count}.pdf`);
    writeFileSync(file, await renderPdf(fonts, complaintFormDefinition(office, complaint, guard, '2026-12-01T09:00:00', revisit)));
    return { text: pdfText(file), pages: Number(pdfInfo(file).Pages), missing: guard.missing(), file };
  }

  it('fills every later section from the record, with who signed and when', async () => {
    const { text, pages } = await print(handledComplaint(), revisitOf());
    for (const value of [
      '调查情况及结果:现场查看,1602卫生间防水层老化',
      '应急措施:关闭1602进水阀,铺设接水盆',
      '原因分析:防水层超过保修期未翻新',
      '处理结果(须说明过失人)及纠正措施(须说明工作内容、责任人、完成时间):重做1602卫生间防水',
      '过失人:张昇',
      '纠正措施:工程部每季度巡检卫生间防水',
      '批示:同意处理方案,注意回访',
      '客户反馈意见:天花板已干,业主表示满意',
      '满意度:满意',
    ]) {
      expect(text, value).toContain(value);
    }
    expect(text).toMatch(/记录人:\s*王堃\s+2026 年 11 月 23 日/);
    expect(text).toMatch(/属■有效投诉\s+□无效投诉/);
    expect(text).toMatch(/调查人:\s*李犇\s+2026 年 11 月 24 日/);
    expect(text).toMatch(/实施人:\s*赵玥\s/);
    expect(text).toMatch(/制订人∕日期:\s*孙赟\s+2026 年 11 月 24 日/);
    expect(text).toMatch(/审核人∕日期:\s*周珺\s+2026 年 11 月 25 日/);
    expect(text).toMatch(/签名:\s*周珺\s+2026 年 11 月 25 日/);
    expect(text).toMatch(/回访人∕日期:\s*陈喆\s+2026 年 11 月 27 日/);
    expect(text).toMatch(/归档日期\s+2026 年 11 月 30 日\s+归档负责人\s+王䶮/);
    // Category, severity, validity, period and revisit method: one box each.
    expect(text.match(/■/g)).toHaveLength(5);
    expect(pages).toBe(1);
  });

  it('leaves the later sections blank while the record has not reached them', async () => {
    const { text } = await print(complaintRecord());
    expect(text).toMatch(/属□有效投诉\s+□无效投诉/);
    expect(text).toMatch(/调查人:\s+年\s+月\s+日/);
    expect(text).toMatch(/实施人:\s+年\s+月\s+日/);
    expect(text).toMatch(/制订人∕日期:\s+年\s+月\s+日/);
    expect(text).toMatch(/回访人∕日期:\s+年\s+月\s+日/);
    expect(text).toMatch(/回访形式:□面谈\s+□电话 号码:\s+□邮件 地址:\s+□其他/);
    expect(text).toMatch(/归档负责人\s*\n/);
    expect(text).toMatch(/要求纠正期限:□1、2、3、4、5、6、7天\s+□1、2、3、4周\s+□1、2、3月\s+□其它\s*\n/);
    expect(text).not.toContain('满意度');
    expect(text).not.toContain('已作废');
    expect(text.match(/■/g)).toHaveLength(2);
  });

  it.each([
    ['5天', '■1、2、3、4、5、6、7天', '期限:5天'],
    ['2周', '■1、2、3、4周', '期限:2周'],
    ['3月', '■1、2、3月', '期限:3月'],
    ['10天', '■其它', '期限:10天'],
  ])('ticks the group of the correction period %s and writes it out', async (period, ticked, written) => {
    const { text } = await print(handledComplaint({ correctionPeriod: period }));
    const line = text.split('\n').find((row) => row.includes('要求纠正期限'))!;
    expect(line).toContain(ticked);
    expect(line).toContain(written);
    expect(line.match(/■/g)).toHaveLength(1);
  });

  it('ticks 其它 alone for the period 其它', async () => {
    const { text } = await print(handledComplaint({ correctionPeriod: '其它' }));
    const line = text.split('\n').find((row) => row.includes('要求纠正期限'))!;
    expect(line).toMatch(/■其它\s*$/);
    expect(line.match(/■/g)).toHaveLength(1);
  });

  it.each([
    ['visit', '■面谈'],
    ['phone', '■电话'],
    ['email', '■邮件'],
    ['letter', '■其他(信函)'],
    ['other', '■其他'],
  ] as const)('ticks the revisit form for a revisit by %s', async (method, ticked) => {
    const { text } = await print(handledComplaint(), revisitOf({ method }));
    const line = text.split('\n').find((row) => row.includes('回访形式'))!;
    expect(line).toContain(ticked);
    expect(line.match(/■/g)).toHaveLength(1);
  });

  it('prints every section at 10 pt, one sheet, and continues what does not fit on numbered 附页', async () => {
    const long = (topic: string) => Array.from({ length: 40 }, (_, i) => `${topic}第${i + 1}句,内容较长。`).join('').slice(0, 600);
    const texts = {
      content: long('投诉'),
      demand: long('要求'),
      findings: long('调查'),
      emergencyMeasure: long('应急'),
      causeAnalysis: long('原因'),
      handlingResult: long('结果'),
      correctiveAction: long('纠正'),
      reviewComment: long('批示'),
    };
    const feedback = long('反馈');
    // An address at its longest makes the intake rows taller too.
    const address = long('地址').slice(0, 200);
    const { text, pages, file } = await print(handledComplaint({ ...texts, address }), revisitOf({ feedback }));
    const [sheet, ...rest] = pdfPageTexts(file);
    // The signatures and the archive row are on the sheet, and every long section says where it goes on.
    expect(sheet).toMatch(/回访人∕日期:\s*陈喆/);
    expect(sheet).toContain('归档负责人');
    expect(sheet!.replace(/\s+/g, '').match(/续见附页\d+/g)).toHaveLength(pages - 1);
    rest.forEach((page, i) => expect(page).toMatch(new RegExp(`附页 ${i + 1}`)));
    expect(Math.min(...pdfWordSizes(file).map((word) => word.size))).toBeGreaterThanOrEqual(8.95);
    // Read through the 附页, every character of every section is there, once. (The cell beside the wrapped
    // address, 投诉方式, is read in the middle of it.)
    const printed = readBack(file).replace('投诉方式电话', '');
    for (const [field, value] of Object.entries({ ...texts, feedback, address })) expect(printed, field).toContain(value);
    expect(text).not.toContain('缺失');
  });

  it('runs a text at its longest over several 附页 pages, every page framed, rather than cutting it', async () => {
    const long = (topic: string, length: number) => `${topic}的详细记录,逐条说明。`.repeat(length).slice(0, length);
    const texts = {
      content: long('投诉', 4000),
      demand: long('要求', 2000),
      findings: long('调查', 2000),
      handlingResult: long('结果', 2000),
    };
    const { pages, file } = await print(handledComplaint(texts), revisitOf());
    expect(pages).toBeGreaterThan(3);
    pdfPageTexts(file).forEach((page, i) => {
      expect(page, `p${i + 1}`).toContain('业主投诉处理记录表');
      expect(page, `p${i + 1}`).toContain('编号:TS-202611-0001');
      expect(page.replace(/\s+/g, ''), `p${i + 1}`).toContain(`第${i + 1}页共${pages}页`);
    });
    const printed = readBack(file);
    for (const [field, value] of Object.entries(texts)) expect(printed, field).toContain(value);
    expect(Math.min(...pdfWordSizes(file).map((word) => word.size))).toBeGreaterThanOrEqual(8.95);
  });

  it('marks a voided record, with the reason', async () => {
    const voided = { status: 'voided', voidedAt: '2026-11-26T15:00:00', voidReason: '与TS-202611-0003重复登记' } as const;
    const { text, pages } = await print(handledComplaint(voided));
    expect(text).toContain('已作废 2026年11月26日 15:00 作废原因:与TS-202611-0003重复登记');
    expect(pages).toBe(1);
  });

  it('prints 𠮷 as itself, and a character no print font has as its code point in every later section', async () => {
    const { text, missing } = await print(
      handledComplaint({ findings: '𪚥先生家', causeAnalysis: '𪚥', personAtFault: '𪚥某', reviewComment: '𪚥', archivedByName: '𠮷祥云' }),
      revisitOf({ feedback: '𪚥先生满意', revisitorName: '𪚥' }),
    );
    expect(missing).toEqual(['𪚥']);
    expect(text).not.toContain('𪚥');
    expect(text.match(/〔U\+2A6A5〕/g)).toHaveLength(6);
    expect(text).toContain('𠮷祥云');
  });
});

function complaintRecord(overrides: Partial<ComplaintRecord> = {}): ComplaintRecord {
  return {
    id: 1,
    number: 'TS-202611-0001',
    receivedAt: '2026-11-23T09:30:00',
    channel: 'phone',
    referralSource: null,
    anonymous: false,
    complainantName: '陈喆',
    roomId: 1,
    roomLabel: '3-1-1502',
    phone: '13912345678',
    address: '3栋1单元1502',
    targetDepartmentId: 2,
    targetDepartmentName: '工程部(运行维护部)',
    targetDescription: null,
    content: '楼上卫生间漏水,天花板渗水,已持续三天。',
    demand: null,
    category: 'maintenance',
    severity: 'general',
    urgent: false,
    validity: null,
    status: 'accepted',
    receiverStaffId: 1,
    receiverName: '王堃',
    revision: 0,
    createdAt: '2026-11-23T09:31:00',
    updatedAt: '2026-11-23T09:31:00',
    dueAt: '2026-11-26T09:30:00',
    round: 0,
    investigatorName: null,
    findings: null,
    emergencyMeasure: null,
    emergencyStaffName: null,
    causeAnalysis: null,
    correctionPeriod: null,
    correctiveAction: null,
    handlingResult: null,
    personAtFault: null,
    handledByName: null,
    handledAt: null,
    reviewedByName: null,
    reviewedAt: null,
    reviewComment: null,
    revisitDueAt: null,
    resolvedAt: null,
    archivedAt: null,
    archivedByName: null,
    voidedAt: null,
    voidReason: null,
    printedRevision: null,
    scanWaiverReason: null,
    escalatedFrom: null,
    extensionCount: 0,
    ownerReply: null,
    repliedAt: null,
    repliedByName: null,
    ...overrides,
  };
}

/** A record that went the whole way: investigated, handled, reviewed, revisited and archived. */
function handledComplaint(overrides: Partial<ComplaintRecord> = {}): ComplaintRecord {
  return complaintRecord({
    status: 'archived',
    revision: 3,
    validity: 'valid',
    investigatorName: '李犇',
    findings: '现场查看,1602卫生间防水层老化',
    emergencyMeasure: '关闭1602进水阀,铺设接水盆',
    emergencyStaffName: '赵玥',
    causeAnalysis: '防水层超过保修期未翻新',
    correctionPeriod: '1周',
    handlingResult: '重做1602卫生间防水',
    personAtFault: '张昇',
    correctiveAction: '工程部每季度巡检卫生间防水',
    handledByName: '孙赟',
    handledAt: '2026-11-24T16:00:00',
    reviewedByName: '周珺',
    reviewedAt: '2026-11-25T10:00:00',
    reviewComment: '同意处理方案,注意回访',
    resolvedAt: '2026-11-27T11:00:00',
    archivedAt: '2026-11-30T17:00:00',
    archivedByName: '王䶮',
    ...overrides,
  });
}

function revisitOf(overrides: Partial<Revisit> = {}): Revisit {
  return {
    id: 1,
    method: 'phone',
    revisitorName: '陈喆',
    revisitedAt: '2026-11-27T11:00:00',
    feedback: '天花板已干,业主表示满意',
    satisfaction: 'satisfied',
    reopened: false,
    ...overrides,
  };
}
