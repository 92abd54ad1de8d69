import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, complaintIntake, type TestOffice } from '../../helpers/testApp';
import { exportArchive } from '../../../electron/app/archive/archiveExport';
import { verifyArchive } from '../../../electron/app/archive/archiveVerify';
import { readZip } from '../../../electron/app/archive/zipIn';
import { formCacheDir } from '../../../electron/app/forms/formCache';
import { pdfText } from '../../helpers/pdf';

/** Every file under a folder, all levels down, relative to it. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
      .sort();
  } catch {
    return [];
  }
}

describe('forms rendered once are reused by archives, never when stale', () => {
  let office: TestOffice;
  let out: string;
  let work: string;
  beforeEach(async () => {
    office = await openTestOffice();
    out = mkdtempSync(join(tmpdir(), 'taizhang-out-'));
    work = mkdtempSync(join(tmpdir(), 'taizhang-pdf-'));
  });
  afterEach(async () => {
    await office.close();
    rmSync(out, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  const exportEntries = async () => {
    const { file } = await exportArchive(office.app.ctx, { outDir: out, staffId: null });
    expect(await verifyArchive(file)).toMatchObject({ ok: true });
    const { entries } = await readZip(file);
    rmSync(file);
    return entries;
  };
  const textOf = (pdf: Buffer) => {
    const file = join(work, `${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, pdf);
    return pdfText(file).replace(/\s+/g, '');
  };
  const complaintPdf = (entries: Map<string, Buffer>) => [...entries].find(([path]) => path.startsWith('pdf/complaints/'))![1];

  it('an archive carries the very PDF printed at the desk while the record is unchanged', async () => {
    const record = await office.asClerk.call('complaints.create', complaintIntake(office));
    const printed = await office.asClerk.call('complaints.print', { id: record.id });
    const entries = await exportEntries();
    expect(complaintPdf(entries).equals(Buffer.from(printed.pdfBase64, 'base64'))).toBe(true);
    // And the next archive takes it from the cache again, byte for byte.
    expect(complaintPdf(await exportEntries()).equals(complaintPdf(entries))).toBe(true);
  });

  it('a record changed after its form was cached gets a fresh PDF showing the change', async () => {
    const record = await office.asClerk.call('complaints.create', complaintIntake(office, { content: '地下车库灯不亮' }));
    const before = await exportEntries();
    expect(textOf(complaintPdf(before))).toContain('地下车库灯不亮');
    // Not printed for signature, so the revision (and the PDF's name in the archive) stays: only the key can tell.
    await office.asClerk.call('complaints.edit', { id: record.id, content: '电梯异响,晚上尤其明显' });
    const after = await exportEntries();
    expect([...after.keys()].filter((path) => path.startsWith('pdf/complaints/'))).toEqual([...before.keys()].filter((path) => path.startsWith('pdf/complaints/')));
    const text = textOf(complaintPdf(after));
    expect(text).toContain('电梯异响');
    expect(text).not.toContain('地下车库灯不亮');
  });

  it('a corrupt or partial cache entry is rendered again', async () => {
    await office.asClerk.call('complaints.create', complaintIntake(office, { content: '地下车库灯不亮' }));
    const first = complaintPdf(await exportEntries());
    const cached = filesUnder(formCacheDir(office.dataDir)).filter((path) => path.startsWith('complaint/') && path.endsWith('.pdf'));
    expect(cached).toHaveLength(1);
    const file = join(formCacheDir(office.dataDir), cached[0]!);

    // Same size, one byte changed: only the hash tells.
    const flipped = Buffer.from(first);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    writeFileSync(file, flipped);
    const second = complaintPdf(await exportEntries());
    expect(second.equals(flipped)).toBe(false);
    expect(textOf(second)).toContain('地下车库灯不亮');
    expect(readFileSync(file).equals(second)).toBe(true);

    // Cut short, as by a full disk.
    writeFileSync(file, second.subarray(0, 100));
    const third = complaintPdf(await exportEntries());
    expect(third.length).toBeGreaterThan(100);
    expect(textOf(third)).toContain('地下车库灯不亮');
  });

  it('a cancelled export leaves no file, and the next export works from what was cached', async () => {
    for (const content of ['地下车库灯不亮', '电梯异响', '楼道堆放杂物']) await office.asClerk.call('complaints.create', complaintIntake(office, { content }));
    const controller = new AbortController();
    let prints = 0;
    await expect(
      exportArchive(office.app.ctx, {
        outDir: out,
        staffId: null,
        signal: controller.signal,
        onProgress: (p) => p.stage === '生成打印件' && (prints += 1) === 2 && controller.abort(),
      }),
    ).rejects.toThrow('已取消导出');
    expect(readdirSync(out)).toEqual([]);
    // Only whole entries were kept: each PDF with its description, no temporary file.
    const cached = filesUnder(formCacheDir(office.dataDir));
    expect(cached.filter((path) => !/\.(pdf|json)$/.test(path))).toEqual([]);
    expect(cached.filter((path) => path.endsWith('.pdf')).length).toBeGreaterThan(0);

    const entries = await exportEntries();
    const texts = [...entries].filter(([path]) => path.startsWith('pdf/complaints/')).map(([, pdf]) => textOf(pdf));
    expect(texts).toHaveLength(3);
    for (const content of ['地下车库灯不亮', '电梯异响', '楼道堆放杂物']) expect(texts.some((text) => text.includes(content))).toBe(true);
  });
});
