import { afterEach, describe, expect, it } from 'vitest';
import { openEmptyApp, type EmptyApp } from '../../helpers/testApp';

describe('files.chooseFolder', () => {
  let opened: EmptyApp | undefined;
  afterEach(() => opened?.close());

  it('asks the desktop shell for a folder with the title of its purpose', async () => {
    const titles: string[] = [];
    opened = await openEmptyApp({ host: { chooseFolder: async (title) => (titles.push(title), titles.length === 1 ? '/media/usb' : null) } });
    expect(await opened.app.call('app.info', {})).toMatchObject({ folderDialog: true });
    expect(await opened.app.call('files.chooseFolder', { purpose: 'archiveExport' })).toBe('/media/usb');
    expect(await opened.app.call('files.chooseFolder', { purpose: 'backupSecondFolder' })).toBeNull();
    expect(titles).toEqual(['选择保存归档的文件夹(如U盘)', '选择备份的第二位置(另一块磁盘或U盘)']);
    expect(await opened.app.invoke('files.chooseFolder', { purpose: 'anywhere' } as never)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('says plainly that the browser mode has no folder dialog', async () => {
    opened = await openEmptyApp();
    expect(await opened.app.call('app.info', {})).toMatchObject({ folderDialog: false });
    const refused = await opened.app.invoke('files.chooseFolder', { purpose: 'archiveExport' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule', message: expect.stringContaining('请直接输入文件夹的完整路径') } });
  });
});
