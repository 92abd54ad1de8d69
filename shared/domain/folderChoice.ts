import { z } from 'zod';

/** What the folder is for: the main process titles the system dialog, the renderer never names a path itself. */
export const folderPurposeLabels = {
  archiveExport: '选择保存归档的文件夹(如U盘)',
  backupSecondFolder: '选择备份的第二位置(另一块磁盘或U盘)',
} as const;
export type FolderPurpose = keyof typeof folderPurposeLabels;

export const chooseFolderInput = z.strictObject({
  purpose: z.enum(Object.keys(folderPurposeLabels) as [FolderPurpose, ...FolderPurpose[]]),
});
