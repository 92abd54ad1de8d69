import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ComplaintRecord, PrintedForm } from '../../../shared/domain/records';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { pdfText } from '../../helpers/pdf';

describe('the printed 业主投诉处理记录表', () => {
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
    // Written beside and renamed: nothing half-written is left behind.
    expect(readdirSync(join(office.dataDir, 'prints'))).toEqual([printed.fileName]);
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
      '王堃',
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
    expect(readdirSync(join(office.dataDir, 'prints'))).toEqual([printed.fileName]);
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
