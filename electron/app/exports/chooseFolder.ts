import type { Host } from '../context';
import { DomainError } from '../../../shared/contract/errors';
import { folderPurposeLabels, type FolderPurpose } from '../../../shared/domain/folderChoice';

/** The desktop shell's folder picker; the browser mode has none, and its form takes a typed path instead. */
export async function chooseFolder(host: Host, purpose: FolderPurpose): Promise<string | null> {
  if (!host.chooseFolder) throw new DomainError('rule', '浏览器模式下不能打开选择文件夹的窗口,请直接输入文件夹的完整路径。');
  return host.chooseFolder(folderPurposeLabels[purpose]);
}
