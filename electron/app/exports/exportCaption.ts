import type { Actor } from '../auth/session';
import { DomainError } from '../../../shared/contract/errors';
import { roleAllows } from '../../../shared/domain/access';

/** Full personal data leaves the office only on a supervisor's or manager's export. */
export function checkFullData(actor: Actor, full: boolean): void {
  if (full && !roleAllows(actor.role, 'supervisor')) throw new DomainError('forbidden', '导出完整的个人信息(电话、姓名)需要主管或经理权限');
}

export function exportCaption(title: string, filterText: string, actor: Actor, now: string, full: boolean): string {
  return `${title}|筛选:${filterText || '全部'}|${full ? '含完整个人信息' : '个人信息已隐去部分'}|${actor.name} 导出于 ${now.replace('T', ' ').slice(0, 16)}`;
}

/** The file name's time stamp: 20261123-1000. */
export function fileStamp(now: string): string {
  return now.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}
