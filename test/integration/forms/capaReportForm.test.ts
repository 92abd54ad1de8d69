import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capaReportFormDefinition } from '../../../electron/app/ledgers/complaints/capaReportForm';
import { loadPrintFonts } from '../../../electron/app/forms/fonts';
import { renderPdf } from '../../../electron/app/forms/renderPdf';
import { createTextGuard } from '../../../electron/app/forms/textGuard';
import type { CapaReport } from '../../../shared/domain/complaints/complaintParts';
import type { Office } from '../../../shared/domain/office/officeRecords';
import { pdfInfo, pdfPageTexts, pdfText, pdfWordSizes, readBack, scanPages } from '../../helpers/pdf';

const office: Office = { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' };

/** A report as the supervisor asks for it, built here rather than through the services. */
function requestedReport(overrides: Partial<CapaReport> = {}): CapaReport {
  return {
    id: 3,
    number: 'CA-202611-0003',
    complaintId: 1,
    complaintNumber: 'TS-202611-0001',
    departmentName: '工程部(运行维护部)',
    requestNote: '同一漏水问题一个月内第五次投诉,请彻查',
    requestedByName: '周珺',
    requestedAt: '2026-11-24T10:00:00',
    dueAt: '2026-12-01T18:00:00',
    status: 'requested',
    nonconformity: null,
    causeAnalysis: null,
    correctiveAction: null,
    preventiveAction: null,
    responsiblePerson: null,
    plannedCompletion: null,
    submittedByName: null,
    submittedAt: null,
    ...overrides,
  };
}

/** The same report after the department answered it. */
function submittedReport(overrides: Partial<CapaReport> = {}): CapaReport {
  return requestedReport({
    status: 'submitted',
    nonconformity: '1602卫生间防水层破损,导致1502天花板反复渗水',
    causeAnalysis: '防水层超过保修期,巡检未覆盖业主户内',
    correctiveAction: '11月28日前重做1602卫生间防水并做闭水试验',
    preventiveAction: '每季度对使用超过八年的卫生间防水做抽检',
    responsiblePerson: '李犇',
    plannedCompletion: '2026-11-28',
    submittedByName: '孙赟',
    submittedAt: '2026-11-26T16:30:00',
    ...overrides,
  });
}

interface Word {
  text: string;
  yMin: number;
  yMax: number;
}

/** Where each word sits on page 1, to see the room left between two headings. */
function wordsOfFirstPage(file: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (match) => ({ yMin: Number(match[1]), yMax: Number(match[2]), text: match[3]! }),
  );
}

/** The words printed between two section headings and the height between them. */
function between(words: Word[], upper: string, lower: string): { words: string[]; height: number } {
  const top = words.find((word) => word.text === upper);
  const bottom = words.find((word) => word.text === lower);
  if (!top || !bottom) throw new Error(`no heading ${upper} or ${lower}`);
  return {
    words: words.filter((word) => word.yMin >= top.yMax && word.yMax <= bottom.yMin).map((word) => word.text),
    height: bottom.yMin - top.yMax,
  };
}

const sections = ['不合格事实描述:', '原因分析:', '纠正措施:', '预防措施:', '责任人'];

