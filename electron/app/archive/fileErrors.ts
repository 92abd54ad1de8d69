import { DomainError } from '../../../shared/contract/errors';

/** A file-system failure said the way the person at the desk can act on it; nothing else was changed. */
export function fileWriteError(error: unknown, target: string, what: string): DomainError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reasons: Record<string, string> = {
    ENOSPC: '磁盘(或U盘)空间不足',
    EDQUOT: '磁盘配额已满',
    EACCES: '没有写入该文件夹的权限',
    EPERM: '没有写入该文件夹的权限',
    EROFS: '该磁盘是只读的(U盘可能开了写保护)',
    ENOENT: '文件夹不存在',
    ENOTDIR: '这不是一个文件夹',
    EIO: '磁盘读写出错(U盘可能已拔出)',
  };
  const reason = reasons[code] ?? (error instanceof Error ? error.message : String(error));
  return new DomainError('rule', `${what}失败:${reason}。位置:${target}。未留下不完整的文件,原有数据没有改动。`);
}
