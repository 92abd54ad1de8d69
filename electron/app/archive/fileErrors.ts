import { DomainError } from '../../../shared/contract/errors';

const reasons: Record<string, string> = {
  ENOSPC: '磁盘(或U盘)空间不足',
  EDQUOT: '磁盘配额已满',
  EACCES: '没有写入该文件夹的权限',
  EPERM: '没有写入该文件夹的权限',
  EROFS: '该磁盘是只读的(U盘可能开了写保护)',
  ENOENT: '文件夹不存在',
  ENOTDIR: '这不是一个文件夹',
  EIO: '磁盘读写出错(U盘可能已拔出)',
  // SQLite's own codes, from the online backup API.
  SQLITE_FULL: '磁盘(或U盘)空间不足',
  SQLITE_READONLY: '该磁盘是只读的(U盘可能开了写保护)',
  SQLITE_CANTOPEN: '无法在该文件夹中创建文件(文件夹不存在或没有写入权限)',
  SQLITE_IOERR: '磁盘读写出错(U盘可能已拔出)',
};

/** Why a file could not be written, in words the person at the desk can act on. */
export function fileErrorReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  // SQLITE_IOERR_WRITE, SQLITE_READONLY_DIRECTORY…: the extended codes share their primary code's reason.
  const primary = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
  return reasons[code] ?? reasons[primary] ?? (error instanceof Error ? error.message : String(error));
}

/** A file-system failure said the way the person at the desk can act on it; nothing else was changed. */
export function fileWriteError(error: unknown, target: string, what: string): DomainError {
  return new DomainError('rule', `${what}失败:${fileErrorReason(error)}。位置:${target}。未留下不完整的文件,原有数据没有改动。`);
}