describe('the printed 纠正/预防措施报告', () => {
  let dir: string;
  let count = 0;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'taizhang-capa-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function print(report: CapaReport) {
    const fonts = loadPrintFonts();
    const guard = createTextGuard(fonts.coverage);
    const file = join(dir, `${++count}.pdf`);
    writeFileSync(file, await renderPdf(fonts, capaReportFormDefinition(office, report, guard, '2026-11-24T10:05:00')));
    return { file, text: pdfText(file), info: pdfInfo(file), missing: guard.missing() };
  }

  it('is one A4 page with the title, the office and the number', async () => {
    const { text, info } = await print(requestedReport());
    expect(info['Page size']).toContain('(A4)');
    expect(info.Pages).toBe('1');
    expect(info.Title).toBe('纠正/预防措施报告 CA-202611-0003');
    expect(text).toContain('安居物业服务有限公司 锦绣花园管理处');
    expect(text).toMatch(/纠正\s*\/预防措施报告/);
    expect(text).toContain('编号:CA-202611-0003');
  });

  it('carries the request: complaint, department, who asked, when and by when', async () => {
    const { text } = await print(requestedReport());
    expect(text).toMatch(/关联投诉\s+TS-202611-0001\s+责任部门\s+工程部\(运行维护部\)/);
    expect(text).toMatch(/要求人\s+周珺\s+要求日期\s+2026 年 11 月 24 日/);
    expect(text).toMatch(/要求提交期限\s+2026年12月01日 18:00\s+状态\s+待提交/);
    expect(text).toMatch(/说明:\s+同一漏水问题一个月内第五次投诉,请彻查/);
  });

  it('leaves the answer as room to write by hand while it is only requested', async () => {
    const { file, text } = await print(requestedReport());
    const words = wordsOfFirstPage(file);
    for (const [i, heading] of sections.slice(0, -1).entries()) {
      const room = between(words, heading, sections[i + 1]!);
      expect(room.words, heading).toEqual([]);
      // Four blank lines of 10 pt type at least.
      expect(room.height, heading).toBeGreaterThan(4 * 14);
    }
    expect(text).toMatch(/责任人\s+计划完成日期\s+年\s+月\s+日/);
    expect(text).toMatch(/提交人\s+提交日期\s+年\s+月\s+日/);
    expect(text).toMatch(/审核人:\s+年\s+月\s+日/);
    expect(text).toMatch(/验证人:\s+年\s+月\s+日/);
  });

  it('prints the department’s answer once it is submitted', async () => {
    const { file, text, info } = await print(submittedReport());
    expect(info.Pages).toBe('1');
    expect(text).toMatch(/状态\s+已提交/);
    expect(text).toMatch(/不合格事实描述:\s+1602卫生间防水层破损,导致1502天花板反复渗水/);
    expect(text).toMatch(/原因分析:\s+防水层超过保修期,巡检未覆盖业主户内/);
    expect(text).toMatch(/纠正措施:\s+11月28日前重做1602卫生间防水并做闭水试验/);
    expect(text).toMatch(/预防措施:\s+每季度对使用超过八年的卫生间防水做抽检/);
    expect(text).toMatch(/责任人\s+李犇\s+计划完成日期\s+2026 年 11 月 28 日/);
    expect(text).toMatch(/提交人\s+孙赟\s+提交日期\s+2026 年 11 月 26 日/);
    // Review and the check of the effect are still signed by hand.
    expect(text).toMatch(/审核人:\s+年\s+月\s+日/);
    expect(text).toMatch(/验证人:\s+年\s+月\s+日/);
    const cause = between(wordsOfFirstPage(file), '原因分析:', '纠正措施:');
    expect(cause.words.join('')).toBe('防水层超过保修期,巡检未覆盖业主户内');
  });

  it('keeps the sheet whole, its signatures on it, and continues long answers on 附页 at the same size', async () => {
    const long = (topic: string) => `${topic}逐项说明,责任落实到人。`.repeat(200).slice(0, 2000);
    const answers = {
      nonconformity: long('事实'),
      causeAnalysis: long('原因'),
      correctiveAction: long('纠正'),
      preventiveAction: long('预防'),
    };
    const { file, info } = await print(submittedReport(answers));
    const [sheet, ...attachments] = pdfPageTexts(file);
    expect(attachments.length).toBeGreaterThan(0);
    for (const signature of ['审核人', '验证人']) expect(sheet, signature).toContain(signature);
    expect(sheet!.replace(/\s+/g, '')).toMatch(/续见附页1\)/);
    expect(Math.min(...pdfWordSizes(file).map((word) => word.size))).toBeGreaterThanOrEqual(8.95);
    const printed = readBack(file);
    for (const [field, value] of Object.entries(answers)) expect(printed, field).toContain(value);
    expect(Number(info.Pages)).toBe(1 + attachments.length);
  });

  it('is a different paper blank and filled: its own code and its own file', async () => {
    const blank = await print(requestedReport());
    const filled = await print(submittedReport());
    expect(scanPages(blank.file, dir)).toEqual([['TAIZHANG:JX01:capaReportBlank:CA-202611-0003:R0']]);
    expect(scanPages(filled.file, dir)).toEqual([['TAIZHANG:JX01:capaReport:CA-202611-0003:R0']]);
  });

  it('prints 𠮷 as itself and a character no print font has as its code point', async () => {
    const { text, missing } = await print(
      submittedReport({ nonconformity: '𪚥先生家', responsiblePerson: '𪚥', requestNote: '𪚥', causeAnalysis: '𠮷先生家' }),
    );
    expect(missing).toEqual(['𪚥']);
    expect(text).not.toContain('𪚥');
    expect(text).toContain('𠮷先生家');
    expect(text.match(/〔U\+2A6A5〕/g)).toHaveLength(3);
  });
});
