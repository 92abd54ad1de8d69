import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { complaintAt, tinyPdf } from '../../helpers/lifecycle';
import { pdfText } from '../../helpers/pdf';

describe('the signed paper and the CAPA report', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  it('refuses to archive until the signed scan is attached, then keeps it by content hash', async () => {
    const resolved = await complaintAt(office, 'resolved');
    const archive = { id: resolved.id, archiverStaffId: office.clerk.id };
    expect(await office.asClerk.invoke('complaints.archive', archive)).toMatchObject({ ok: false, error: { code: 'rule', message: expect.stringContaining('扫描') } });

    const notPrinted = await office.asClerk.invoke('complaints.attachSignedScan', { id: resolved.id, fileName: 'a.pdf', contentBase64: tinyPdf.toString('base64') });
    expect(notPrinted).toMatchObject({ ok: false, error: { code: 'rule', message: expect.stringContaining('打印') } });
    await office.asClerk.call('complaints.print', { id: resolved.id });
    const text = Buffer.from('这不是扫描件').toString('base64');
    expect(await office.asClerk.invoke('complaints.attachSignedScan', { id: resolved.id, fileName: 'a.pdf', contentBase64: text })).toMatchObject({
      ok: false,
      error: { code: 'rule', message: '只能上传 PDF、JPG 或 PNG 文件' },
    });

    for (const name of ['签字件.pdf', '重复上传.pdf']) {
      await office.asClerk.call('complaints.attachSignedScan', { id: resolved.id, fileName: name, contentBase64: tinyPdf.toString('base64') });
    }
    const detail = await office.app.call('complaints.get', { id: resolved.id });
    expect(detail.attachments.map((link) => [link.fileName, link.revision, link.mime])).toEqual([
      ['签字件.pdf', 0, 'application/pdf'],
      ['重复上传.pdf', 0, 'application/pdf'],
    ]);
    const sha = detail.attachments[0]!.sha256;
    expect(detail.attachments[1]!.sha256).toBe(sha);
    expect(readFileSync(join(office.dataDir, 'attachments', sha.slice(0, 2), sha))).toEqual(tinyPdf);
    const served = await office.asClerk.call('attachments.get', { id: detail.attachments[0]!.id });
    expect(Buffer.from(served.contentBase64, 'base64')).toEqual(tinyPdf);

    // The scan of 第 0 版 leaves the record at 第 0 版: the paper that came back is still current.
    expect(await office.asClerk.call('complaints.archive', archive)).toMatchObject({ status: 'archived', archivedByName: '王堃', revision: 1 });
    const actions = (await office.app.call('complaints.get', { id: resolved.id })).history.map((entry) => [entry.action, entry.revision]);
    expect(actions.slice(-4)).toEqual([['打印', 0], ['上传签字件', 0], ['上传签字件', 0], ['归档', 1]]);
  });

  it('lets a supervisor waive the scan with a reason', async () => {
    const resolved = await complaintAt(office, 'resolved');
    expect(await office.asClerk.invoke('complaints.waiveSignedScan', { id: resolved.id, reason: '业主拒签' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await office.asSupervisor.call('complaints.waiveSignedScan', { id: resolved.id, reason: '业主拒绝签字,已电话录音' });
    const archived = await office.asClerk.call('complaints.archive', { id: resolved.id, archiverStaffId: office.clerk.id });
    expect(archived).toMatchObject({ status: 'archived', scanWaiverReason: '业主拒绝签字,已电话录音' });
  });

  it('asks the department for a 纠正/预防措施报告 due in 5 working days, takes it and prints it', async () => {
    const handled = await complaintAt(office, 'awaitingReview');
    expect(await office.asClerk.invoke('complaints.requestCapa', { id: handled.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await office.asSupervisor.call('complaints.requestCapa', { id: handled.id, note: '同类漏水本月第三次' });
    let [report] = (await office.app.call('complaints.get', { id: handled.id })).capaReports;
    // Mon 23 Nov + 5 working days.
    expect(report).toMatchObject({ number: 'JZ-202611-0001', status: 'requested', departmentName: '工程部(运行维护部)', dueAt: '2026-11-30T23:59:59' });
    expect((await office.app.call('desk.today', {})).lists.capaDue.total).toBe(1);

    const answer = {
      id: report!.id,
      nonconformity: '同一楼栋卫生间防水反复渗漏',
      causeAnalysis: '施工时防水层未做闭水试验',
      correctiveAction: '重做防水并闭水 48 小时',
      preventiveAction: '维修后一律做闭水试验',
      responsiblePerson: '工程部 李工',
      plannedCompletion: '2026-12-05',
    };
    expect(await office.asClerk.call('capa.submit', answer)).toMatchObject({ status: 'submitted', submittedByName: '王堃' });
    expect(await office.asClerk.invoke('capa.submit', answer)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    [report] = (await office.app.call('complaints.get', { id: handled.id })).capaReports;
    const printed = await office.asClerk.call('capa.print', { id: report!.id });
    const text = await pdfText(join(office.dataDir, 'prints', printed.fileName));
    // The title is letter-spaced on paper, so pdftotext splits its first characters.
    for (const expected of ['预防措施报告', 'JZ-202611-0001', handled.number, '维修后一律做闭水试验']) expect(text).toContain(expected);
  });
});
