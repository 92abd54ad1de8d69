import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestOffice, tempDataDir, type TestOffice } from '../../helpers/testApp';
import { agentIdNumber, lossIntake, tinyPng } from '../../helpers/lossDeclaration';
import { attachmentFile, attachmentsDir, maxAttachmentBytes, readAttachment } from '../../../electron/app/attachments/attachmentStore';

describe('ID card scans and stub copies on a loss declaration', () => {
  let office: TestOffice;
  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(() => office.close());

  const upload = (id: number, content: Buffer, kind: 'idCard' | 'agentIdCard' = 'idCard', fileName = '身份证正面.png') => ({
    id,
    kind,
    fileName,
    contentBase64: content.toString('base64'),
  });

  it('are stored under their content hash in the data folder, listed and served back', async () => {
    const { id } = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { byAgent: true, agentName: '李代', agentIdNumber }));
    const sha256 = createHash('sha256').update(tinyPng).digest('hex');
    await office.asClerk.call('lossDeclarations.attach', upload(id, tinyPng));
    await office.asClerk.call('lossDeclarations.attach', upload(id, tinyPng, 'agentIdCard', '代理人身份证.png'));
    const { attachments, history } = await office.asClerk.call('lossDeclarations.get', { id });
    expect(attachments.map((file) => [file.kind, file.fileName, file.sha256, file.mime, file.size])).toEqual([
      ['idCard', '身份证正面.png', sha256, 'image/png', tinyPng.length],
      ['agentIdCard', '代理人身份证.png', sha256, 'image/png', tinyPng.length],
    ]);
    // The same picture twice is one file on disk.
    expect(await readAttachment(office.dataDir, sha256)).toEqual(tinyPng);
    expect(await attachmentFile(office.dataDir, sha256)).toBe(join(attachmentsDir(office.dataDir), sha256.slice(0, 2), sha256));
    const served = await office.asClerk.call('attachments.get', { id: attachments[0]!.id });
    expect(served).toEqual({ fileName: '身份证正面.png', mime: 'image/png', contentBase64: tinyPng.toString('base64') });
    expect(history.filter((entry) => entry.action === '上传附件').map((entry) => entry.summary)).toEqual([
      `上传客户身份证 身份证正面.png(${sha256.slice(0, 12)})`,
      `上传代理人身份证 代理人身份证.png(${sha256.slice(0, 12)})`,
    ]);
  });

  it('refuse files that are empty, too large or not PDF/JPG/PNG, with a clear message', async () => {
    const { id } = await office.asClerk.call('lossDeclarations.create', lossIntake(office));
    const tooLarge = Buffer.concat([tinyPng, Buffer.alloc(maxAttachmentBytes)]);
    expect(await office.asClerk.invoke('lossDeclarations.attach', upload(id, tooLarge))).toMatchObject({ ok: false, error: { message: '文件不能超过 20 MB' } });
    const word = Buffer.from('PK\u0003\u0004 word document');
    expect(await office.asClerk.invoke('lossDeclarations.attach', upload(id, word, 'idCard', '身份证.png'))).toMatchObject({
      ok: false,
      error: { message: '只能上传 PDF、JPG 或 PNG 文件' },
    });
    expect(await office.asClerk.invoke('lossDeclarations.attach', { ...upload(id, tinyPng), contentBase64: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await office.asClerk.invoke('lossDeclarations.attach', upload(id, tinyPng, 'agentIdCard'))).toMatchObject({ ok: false, error: { field: 'kind' } });
    expect((await office.asClerk.call('lossDeclarations.get', { id })).attachments).toEqual([]);
  });

  it('are never read from outside the data folder', async () => {
    const outside = tempDataDir('taizhang-outside-');
    try {
      await expect(attachmentFile(office.dataDir, '../../../../etc/passwd')).rejects.toThrow('不在数据文件夹内');
      await expect(attachmentFile(office.dataDir, `/${'a'.repeat(63)}`)).rejects.toThrow('不在数据文件夹内');
      // A stored file swapped for a link to a file elsewhere is refused, even though its name is a proper hash.
      const secret = Buffer.from('%PDF-1.4 outside');
      const sha256 = createHash('sha256').update(secret).digest('hex');
      writeFileSync(join(outside.dir, 'secret.pdf'), secret);
      mkdirSync(join(attachmentsDir(office.dataDir), sha256.slice(0, 2)), { recursive: true });
      symlinkSync(join(outside.dir, 'secret.pdf'), join(attachmentsDir(office.dataDir), sha256.slice(0, 2), sha256));
      await expect(readAttachment(office.dataDir, sha256)).rejects.toThrow('不在数据文件夹内');
      rmSync(join(attachmentsDir(office.dataDir), sha256.slice(0, 2)), { recursive: true });
      await expect(readAttachment(office.dataDir, sha256)).rejects.toThrow('附件文件不在数据文件夹中');
    } finally {
      outside.remove();
    }
  });
});
